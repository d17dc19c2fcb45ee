/**
 * Runs the sign-in and sign-up server actions in vitest as Next.js would: test files mock
 * `@/lib/db/client`, `next/headers` and `next/navigation` with the modules below, then set the
 * request's headers and database here. redirect() throws, as the real one does.
 *
 *   vi.mock("@/lib/db/client", async () => (await import("@/lib/auth/testing/fake-request")).dbModule());
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const request = {
  db: undefined as PrismaClient | undefined,
  headers: new Headers(),
  cookies: new Map<string, string>(),
};

export function dbModule() {
  return {
    get db() {
      if (!request.db) throw new Error("fake-request: set request.db first");
      return request.db;
    },
    // /api/health's round trip (lib/db/client.ts): on the test database, a plain SELECT 1.
    pingDatabase: () => {
      if (!request.db) throw new Error("fake-request: set request.db first");
      return request.db.$queryRawUnsafe("SELECT 1");
    },
  };
}

export function headersModule() {
  return {
    headers: async () => request.headers,
    cookies: async () => ({
      get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
      set: (name: string, value: string) => request.cookies.set(name, value),
      delete: (name: string) => request.cookies.delete(name),
    }),
  };
}

export function navigationModule() {
  return {
    redirect: (url: string) => {
      throw Object.assign(new Error("NEXT_REDIRECT"), { url });
    },
    forbidden: () => {
      throw new Error("NEXT_FORBIDDEN");
    },
  };
}

/**
 * What the browser gets from one submission of a fresh form (no cookie yet): the returned state
 * or the redirect, and whether a session cookie was set.
 */
export async function submit<S>(
  action: (prev: S, form: FormData) => Promise<S>,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ outcome: { state: S } | { redirect: string }; signedIn: boolean }> {
  request.cookies.clear();
  request.headers = new Headers(headers);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  try {
    const state = await action({} as S, form);
    return { outcome: { state }, signedIn: request.cookies.size > 0 };
  } catch (e) {
    const url = (e as { url?: string }).url;
    if (url === undefined) throw e;
    return { outcome: { redirect: url }, signedIn: request.cookies.size > 0 };
  }
}
