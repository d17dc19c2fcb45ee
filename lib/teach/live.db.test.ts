import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession } from "@/lib/auth/accounts";
import { request } from "@/lib/auth/testing/fake-request";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openPractice } from "@/lib/sessions/open-practice";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { type ClassHeader, findClass, requireClass, type Viewer } from "./access";
import { assignProblemSet, createClass } from "./manage-class";

vi.mock("@/lib/db/client", async () => (await import("@/lib/auth/testing/fake-request")).dbModule());
vi.mock("next/headers", async () => (await import("@/lib/auth/testing/fake-request")).headersModule());
vi.mock("next/navigation", async () => (await import("@/lib/auth/testing/fake-request")).navigationModule());

const { GET } = await import("@/app/api/teach/classes/[classId]/live/route");
const { loadLiveClass, loadLiveSignals } = await import("./load-live-class");
const { SESSION_COOKIE } = await import("@/lib/auth/current-user");
const { loadClassMastery, loadClassSkills } = await import("./load-mastery");
const { loadNeedsHelp } = await import("./load-needs-help");

let prisma: PrismaClient;
let A: Viewer;
let B: Viewer;
let admin: Viewer;
let clsA: ClassHeader;
let clsB: ClassHeader;
let maya: string; // class A, stuck
let noor: string; // class A, never practised
let leo: string; // class B
let mayaSession: string;
const token: Record<string, string> = {};

const msg = (text: string, key: string) => ({ kind: "message" as const, text, idempotencyKey: key });

beforeAll(async () => {
  prisma = await testDatabase();
  request.db = prisma;
  await importBundle(prisma, fixtureBundle());
  const user = async (email: string, role: "teacher" | "admin" | "student") => {
    const u = await prisma.user.create({
      data: { email, name: email.split("@")[0]!, role, passwordHash: "x" },
      select: { id: true, role: true },
    });
    token[u.id] = (await createSession(prisma, u.id)).token;
    return u;
  };
  A = await user("a@x.test", "teacher");
  B = await user("b@x.test", "teacher");
  admin = await user("admin@x.test", "admin");
  maya = (await user("maya@x.test", "student")).id;
  noor = (await user("noor@x.test", "student")).id;
  leo = (await user("leo@x.test", "student")).id;
  const setId = (await prisma.problemSet.findUniqueOrThrow({ where: { key: "fixture-set" } })).id;
  const a = await createClass(prisma, A, { name: "Class A" });
  const b = await createClass(prisma, B, { name: "Class B" });
  await assignProblemSet(prisma, A, { classId: a.id, problemSetId: setId });
  await assignProblemSet(prisma, B, { classId: b.id, problemSetId: setId });
  await prisma.enrollment.create({ data: { classroomId: a.id, studentId: maya } });
  await prisma.enrollment.create({ data: { classroomId: a.id, studentId: noor } });
  await prisma.enrollment.create({ data: { classroomId: b.id, studentId: leo } });
  clsA = await requireClass(prisma, A, a.id);
  clsB = await requireClass(prisma, B, b.id);

  // Maya answers step 1 wrong three times in a row; Leo (class B) answers once, right.
  mayaSession = (await openPractice(prisma, maya)) as string;
  for (const [i, answer] of ["5", "6", "8"].entries())
    await submitTurn(prisma, { sessionId: mayaSession, studentId: maya, request: msg(answer, `k-m${i}-aaaaaa`) });
  const leoSession = (await openPractice(prisma, leo)) as string;
  await submitTurn(prisma, { sessionId: leoSession, studentId: leo, request: msg("12", "k-l1-aaaaaa") });
  // A preview session of Noor's (an admin trying content as her would be odd, but it must not count).
  const problem = await prisma.problem.findUniqueOrThrow({ where: { key: "fixture-set-p1" } });
  await startTutoringSession(prisma, { studentId: noor, problemVersionId: problem.publishedVersionId!, preview: true });
});

beforeEach(() => {
  request.cookies.clear();
  request.headers = new Headers();
});

async function get(viewer: Viewer | null, classId: string) {
  if (viewer) request.cookies.set(SESSION_COOKIE, token[viewer.id]!);
  const res = await GET(new Request(`http://localhost/api/teach/classes/${classId}/live`), {
    params: Promise.resolve({ classId }),
  });
  return { res, body: (await res.json()) as Record<string, unknown> };
}

