import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSession } from "@/lib/auth/accounts";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { seedDemo } from "@/lib/demo/seed-demo";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readKtFile } from "@/lib/kt/data/read-kt-file";
import { BASELINES, runContender, splitHoldout } from "@/lib/kt/eval/run-benchmark";
import { actAs, HOST, ORIGIN, readText, useDatabase } from "@/lib/security/route-harness";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { testDatabase } from "@/tests/test-db";
import { DATASHOP_REQUIRED, datashopHeader, parseDatashop } from "./datashop";
import { KT_HEADER } from "./kt-export";
import { pseudonym } from "./pseudonym";
import { researchSalt } from "./salt";

vi.mock("@/lib/db/client", async () => (await import("@/lib/security/route-harness")).dbModule());
vi.mock("next/headers", async () => (await import("@/lib/security/route-harness")).headersModule());

const { GET } = await import("@/app/api/research/export/route");

let prisma: PrismaClient;
const who: Record<"teacher" | "otherTeacher" | "admin" | "student", { id: string; token: string }> = {} as never;
let demoClass: string;
let otherClass: string;

async function signedIn(id: string) {
  return { id, token: (await createSession(prisma, id)).token };
}

beforeAll(async () => {
  prisma = await testDatabase();
  useDatabase(prisma);
  await seedDemo(prisma, loadDemoContent());
  const teacher = await prisma.user.findUniqueOrThrow({ where: { email: "teacher@stepwise.test" } });
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@stepwise.test" } });
  const student = await prisma.user.findUniqueOrThrow({ where: { email: "student@stepwise.test" } });
  demoClass = (await prisma.classroom.findUniqueOrThrow({ where: { joinCode: "DEMO7A" } })).id;
  // Another teacher's class with one student who practised (a hint and two answers, one with a tab).
  const other = await prisma.user.create({
    data: { email: "t2@x.test", name: "T2", role: "teacher", passwordHash: "x" },
  });
  const pupil = await prisma.user.create({
    data: { email: "p@x.test", name: "P", role: "student", passwordHash: "x" },
  });
  otherClass = (await prisma.classroom.create({ data: { name: "Other", teacherId: other.id, joinCode: "OTHR23" } })).id;
  await prisma.enrollment.create({ data: { classroomId: otherClass, studentId: pupil.id } });
  const version = await prisma.problemVersion.findFirstOrThrow({
    where: { publishedFor: { isNot: null } },
    orderBy: { createdAt: "asc" },
  });
  const sessionId = await startTutoringSession(prisma, { studentId: pupil.id, problemVersionId: version.id });
  for (const [i, request] of [
    { kind: "hint" as const },
    { kind: "message" as const, text: "maybe\t12\nor not" },
    { kind: "message" as const, text: "what?" },
  ].entries())
    await submitTurn(prisma, { sessionId, studentId: pupil.id, request: { ...request, idempotencyKey: `k${i}` } });
  who.teacher = await signedIn(teacher.id);
  who.admin = await signedIn(admin.id);
  who.student = await signedIn(student.id);
  who.otherTeacher = await signedIn(other.id);
});

async function get(as: keyof typeof who | null, query: string) {
  actAs(as ? who[as].token : null);
  const res = await GET(new Request(`${ORIGIN}/api/research/export?${query}`, { headers: { host: HOST } }));
  return { res, text: await readText(res) };
}

/** What the file must say, counted straight from the tables for the sessions of `classId` (null: all). */
async function expected(classId: string | null) {
  const rows = await prisma.$queryRaw<{ outcome: string; n: number }[]>`
    SELECT CASE WHEN a."id" IS NOT NULL AND a."correct" THEN 'CORRECT'
                WHEN a."id" IS NOT NULL THEN 'INCORRECT'
                WHEN t."hintRung" IS NOT NULL THEN 'HINT' ELSE '' END AS "outcome", count(*)::int AS "n"
    FROM "Turn" t
    JOIN "TutoringSession" s ON s."id" = t."sessionId" AND NOT s."preview"
    LEFT JOIN "Turn" st ON st."sessionId" = t."sessionId" AND st."seq" = t."seq" - 1 AND st."role" = 'student'
    LEFT JOIN "Attempt" a ON a."sessionId" = t."sessionId" AND a."idempotencyKey" = st."idempotencyKey"
    WHERE t."role" = 'tutor'
      AND (${classId}::text IS NULL OR s."studentId" IN (SELECT "studentId" FROM "Enrollment" WHERE "classroomId" = ${classId}))
    GROUP BY 1`;
  return Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
}

function outcomes(rows: string[][]) {
  const col = datashopHeader().indexOf("Outcome");
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r[col] as string] = (counts[r[col] as string] ?? 0) + 1;
  return counts;
}

