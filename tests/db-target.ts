import { parseDatabaseUrl } from "@/lib/db/database-url";

/** Database tests honour DATABASE_URL: PostgreSQL when it names a server, else in-memory PGlite. */
export function testTarget() {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return parseDatabaseUrl(url);
  return { kind: "pglite" as const };
}

/** Tests create and drop databases: refuse to do that anywhere but this machine. */
export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) && process.env.STEPWISE_ALLOW_REMOTE_TEST_DB !== "1") {
    throw new Error(`Refusing to create test databases on ${host}: tests only run against a local server.`);
  }
}

export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}
