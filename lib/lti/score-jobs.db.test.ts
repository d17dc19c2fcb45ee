import { createLocalJWKSet, jwtVerify } from "jose";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { CLIENT_ASSERTION_TYPE, clearTokenCache, type Fetch, findOrCreateLineItem, SCORE_TYPE } from "./ags";
import { publicJwks } from "./keys";
import { backoffMs, enqueueScoresForSession, processDueScoreJobs, resendScores } from "./score-jobs";

let prisma: PrismaClient;
let student: { id: string };
let outsider: { id: string };
let sessionId: string;
let outsiderSession: string;
const received: { url: string; body: unknown; type: string | null }[] = [];
let tokenRequests = 0;
let refuse = false;

const TOKEN = "https://lms.test/token";
/** A line item container (the launch's `lineitems`), with its own query string. */
const CONTAINER = "https://lms.test/lineitems?course=1";
const lineItems: Record<string, unknown>[] = [];
const containerCalls: string[] = [];
const LINE_ITEM = "https://lms.test/lineitems/7?course=1";

/** A platform's token and score endpoints: verifies the tool's client assertion against its JWKS. */
const fakeLms: Fetch = async (input, init) => {
  const url = String(input);
  if (url === TOKEN) {
    tokenRequests++;
    const form = new URLSearchParams(String(init?.body));
    expect(form.get("client_assertion_type")).toBe(CLIENT_ASSERTION_TYPE);
    const { payload } = await jwtVerify(
      form.get("client_assertion") ?? "",
      createLocalJWKSet(await publicJwks(prisma)),
      {
        issuer: "client-1",
        subject: "client-1",
        audience: TOKEN,
      },
    );
    expect(payload.jti).toBeTruthy();
    return Response.json({ access_token: "tok-1", token_type: "Bearer", expires_in: 3600 });
  }
  if (url.startsWith(`${CONTAINER}&`) && (init?.method ?? "GET") === "GET") {
    const q = new URL(url).searchParams;
    containerCalls.push(`GET ${q.get("resource_link_id")} ${q.get("tag")}`);
    // Like some LMSs, this one ignores the filters: the tool must pick its own item.
    return Response.json(lineItems, {
      headers: { "content-type": "application/vnd.ims.lis.v2.lineitemcontainer+json" },
    });
  }
  if (url === CONTAINER && init?.method === "POST") {
    expect(new Headers(init?.headers).get("content-type")).toBe("application/vnd.ims.lis.v2.lineitem+json");
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    containerCalls.push(`POST ${body.resourceLinkId}`);
    const item = { ...body, id: `https://lms.test/lineitems/${100 + lineItems.length}?course=1` };
    lineItems.push(item);
    return Response.json(item, { status: 201 });
  }
  const made = /^https:\/\/lms\.test\/lineitems\/(1\d\d)\/scores\?course=1$/.exec(url);
  if (made) {
    received.push({ url, body: JSON.parse(String(init?.body)), type: new Headers(init?.headers).get("content-type") });
    return new Response(null, { status: 204 });
  }
  if (url === "https://lms.test/lineitems/7/scores?course=1") {
    if (refuse) return new Response("course closed", { status: 403 });
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer tok-1");
    received.push({ url, body: JSON.parse(String(init?.body)), type: new Headers(init?.headers).get("content-type") });
    return new Response(null, { status: 204 });
  }
  return new Response("no", { status: 404 });
};

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "fixture-set" } });
  const problem = await prisma.problem.findFirstOrThrow({ where: { problemSetId: set.id } });
  const platform = await prisma.ltiPlatform.create({
    data: {
      name: "LMS",
      issuer: "https://lms.test",
      clientId: "client-1",
      authEndpoint: "https://lms.test/auth",
      tokenEndpoint: TOKEN,
      jwksUrl: "https://lms.test/jwks",
    },
  });
  const teacher = await prisma.user.create({
    data: { email: "t@x.test", name: "T", role: "teacher", passwordHash: "x" },
  });
  const cls = await prisma.classroom.create({ data: { name: "C", teacherId: teacher.id, joinCode: "LTI001" } });
  student = await prisma.user.create({ data: { email: "s@x.test", name: "S", role: "student", passwordHash: "x" } });
  outsider = await prisma.user.create({ data: { email: "o@x.test", name: "O", role: "student", passwordHash: "x" } });
  await prisma.enrollment.createMany({
    data: [
      { classroomId: cls.id, studentId: student.id },
      { classroomId: cls.id, studentId: outsider.id },
    ],
  });
  // Only `student` came through the LMS; `outsider` joined with a code and has no LMS account.
  await prisma.ltiUserLink.create({ data: { platformId: platform.id, sub: "lms-sub-1", userId: student.id } });
  await prisma.ltiResourceLink.create({
    data: {
      platformId: platform.id,
      resourceLinkId: "rl",
      classroomId: cls.id,
      problemSetId: set.id,
      lineItemUrl: LINE_ITEM,
    },
  });
  const mk = async (studentId: string) =>
    (
      await prisma.tutoringSession.create({
        data: { studentId, problemVersionId: problem.publishedVersionId ?? "", state: {}, status: "completed" },
      })
    ).id;
  sessionId = await mk(student.id);
  outsiderSession = await mk(outsider.id);
});

