import { z } from "zod";

/**
 * The one place that reads process.env. Validated on first use; a bad variable stops the
 * process with a message naming it. Model-provider settings are read by lib/ai/provider.ts
 * through this module too.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** unset: embedded PGlite in ./data/stepwise; pglite:<dir> | pglite:memory | postgres(ql)://... */
  DATABASE_URL: z
    .string()
    .default("pglite:./data/stepwise")
    .refine((u) => /^(pglite:.+|postgres(ql)?:\/\/.+)$/.test(u), {
      message: "must be pglite:<dir>, pglite:memory, or postgres://user:pass@host:port/db",
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The embedded database runs in its own thread ("1", the default) so that a statement never
   * holds up the server's other requests; "0" runs it in the server's thread (decision 022).
   */
  EMBEDDED_DATABASE_THREAD: z.enum(["0", "1"]).default("1"),
  /**
   * PostgreSQL connections per app process (each process of `npm run serve:cluster` has its own
   * pool). Keep processes x pool below the server's max_connections, or put PgBouncer in between
   * (docs/deployment.md).
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /**
   * PostgreSQL: "1" (default) prepares statements that repeat (named statements: parsed and
   * planned once per connection); "0" for a pooler that cannot keep them (PgBouncer before 1.21
   * or with max_prepared_statements = 0; docs/deployment.md).
   */
  DATABASE_PREPARED_STATEMENTS: z.enum(["0", "1"]).default("1"),
  /**
   * Under `npm start` (scripts/serve.mjs) the turn route is answered before Next's routing, by
   * the same handler ("1", the default; decision 027); "0" leaves every request to Next.
   */
  TURN_ROUTE_OUTSIDE_NEXT: z.enum(["0", "1"]).default("1"),
  /**
   * When set, the server records its event-loop delay and garbage-collection pauses and writes
   * them as JSON to this file when it stops (bench:turns reads it). Off by default.
   */
  RUNTIME_STATS_FILE: z.string().min(1).optional(),
  /**
   * The address users reach Stepwise at (https://tutor.school.example), without a trailing slash.
   * LTI (docs/lti.md) builds its redirect, launch and JWKS URLs from it; unset: from each request.
   */
  PUBLIC_URL: z
    .string()
    .url()
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  /** Set to "1" behind HTTPS so session cookies get the Secure flag. */
  COOKIE_SECURE: z.enum(["0", "1"]).optional(),
  /** Salt of the research exports' student pseudonyms and experiment assignment (unset: one generated and stored). */
  RESEARCH_SALT: z.string().min(16, "RESEARCH_SALT must be at least 16 characters").optional(),
  /**
   * Sign-in rate limit: attempts per email per window (a sign-in clears the email's count), and
   * 10x that failed attempts per client address when the address is known.
   */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * Reverse proxies in front of the app that append to X-Forwarded-For. 0 (default): none, so
   * the header is the client's own and is ignored, and the address is unknown: sign-in has only
   * its per-email limit and sign-up's per-address limit is shared by all (decision 011).
   * N: the entry N places from the right of X-Forwarded-For is the client's address.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Sign-up: wrong join codes per window from one address (or from all, when it is unknown). */
  SIGNUP_MAX_JOIN_CODE_FAILURES: z.coerce.number().int().min(1).default(100),
  /** Sign-up: new accounts per join code per window (a whole class joining stays well under). */
  SIGNUP_MAX_PER_JOIN_CODE: z.coerce.number().int().min(1).default(100),
  /** Model provider (issue: LLM backend). None set = embedded tutor engine. */
  AI_PROVIDER: z.enum(["none", "openai", "anthropic", "openai-compatible"]).default("none"),
  AI_MODEL: z.string().optional(),
  AI_BASE_URL: z.string().url().optional(),
  AI_API_KEY: z.string().optional(),
  /** Time allowed until the model's first token; the whole turn gets four times as long. */
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).default(4000),
  /**
   * Burst limit: model-written turns per student in the last minute; beyond it the embedded
   * engine answers. 40 is one turn every 1.5 s for a whole minute: a person cannot keep that up
   * (the reply streams for a second or more and the buttons wait for it; a steady typist sends
   * 3-10 messages a minute, a fast Hint-clicker about 20), a script can.
   */
  AI_MAX_TURNS_PER_MINUTE: z.coerce.number().int().min(1).default(40),
  /** Tokens (in + out) a tutoring session may spend on the model; beyond it, embedded. */
  AI_SESSION_TOKEN_BUDGET: z.coerce.number().int().min(100).default(40000),
  /**
   * Cost cap per class: model-written turns of all students enrolled in a class (not archived)
   * in the last hour; beyond it the class's students get the embedded engine. A student in
   * several classes counts toward each, and any one over its cap stops the model for them.
   * 6000 = 40 students each getting a model turn every 24 s for the whole hour. 0 = no cap.
   */
  AI_CLASS_TURNS_PER_HOUR: z.coerce.number().int().min(0).default(6000),
  /** Cost cap for the deployment: model-written turns of everyone in the last 24 hours. 0 = no cap. */
  AI_DEPLOYMENT_TURNS_PER_DAY: z.coerce.number().int().min(0).default(0),
  /**
   * "1": each model reply the answer guard refuses is written to the server's log (stderr) with
   * the reason and what the guard found, and the text it read. For operators and bench:guard
   * looking into fallbacks; the log then holds answers, so it stays off ("0") in normal running.
   */
  AI_GUARD_LOG: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests change variables between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}
