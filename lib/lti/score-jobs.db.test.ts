import { createLocalJWKSet, jwtVerify } from "jose";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { CLIENT_ASSERTION_TYPE, clearTokenCache, type Fetch, SCORE_TYPE } from "./ags";
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