describe("the live class loader", () => {
  it("reads every student of the class: Maya stuck on step 1 after three wrong answers, Noor not started", async () => {
    const live = await loadLiveClass(prisma, clsA, new Date());
    expect(live.students.map((s) => [s.name, s.status, s.reason])).toEqual([
      ["maya", "stuck", { kind: "wrong_in_row", count: 3 }],
      ["noor", "not_started", null],
    ]);
    expect(live.students[0]).toMatchObject({ sessionId: mayaSession, problemTitle: expect.any(String), step: 1 });
    expect(live.students[0]!.stepCount).toBeGreaterThanOrEqual(1);
  });

  it("class B's teacher cannot reach class A's live data: no class, and B's own class holds only Leo", async () => {
    expect(await findClass(prisma, B, clsA.id)).toBeNull();
    const signals = await loadLiveSignals(prisma, clsB);
    expect(signals.map((s) => s.name)).toEqual(["leo"]);
    expect(JSON.stringify(await loadLiveClass(prisma, clsB, new Date()))).not.toContain(mayaSession);
  });
});

describe("GET /api/teach/classes/[classId]/live", () => {
  it("answers the class's teacher, never cached, with no answers or turn text in it", async () => {
    const { res, body } = await get(A, clsA.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const students = body.students as { name: string; status: string }[];
    expect(students.map((s) => `${s.name}:${s.status}`)).toEqual(["maya:stuck", "noor:not_started"]);
    const text = JSON.stringify(body);
    for (const secret of ['"5"', '"8"', '"12"', "passwordHash", "email", "@x.test", 'answer"'])
      expect(text).not.toContain(secret);
    // Only these fields, for every student: what the view shows, nothing more.
    for (const s of students)
      expect(Object.keys(s).sort()).toEqual(
        [
          "lastActivityAt",
          "name",
          "problemTitle",
          "reason",
          "sessionId",
          "status",
          "step",
          "stepCount",
          "studentId",
        ].sort(),
      );
  });

  it("404 for another teacher (the same as a class that does not exist), and no data", async () => {
    const { res, body } = await get(B, clsA.id);
    expect(res.status).toBe(404);
    expect(Object.keys(body)).toEqual(["error"]);
    expect(JSON.stringify(body)).not.toContain("maya");
    expect((await get(A, "nosuchclass0000000000000")).res.status).toBe(404);
    expect((await get(A, "x".repeat(500))).res.status).toBe(404);
    expect(res.headers.get("cache-control")).toContain("no-store");
  });

  it("401 for a visitor, 403 for a student (even of that class), 200 for an admin", async () => {
    expect((await get(null, clsA.id)).res.status).toBe(401);
    expect((await get({ id: maya, role: "student" }, clsA.id)).res.status).toBe(403);
    const { res, body } = await get(admin, clsA.id);
    expect(res.status).toBe(200);
    expect((body.students as unknown[]).length).toBe(2);
  });
});

describe("the overview's and the heatmap's loaders", () => {
  it("groups each skill under the problem set it first appears in", async () => {
    const skills = await loadClassSkills(prisma, clsA);
    const title = (await prisma.problemSet.findUniqueOrThrow({ where: { key: "fixture-set" } })).title;
    expect(skills.length).toBeGreaterThan(0);
    expect(new Set(skills.map((k) => k.group))).toEqual(new Set([title]));
    expect(new Set(skills.map((k) => k.groupOrder))).toEqual(new Set([0]));
  });

  it("who needs help first: Maya, stuck, with a link to her session; never in class B", async () => {
    const later = new Date(Date.now() + 30 * 60_000);
    const a = await loadNeedsHelp(prisma, clsA, await loadClassMastery(prisma, clsA), later, "en");
    const maya = a.students.find((s) => s.name === "maya");
    expect(maya?.reasons.map((r) => r.kind)).toContain("stuck");
    expect(a.actions.get(maya!.studentId)?.[0]).toEqual({
      kind: "open_session",
      href: `/teach/classes/${clsA.id}/transcripts/${mayaSession}`,
    });
    const b = await loadNeedsHelp(prisma, clsB, await loadClassMastery(prisma, clsB), later, "en");
    expect(b.students.map((s) => s.name)).not.toContain("maya");
    expect(JSON.stringify([...b.actions.values()])).not.toContain(mayaSession);
  });
});