beforeEach(() => {
  received.length = 0;
  containerCalls.length = 0;
  refuse = false;
  clearTokenCache();
  tokenRequests = 0;
});

describe("score passback", () => {
  it("enqueues one coalesced job per link and student, none for a student without an LMS account", async () => {
    expect(await enqueueScoresForSession(prisma, student.id, sessionId)).toBe(1);
    expect(await enqueueScoresForSession(prisma, student.id, sessionId)).toBe(1);
    expect(await enqueueScoresForSession(prisma, outsider.id, outsiderSession)).toBe(0);
    // Someone else's session id does not enqueue for them either.
    expect(await enqueueScoresForSession(prisma, student.id, outsiderSession)).toBe(0);
    expect(await prisma.ltiScoreJob.count()).toBe(1);
  });

  it("sends the completion score with a client-credentials token, and records it", async () => {
    const r = await processDueScoreJobs(prisma, { fetch: fakeLms });
    expect(r.processed).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]?.type).toBe(SCORE_TYPE);
    expect(received[0]?.body).toMatchObject({
      userId: "lms-sub-1",
      scoreGiven: 1,
      scoreMaximum: 1,
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
    });
    const job = await prisma.ltiScoreJob.findFirstOrThrow();
    expect(job).toMatchObject({ status: "sent", lastScore: 1, lastError: null });
    expect(job.lastSentAt).not.toBeNull();
  });

  it("reuses the cached token for the next send", async () => {
    await enqueueScoresForSession(prisma, student.id, sessionId);
    await processDueScoreJobs(prisma, { fetch: fakeLms });
    await enqueueScoresForSession(prisma, student.id, sessionId);
    await processDueScoreJobs(prisma, { fetch: fakeLms });
    expect(received).toHaveLength(2);
    expect(tokenRequests).toBe(1);
  });

  it("a refusal is kept as the job's error and retried later with backoff; send again makes it due", async () => {
    refuse = true;
    await enqueueScoresForSession(prisma, student.id, sessionId);
    const t0 = new Date();
    const r = await processDueScoreJobs(prisma, { fetch: fakeLms, now: () => t0 });
    expect(r.processed).toBe(1);
    let job = await prisma.ltiScoreJob.findFirstOrThrow();
    expect(job.status).toBe("pending");
    expect(job.attempts).toBe(1);
    expect(job.lastError).toMatch(/LMS refused: 403 course closed/);
    expect(job.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffMs(1));
    // Not due yet: nothing is sent.
    expect((await processDueScoreJobs(prisma, { fetch: fakeLms, now: () => t0 })).processed).toBe(0);
    refuse = false;
    const cls = await prisma.classroom.findFirstOrThrow({ where: { name: "C" } });
    expect(await resendScores(prisma, cls.id)).toBe(1);
    await processDueScoreJobs(prisma, { fetch: fakeLms });
    job = await prisma.ltiScoreJob.findFirstOrThrow();
    expect(job).toMatchObject({ status: "sent", lastError: null });
  });

  it("backoff doubles and is capped at an hour", () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([15_000, 30_000, 60_000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });
});

