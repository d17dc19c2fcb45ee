import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/accounts";
import type { LtiPlatform, PrismaClient } from "@/lib/generated/prisma/client";
import { findClass } from "@/lib/teach/access";
import { type IdTokenOptions, type PlatformKeys, platformKeys, signIdToken, V } from "@/tests/lti-platform/tokens";
import { testDatabase } from "@/tests/test-db";
import { acceptLaunch, LTI_NO_PASSWORD, LtiLaunchError, verifyLaunch } from "./launch";
import { beginLogin, parseLoginParams } from "./login";

let prisma: PrismaClient;
let keysA: PlatformKeys;
let keysB: PlatformKeys;
let impostor: PlatformKeys; // another key pair claiming platform A's kid
let A: LtiPlatform;
let B: LtiPlatform;

const keysFor = (p: LtiPlatform) => (p.id === A.id ? keysA.localSet : keysB.localSet);

beforeAll(async () => {
  prisma = await testDatabase();
  [keysA, keysB, impostor] = await Promise.all([platformKeys(), platformKeys(), platformKeys()]);
  impostor.kid = keysA.kid;
  const mk = (n: string) =>
    prisma.ltiPlatform.create({
      data: {
        name: n,
        issuer: `https://lms-${n}.test`,
        clientId: `client-${n}`,
        authEndpoint: `https://lms-${n}.test/auth`,
        tokenEndpoint: `https://lms-${n}.test/token`,
        jwksUrl: `https://lms-${n}.test/jwks`,
        deployments: { create: { deploymentId: `dep-${n}` } },
      },
    });
  A = await mk("a");
  B = await mk("b");
  await prisma.problemSet.create({ data: { key: "ratios", title: "Ratios", status: "published" } });
});

async function login(p: LtiPlatform) {
  const { state } = await beginLogin(
    prisma,
    { iss: p.issuer, login_hint: "hint", target_link_uri: "http://localhost/api/lti/launch", client_id: p.clientId },
    "http://localhost",
  );
  const row = await prisma.ltiLoginState.findUniqueOrThrow({ where: { state } });
  return { state, nonce: row.nonce };
}

function tokenOpts(p: LtiPlatform, nonce: string, o: Partial<IdTokenOptions> = {}): IdTokenOptions {
  return {
    issuer: p.issuer,
    clientId: p.clientId,
    deploymentId: p.id === A.id ? "dep-a" : "dep-b",
    nonce,
    sub: "student-1",
    contextId: "course-1",
    ...o,
  };
}

async function launch(p: LtiPlatform, o: Partial<IdTokenOptions> = {}, keys?: PlatformKeys) {
  const { state, nonce } = await login(p);
  const idToken = await signIdToken(keys ?? (p.id === A.id ? keysA : keysB), tokenOpts(p, nonce, o));
  const v = await verifyLaunch(prisma, { id_token: idToken, state }, new Set([state]), { keys: keysFor });
  return acceptLaunch(prisma, v);
}

async function counts() {
  const [users, classes, enrollments, sessions, userLinks, contexts, links, nonces] = await Promise.all([
    prisma.user.count(),
    prisma.classroom.count(),
    prisma.enrollment.count(),
    prisma.authSession.count(),
    prisma.ltiUserLink.count(),
    prisma.ltiContextLink.count(),
    prisma.ltiResourceLink.count(),
    prisma.ltiNonce.count(),
  ]);
  return { users, classes, enrollments, sessions, userLinks, contexts, links, nonces };
}

