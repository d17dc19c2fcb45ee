/**
 * Calls the app's route handlers and server actions directly in vitest, against a test
 * database, as a chosen user. Test files mock two modules with what this file exports:
 *
 *   vi.mock("@/lib/db/client", async () => (await import("@/lib/security/route-harness")).dbModule());
 *   vi.mock("next/headers", async () => (await import("@/lib/security/route-harness")).headersModule());
 *
 * (and `next/cache` with `cacheModule()` where server actions revalidate paths). Everything
 * else (auth, zod, Prisma, the handlers) is the real code.
 */
import { createSession } from "@/lib/auth/accounts";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fixtureBundle } from "@/tests/fixture-bundle";

export const SESSION_COOKIE_NAME = "stepwise_session";
export const HOST = "stepwise.test";
export const ORIGIN = `http://${HOST}`;

const current: { db?: PrismaClient; token?: string } = {};

export function useDatabase(prisma: PrismaClient): void {
  current.db = prisma;
}

/** The signed-in browser of the next calls (null: anonymous). */
export function actAs(token: string | null): void {
  current.token = token ?? undefined;
}

/** The token actAs() set: what a real request carries in its Cookie header. */
export function actingToken(): string | undefined {
  return current.token;
}

export function dbModule() {
  return {
    get db() {
      if (!current.db) throw new Error("route-harness: useDatabase() first");
      return current.db;
    },
    // /api/health's round trip (lib/db/client.ts): on the test database, a plain SELECT 1.
    pingDatabase: () => {
      if (!current.db) throw new Error("route-harness: useDatabase() first");
      return current.db.$queryRawUnsafe("SELECT 1");
    },
  };
}

export function headersModule() {
  const jar = () => ({
    get: (name: string) => (name === SESSION_COOKIE_NAME && current.token ? { name, value: current.token } : undefined),
    getAll: () => (current.token ? [{ name: SESSION_COOKIE_NAME, value: current.token }] : []),
    has: (name: string) => name === SESSION_COOKIE_NAME && !!current.token,
    set: () => {},
    delete: () => {},
  });
  return {
    cookies: async () => jar(),
    headers: async () => new Headers({ host: HOST, "x-forwarded-for": "203.0.113.9" }),
  };
}

export function cacheModule() {
  return { revalidatePath: () => {}, revalidateTag: () => {}, refresh: () => {}, updateTag: () => {} };
}

export interface Cast {
  student: { id: string; token: string };
  other: { id: string; token: string };
  teacher: { id: string; token: string };
  admin: { id: string; token: string };
  classId: string;
  setId: string;
  problemId: string;
  versionId: string;
}

/** The fixture content, a class with the set assigned, and one signed-in user per role. */
export async function seedCast(prisma: PrismaClient): Promise<Cast> {
  await importBundle(prisma, fixtureBundle());
  const user = async (role: "student" | "teacher" | "admin", name: string) => {
    const u = await prisma.user.create({
      data: { email: `${name}@x.test`, name, role, passwordHash: "x" },
      select: { id: true },
    });
    return { id: u.id, token: (await createSession(prisma, u.id)).token };
  };
  const [student, other, teacher, admin] = [
    await user("student", "student"),
    await user("student", "other"),
    await user("teacher", "teacher"),
    await user("admin", "admin"),
  ];
  const cls = await prisma.classroom.create({ data: { name: "C", teacherId: teacher.id, joinCode: "HARN23" } });
  const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "fixture-set" } });
  await prisma.problemSetAssignment.create({ data: { classroomId: cls.id, problemSetId: set.id } });
  for (const s of [student, other]) await prisma.enrollment.create({ data: { classroomId: cls.id, studentId: s.id } });
  const problem = await prisma.problem.findUniqueOrThrow({ where: { key: "fixture-set-p1" } });
  return {
    student,
    other,
    teacher,
    admin,
    classId: cls.id,
    setId: set.id,
    problemId: problem.id,
    versionId: problem.publishedVersionId as string,
  };
}

/** A same-origin browser POST of JSON (what the tutor chat sends). */
export function jsonPost(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { host: HOST, origin: ORIGIN, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** A body that arrives in chunks with no Content-Length; `pulled()` says how much was read. */
export function chunkedBody(totalBytes: number, chunkBytes = 64 * 1024, fill = 0x61) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const n = Math.min(chunkBytes, totalBytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(fill));
    },
  });
  return { stream, pulled: () => sent };
}

/** The whole response body as text, or "<timeout>" when it does not end within `ms`. */
export async function readText(res: Response, ms = 10_000): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve("<timeout>"), ms);
  });
  try {
    return await Promise.race([res.text(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** NDJSON events of a turn response. */
export function events(text: string): { type: string; [k: string]: unknown }[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

export function routeContext<P extends Record<string, string>>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}