describe("a link whose launch carried no line item", () => {
  it("is not graded without the lineitem scope; with it, the first grade makes the column, later grades reuse it", async () => {
    const rl = await prisma.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: "rl" } });
    const set = await prisma.problemSet.findUniqueOrThrow({ where: { id: rl.problemSetId ?? "" } });
    await prisma.ltiScoreJob.deleteMany();
    await prisma.ltiResourceLink.update({ where: { id: rl.id }, data: { problemSetId: null } });
    const link = await prisma.ltiResourceLink.create({
      data: {
        platformId: rl.platformId,
        resourceLinkId: "rl-no-column",
        classroomId: rl.classroomId,
        problemSetId: set.id,
        lineItemsUrl: CONTAINER,
        agsScopes: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
      },
    });
    // Only the score scope: no column can be made, so nothing is queued.
    expect(await enqueueScoresForSession(prisma, student.id, sessionId)).toBe(0);
    await prisma.ltiResourceLink.update({
      where: { id: link.id },
      data: {
        agsScopes:
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem https://purl.imsglobal.org/spec/lti-ags/scope/score",
      },
    });
    // Someone else's item in the container (another tool's column) is never taken for ours.
    lineItems.push({ id: "https://lms.test/lineitems/8?course=1", label: "Quiz", resourceLinkId: "other-link" });
    expect(await enqueueScoresForSession(prisma, student.id, sessionId)).toBe(1);
    await processDueScoreJobs(prisma, { fetch: fakeLms });
    expect(containerCalls).toEqual(["GET rl-no-column stepwise", "POST rl-no-column"]);
    expect(lineItems.at(-1)).toMatchObject({
      scoreMaximum: 1,
      label: set.title,
      resourceLinkId: "rl-no-column",
      resourceId: set.key,
      tag: "stepwise",
    });
    const column = String(lineItems.at(-1)?.id);
    expect((await prisma.ltiResourceLink.findUniqueOrThrow({ where: { id: link.id } })).lineItemUrl).toBe(column);
    expect(received.map((r) => r.url)).toEqual([`${column.replace("?", "/scores?")}`]);
    expect(await prisma.ltiScoreJob.findFirstOrThrow()).toMatchObject({ status: "sent", lastError: null });
    // The next grade goes straight to the stored column.
    await enqueueScoresForSession(prisma, student.id, sessionId);
    await processDueScoreJobs(prisma, { fetch: fakeLms });
    expect(containerCalls).toHaveLength(2);
    expect(received).toHaveLength(2);
  });

  it("a column made before (by this tool on another server, say) is found, not made twice", async () => {
    const link = await prisma.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: "rl-no-column" } });
    await prisma.ltiResourceLink.update({ where: { id: link.id }, data: { lineItemUrl: null } });
    const before = lineItems.length;
    await enqueueScoresForSession(prisma, student.id, sessionId);
    await processDueScoreJobs(prisma, { fetch: fakeLms });
    expect(containerCalls).toEqual(["GET rl-no-column stepwise"]);
    expect(lineItems).toHaveLength(before);
    expect((await prisma.ltiResourceLink.findUniqueOrThrow({ where: { id: link.id } })).lineItemUrl).toBe(
      lineItems.at(-1)?.id,
    );
  });

  it("a line item on another host is never taken or used, listed or answered", async () => {
    const link = await prisma.ltiResourceLink.findFirstOrThrow({
      where: { resourceLinkId: "rl-no-column" },
      include: { platform: true },
    });
    const ours = link.lineItemUrl;
    await prisma.ltiResourceLink.update({ where: { id: link.id }, data: { lineItemUrl: null } });
    lineItems.unshift({ id: "https://evil.test/lineitems/1", resourceLinkId: "rl-no-column", tag: "stepwise" });
    await enqueueScoresForSession(prisma, student.id, sessionId);
    await processDueScoreJobs(prisma, { fetch: fakeLms });
    expect((await prisma.ltiResourceLink.findUniqueOrThrow({ where: { id: link.id } })).lineItemUrl).toBe(ours);
    expect(received.map((r) => r.url).some((u) => u.includes("evil.test"))).toBe(false);
    lineItems.shift();
    // An LMS that answers a new item with an id elsewhere: refused, nothing stored, nothing sent there.
    const elsewhere: Fetch = async (input, init) => {
      const url = String(input);
      if (url === TOKEN) return fakeLms(input, init);
      if (url.startsWith(`${CONTAINER}&`)) return Response.json([]);
      if (url === CONTAINER) return Response.json({ id: "https://evil.test/lineitems/2" }, { status: 201 });
      return new Response("no", { status: 404 });
    };
    await expect(
      findOrCreateLineItem(
        prisma,
        link.platform,
        CONTAINER,
        { resourceLinkId: "x", label: "S", resourceId: "s" },
        {
          fetch: elsewhere,
        },
      ),
    ).rejects.toThrow(/container's host/);
  });

  it("send again for one link touches that link's grades only", async () => {
    const link = await prisma.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: "rl-no-column" } });
    const rl = await prisma.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: "rl" } });
    const other = await prisma.ltiScoreJob.create({
      data: { resourceLinkId: rl.id, userId: student.id, status: "sent" },
    });
    expect(await resendScores(prisma, link.classroomId, { linkId: link.id })).toBe(1);
    expect((await prisma.ltiScoreJob.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("sent");
    expect((await prisma.ltiScoreJob.findFirstOrThrow({ where: { resourceLinkId: link.id } })).status).toBe("pending");
    // Another class's id moves nothing.
    expect(await resendScores(prisma, "another-class", { linkId: link.id })).toBe(0);
  });
});