describe("a valid launch", () => {
  it("instructor: becomes a teacher, the course becomes their class, lands on it", async () => {
    const r = await launch(A, {
      sub: "teacher-1",
      roles: [`${V}Instructor`],
      email: "teach@lms-a.test",
      name: "Ms T",
      custom: { stepwise_set: "ratios" },
      lineItem: "https://lms-a.test/lineitems/1",
    });
    expect(r.role).toBe("teacher");
    expect(r.destination).toBe(`/teach/classes/${r.classroomId}`);
    const cls = await prisma.classroom.findUniqueOrThrow({ where: { id: r.classroomId ?? "" } });
    expect(cls).toMatchObject({ teacherId: r.userId, name: "Course" });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: r.userId } });
    expect(user).toMatchObject({ email: "teach@lms-a.test", name: "Ms T", passwordHash: LTI_NO_PASSWORD });
    const link = await prisma.ltiResourceLink.findFirstOrThrow({ where: { id: r.resourceLinkId ?? "" } });
    expect(link.lineItemUrl).toBe("https://lms-a.test/lineitems/1");
    expect(r.problemSetId).not.toBeNull();
    expect(await prisma.problemSetAssignment.count({ where: { classroomId: cls.id } })).toBe(1);
    expect(await prisma.authSession.count({ where: { userId: r.userId } })).toBe(1);
  });

  it("learner: becomes a student enrolled in the course's class; a second launch reuses the user", async () => {
    const r1 = await launch(A, { sub: "student-1" });
    const r2 = await launch(A, { sub: "student-1", name: "Renamed" });
    expect(r1.role).toBe("student");
    expect(r1.destination).toBe("/practice");
    expect(r2.userId).toBe(r1.userId);
    expect(await prisma.enrollment.count({ where: { studentId: r1.userId } })).toBe(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: r1.userId } })).name).toBe("Renamed");
  });

  it("password sign-in refuses an LMS-made user, by name", async () => {
    const r = await launch(A, { sub: "pw-user", email: "pw@lms-a.test" });
    await expect(authenticate(prisma, { email: "pw@lms-a.test", password: LTI_NO_PASSWORD }, null)).rejects.toThrow(
      /learning platform/,
    );
    expect(r.role).toBe("student");
  });

  it("never links to an existing account by email", async () => {
    const admin = await prisma.user.create({
      data: { email: "boss@school.test", name: "Boss", role: "admin", passwordHash: "x" },
    });
    const r = await launch(A, { sub: "imposter", email: "boss@school.test" });
    expect(r.userId).not.toBe(admin.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: r.userId } })).email).toMatch(/@lti\.invalid$/);
  });

  it("the course's other instructors and TAs teach its class too; another course's instructor does not", async () => {
    const owner = await launch(A, {
      sub: "owner-9",
      roles: [`${V}Instructor`],
      contextId: "course-9",
      resourceLinkId: "rl-9",
    });
    const co = await launch(A, {
      sub: "co-9",
      roles: [`${V}Instructor`],
      contextId: "course-9",
      resourceLinkId: "rl-9",
    });
    const ta = await launch(A, {
      sub: "ta-9",
      roles: [`${V}Instructor`, "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"],
      contextId: "course-9",
      resourceLinkId: "rl-9",
    });
    const other = await launch(A, {
      sub: "other-9",
      roles: [`${V}Instructor`],
      contextId: "course-10",
      resourceLinkId: "rl-10",
    });
    const again = await launch(A, {
      sub: "co-9",
      roles: [`${V}Instructor`],
      contextId: "course-9",
      resourceLinkId: "rl-9",
    });
    const classId = owner.classroomId ?? "";
    expect([co.classroomId, ta.classroomId, again.classroomId]).toEqual([classId, classId, classId]);
    expect(co.destination).toBe(`/teach/classes/${classId}`);
    const cls = await prisma.classroom.findUniqueOrThrow({ where: { id: classId }, include: { coTeachers: true } });
    expect(cls.teacherId).toBe(owner.userId);
    // One row each (a second launch adds nothing), never the owner.
    expect(cls.coTeachers.map((c) => c.teacherId).sort()).toEqual([co.userId, ta.userId].sort());
    for (const r of [owner, co, ta]) {
      const viewer = { id: r.userId, role: "teacher" as const };
      expect((await findClass(prisma, viewer, classId))?.id).toBe(classId);
    }
    const outsider = { id: other.userId, role: "teacher" as const };
    expect(await findClass(prisma, outsider, classId)).toBeNull();
    expect((await findClass(prisma, { id: co.userId, role: "teacher" }, other.classroomId ?? ""))?.id).toBeUndefined();
    const header = await findClass(prisma, { id: owner.userId, role: "teacher" }, classId);
    expect(header?.coTeachers).toHaveLength(2);
  });

  it("platform B cannot launch into platform A's course mapping (same context id)", async () => {
    const aClass = await prisma.ltiContextLink.findUniqueOrThrow({
      where: { platformId_contextId: { platformId: A.id, contextId: "course-1" } },
    });
    // B's student before any B instructor: refused, not put into A's class.
    await expect(launch(B, { sub: "student-1" })).rejects.toThrow(/not set up/);
    const t = await launch(B, { sub: "teacher-b", roles: [`${V}Instructor`] });
    expect(t.classroomId).not.toBe(aClass.classroomId);
    const s = await launch(B, { sub: "student-1" });
    const enrolled = await prisma.enrollment.findMany({ where: { studentId: s.userId } });
    expect(enrolled.map((e) => e.classroomId)).toEqual([t.classroomId]);
  });
});