describe("DataShop export", () => {
  it("a teacher downloads their class: DataShop's header, one row per tutor turn, outcomes as in the database", async () => {
    const { res, text } = await get("teacher", `format=datashop&class=${demoClass}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/tab-separated-values");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".*datashop.*\.txt"$/);
    const [header, ...rows] = parseDatashop(text);
    expect(header).toEqual(datashopHeader());
    for (const c of DATASHOP_REQUIRED) expect(header).toContain(c);
    expect(header).toEqual(expect.arrayContaining(["Outcome", "Help Level", "Total Num Hints", "KC (Skills)"]));
    for (const r of rows) expect(r).toHaveLength(header?.length as number);
    const want = await expected(demoClass);
    expect(rows.length).toBe(Object.values(want).reduce((a, b) => a + b, 0));
    expect(outcomes(rows)).toEqual(want);
    expect(want.CORRECT).toBeGreaterThan(0);
    expect(want.INCORRECT).toBeGreaterThan(0);
  });

  it("pseudonymises students (HMAC of the stored salt), exports no names, emails or user ids", async () => {
    const { text } = await get("teacher", `format=datashop&class=${demoClass}`);
    const salt = await researchSalt(prisma);
    const students = await prisma.user.findMany({
      where: { enrollments: { some: { classroomId: demoClass } } },
      select: { id: true, email: true },
    });
    const anon = new Set(
      parseDatashop(text)
        .slice(1)
        .map((r) => r[0]),
    );
    expect(anon).toEqual(new Set(students.map((s) => pseudonym(salt, s.id))));
    for (const s of students) {
      expect(text).not.toContain(s.id);
      expect(text).not.toContain(s.email);
    }
    expect(text).not.toContain(salt);
  });

  it("escapes tabs and newlines in what a student typed (the row keeps its columns) and records the hint", async () => {
    const { text } = await get("otherTeacher", `format=datashop&class=${otherClass}`);
    const lines = text.split("\n").filter(Boolean);
    const header = datashopHeader();
    for (const l of lines) expect(l.split("\t")).toHaveLength(header.length);
    const rows = parseDatashop(text).slice(1);
    const input = header.indexOf("Input");
    expect(rows.some((r) => r[input] === "maybe\t12\nor not")).toBe(true);
    const hint = rows.find((r) => r[header.indexOf("Outcome")] === "HINT");
    expect(hint?.[header.indexOf("Student Response Type")]).toBe("HINT_REQUEST");
    expect(hint?.[header.indexOf("Tutor Response Type")]).toBe("HINT_MSG");
    expect(Number(hint?.[header.indexOf("Help Level")])).toBe(1);
    expect(Number(hint?.[header.indexOf("Total Num Hints")])).toBeGreaterThan(0);
    expect(hint?.[header.indexOf("Time")]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
    expect(outcomes(rows)).toEqual(await expected(otherClass));
  });

  const refusals: [string, keyof typeof who | null, string, number][] = [
    ["a teacher cannot export another teacher's class", "otherTeacher", "class=DEMO", 404],
    ["a teacher cannot export everything", "teacher", "", 403],
    ["a teacher cannot export a problem set", "teacher", "set=cjld2cjxh0000qzrmn831i7rn", 403],
    ["a student cannot export", "student", "class=DEMO", 403],
    ["nobody signed in cannot export", null, "class=DEMO", 401],
    ["a bad class id is refused before the database", "admin", "class=%00x", 400],
  ];
  it.each(refusals)("%s", async (_, as, query, status) => {
    const { res, text } = await get(as, `format=datashop&${query.replace("DEMO", demoClass)}`);
    expect(res.status).toBe(status);
    expect(text).not.toContain("Anon Student Id");
  });

  it("an admin exports everything, a problem set, and any class", async () => {
    const all = parseDatashop((await get("admin", "format=datashop")).text).slice(1);
    const want = await expected(null);
    expect(all.length).toBe(Object.values(want).reduce((a, b) => a + b, 0));
    expect((await get("admin", `format=datashop&class=${otherClass}`)).res.status).toBe(200);
    const set = await prisma.problemSet.findFirstOrThrow({ orderBy: { key: "asc" } });
    const bySet = parseDatashop((await get("admin", `format=datashop&set=${set.id}`)).text).slice(1);
    const level = datashopHeader().indexOf("Level (ProblemSet)");
    expect(bySet.length).toBeGreaterThan(0);
    expect(new Set(bySet.map((r) => r[level]))).toEqual(new Set([set.key]));
  });
});

describe("knowledge-tracing export", () => {
  it("writes every first attempt of the class, and kt:eval's loader and a model run on it", async () => {
    const { res, text } = await get("teacher", `format=kt&class=${demoClass}`);
    expect(res.status).toBe(200);
    const lines = text.split("\n").filter(Boolean);
    expect(lines[0]).toBe(KT_HEADER.join("\t"));
    const firsts = await prisma.attempt.count({
      where: {
        firstAttempt: true,
        session: { preview: false },
        student: { enrollments: { some: { classroomId: demoClass } } },
      },
    });
    expect(lines.length - 1).toBe(firsts);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kt-")), "demo.tsv");
    fs.writeFileSync(file, text);
    const { rows } = readKtFile("gervet", file);
    expect(rows).toHaveLength(firsts);
    // In time order per student.
    for (let i = 1; i < rows.length; i++)
      if (rows[i]?.student === rows[i - 1]?.student)
        expect(rows[i]?.t).toBeGreaterThanOrEqual(rows[i - 1]?.t as number);
    const pfa = BASELINES.find((b) => b.key === "pfa");
    if (!pfa) throw new Error("no PFA baseline");
    const { train, holdout } = splitHoldout(rows);
    const result = runContender(pfa, train.length ? train : rows, holdout.length ? holdout : rows);
    expect(result.all.n).toBeGreaterThan(0);
    expect(Number.isFinite(result.all.nll)).toBe(true);
  });
});