describe("a tampered or wrong launch is refused and creates nothing", () => {
  const cases: [string, (p: LtiPlatform) => Partial<IdTokenOptions>, RegExp, { keys?: "impostor" | "B" }?][] = [
    ["bad signature (another key, same kid)", () => ({}), /signature/, { keys: "impostor" }],
    ["signed with platform B's key", () => ({}), /signature/, { keys: "B" }],
    ["wrong aud", () => ({ audience: "someone-else" }), /aud/],
    ["several aud without azp", (p) => ({ audience: [p.clientId, "other"] }), /azp/],
    ["azp not us", (p) => ({ audience: [p.clientId, "other"], azp: "other" }), /azp/],
    ["wrong iss", () => ({ issuer: "https://evil.test" }), /iss/],
    ["expired", () => ({ expiresIn: -120, iatOffset: -400 }), /exp/],
    ["issued in the future", () => ({ iatOffset: 600, expiresIn: 900 }), /iat/],
    ["unknown deployment", () => ({ deploymentId: "dep-x" }), /deployment/],
    ["platform B's deployment on A", () => ({ deploymentId: "dep-b" }), /deployment/],
    ["wrong message type", () => ({ messageType: "LtiSubmissionReviewRequest" }), /message_type/],
    ["wrong version", () => ({ extra: { "https://purl.imsglobal.org/spec/lti/claim/version": "1.1.0" } }), /version/],
    [
      "missing resource link",
      () => ({ omit: ["https://purl.imsglobal.org/spec/lti/claim/resource_link"] }),
      /resource_link/,
    ],
    ["another login's nonce", () => ({ nonce: "not-the-nonce" }), /nonce/],
  ];
  it.each(cases)("%s", async (_, change, reason, which) => {
    const before = await counts();
    const { state, nonce } = await login(A);
    const keys = which?.keys === "impostor" ? impostor : which?.keys === "B" ? keysB : keysA;
    const idToken = await signIdToken(keys, { ...tokenOpts(A, nonce, { sub: "fresh-user" }), ...change(A) });
    await expect(
      verifyLaunch(prisma, { id_token: idToken, state }, new Set([state]), { keys: keysFor }).then((v) =>
        acceptLaunch(prisma, v),
      ),
    ).rejects.toThrow(reason);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["missing state cookie", () => new Set<string>()],
    ["a different state cookie", () => new Set(["some-other-state-value"])],
  ])("%s", async (_, cookies) => {
    const before = await counts();
    const { state, nonce } = await login(A);
    const idToken = await signIdToken(keysA, tokenOpts(A, nonce, { sub: "fresh-user" }));
    await expect(verifyLaunch(prisma, { id_token: idToken, state }, cookies(), { keys: keysFor })).rejects.toThrow(
      /state/,
    );
    expect(await counts()).toEqual(before);
  });

  /** The refusal a launch ends in (a launch that passes fails the test). */
  const refusal = (launch: Promise<unknown>) =>
    launch.then(
      () => {
        throw new Error("the launch was not refused");
      },
      (e: unknown) => e as LtiLaunchError,
    );

  it("a browser that kept no state cookie (Safari in the LMS frame) is offered the same login in a new window, once", async () => {
    const { state, nonce } = await login(A);
    const idToken = await signIdToken(keysA, tokenOpts(A, nonce, { sub: "safari-user" }));
    const refused = await refusal(verifyLaunch(prisma, { id_token: idToken, state }, new Set(), { keys: keysFor }));
    expect(refused).toBeInstanceOf(LtiLaunchError);
    const url = new URL((refused.details as { newWindow: string }).newWindow, "http://tool.test");
    expect(url.pathname).toBe("/api/lti/login");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      iss: A.issuer,
      login_hint: "hint",
      target_link_uri: "http://localhost/api/lti/launch",
      client_id: A.clientId,
      stepwise_window: "1",
    });
    // That login, in its own window, keeps its cookie and launches; were it to lose it too, no
    // second window is offered.
    const again = await beginLogin(prisma, parseLoginParams(Object.fromEntries(url.searchParams)), "http://localhost");
    const row = await prisma.ltiLoginState.findUniqueOrThrow({ where: { state: again.state } });
    const token = await signIdToken(keysA, tokenOpts(A, row.nonce, { sub: "safari-user" }));
    const twice = await refusal(
      verifyLaunch(prisma, { id_token: token, state: again.state }, new Set(), {
        keys: keysFor,
      }),
    );
    expect(twice).toBeInstanceOf(LtiLaunchError);
    expect(twice.details).toBeUndefined();
    const ok = await verifyLaunch(prisma, { id_token: token, state: again.state }, new Set([again.state]), {
      keys: keysFor,
    });
    expect(ok.claims.sub).toBe("safari-user");
    // A state this tool never issued offers nothing.
    const unknown = await refusal(
      verifyLaunch(prisma, { id_token: idToken, state: "never-issued-state" }, new Set(), {
        keys: keysFor,
      }),
    );
    expect(unknown).toBeInstanceOf(LtiLaunchError);
    expect(unknown.details).toBeUndefined();
  });

  it("a replayed id_token (same state, or a new login) is refused", async () => {
    const { state, nonce } = await login(A);
    const idToken = await signIdToken(keysA, tokenOpts(A, nonce, { sub: "replayed" }));
    const v = await verifyLaunch(prisma, { id_token: idToken, state }, new Set([state]), { keys: keysFor });
    await acceptLaunch(prisma, v);
    const before = await counts();
    await expect(
      verifyLaunch(prisma, { id_token: idToken, state }, new Set([state]), { keys: keysFor }),
    ).rejects.toThrow(/state/);
    // Accepting the same verified launch twice (a race): the state is single use.
    await expect(acceptLaunch(prisma, v)).rejects.toThrow(/state/);
    const again = await login(A);
    await expect(
      verifyLaunch(prisma, { id_token: idToken, state: again.state }, new Set([again.state]), { keys: keysFor }),
    ).rejects.toThrow(/nonce/);
    expect(await counts()).toEqual(before);
  });

  it("a replayed nonce is refused even under a fresh state", async () => {
    const first = await login(A);
    await acceptLaunch(
      prisma,
      await verifyLaunch(
        prisma,
        { id_token: await signIdToken(keysA, tokenOpts(A, first.nonce, { sub: "n-user" })), state: first.state },
        new Set([first.state]),
        { keys: keysFor },
      ),
    );
    const second = await login(A);
    // Pretend the platform echoed an old nonce that the new login state also holds.
    await prisma.ltiLoginState.update({ where: { state: second.state }, data: { nonce: first.nonce } });
    const before = await counts();
    const v = await verifyLaunch(
      prisma,
      { id_token: await signIdToken(keysA, tokenOpts(A, first.nonce, { sub: "n-user" })), state: second.state },
      new Set([second.state]),
      { keys: keysFor },
    );
    await expect(acceptLaunch(prisma, v)).rejects.toThrow(/replay/);
    expect(await counts()).toEqual(before);
  });

  it("login refuses an unknown issuer, client or deployment", async () => {
    const base = { login_hint: "h", target_link_uri: "http://localhost/x" };
    await expect(beginLogin(prisma, { ...base, iss: "https://nobody.test" }, "http://localhost")).rejects.toThrow(
      /no registered platform/,
    );
    await expect(
      beginLogin(prisma, { ...base, iss: A.issuer, client_id: "client-b" }, "http://localhost"),
    ).rejects.toThrow(/no registered platform/);
    await expect(
      beginLogin(prisma, { ...base, iss: A.issuer, lti_deployment_id: "dep-b" }, "http://localhost"),
    ).rejects.toThrow(/deployment/);
  });
});
