import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { testDatabase } from "@/tests/test-db";
import { actAs, type Cast, chunkedBody, HOST, ORIGIN, readText, seedCast, useDatabase } from "./route-harness";

vi.mock("@/lib/db/client", async () => (await import("./route-harness")).dbModule());
vi.mock("next/headers", async () => (await import("./route-harness")).headersModule());
vi.mock("next/cache", async () => (await import("./route-harness")).cacheModule());

/**
 * Walks every route handler in app/ (found on disk, so a new route is covered without editing
 * this file) with malformed, oversized, wrong-typed and control-character input, as anonymous,
 * student, teacher and admin. Asserts: no 5xx, no hang, nothing written. Prints its counts.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const STEP_MS = 10_000;

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Route {
  file: string;
  /** URL path with [param] segments. */
  pattern: string;
  params: string[];
  handlers: Partial<Record<(typeof METHODS)[number], Handler>>;
}

function findRoutes(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return findRoutes(p);
    return /^route\.(ts|tsx|js)$/.test(e.name) ? [p] : [];
  });
}

async function loadRoutes(): Promise<Route[]> {
  const files = findRoutes(path.join(ROOT, "app")).sort();
  const routes: Route[] = [];
  for (const abs of files) {
    const rel = path.relative(ROOT, abs);
    const mod = (await import(/* @vite-ignore */ abs)) as Record<string, unknown>;
    const pattern = `/${path.dirname(path.relative(path.join(ROOT, "app"), abs))}`
      .split("/")
      .filter((s) => !/^\(.*\)$/.test(s)) // route groups are not in the URL
      .join("/");
    const handlers: Route["handlers"] = {};
    for (const m of METHODS) if (typeof mod[m] === "function") handlers[m] = mod[m] as Handler;
    routes.push({
      file: rel,
      pattern,
      params: [...pattern.matchAll(/\[([^\]]+)\]/g)].map((x) => x[1] as string),
      handlers,
    });
  }
  return routes;
}

const JUNK_IDS = [
  "",
  "\u0000",
  "abc\u0000def",
  "x".repeat(4096),
  "../../etc/passwd",
  "%00",
  "' OR '1'='1",
  "\u202e\ud800\uffff",
  "[object Object]",
];

let prisma: PrismaClient;
let cast: Cast;
let sessionId: string;
let routes: Route[];

beforeAll(async () => {
  prisma = await testDatabase();
  useDatabase(prisma);
  cast = await seedCast(prisma);
  sessionId = await startTutoringSession(prisma, { studentId: cast.student.id, problemVersionId: cast.versionId });
  routes = await loadRoutes();
});

/** A real id for a param name, so the fuzz also reaches the code behind the lookup. */
function validParam(name: string): string {
  if (name === "classId") return cast.classId;
  if (name === "setId") return cast.setId;
  return sessionId; // [id], [sessionId]
}

let countSql = "";

/** Rows in every table (read from the catalogue, so a new table is counted too), in one query. */
async function rowCounts(): Promise<Record<string, number>> {
  if (!countSql) {
    const tables = await prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS "name" FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`;
    const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
    countSql = `SELECT json_build_object(${tables
      .map(({ name }) => `'${name.replace(/'/g, "''")}', (SELECT count(*) FROM ${q(name)})`)
      .join(", ")}, 'session.turnCount', (SELECT "turnCount" FROM "TutoringSession" WHERE "id" = $1)) AS "counts"`;
  }
  const rows = await prisma.$queryRawUnsafe<{ counts: Record<string, number> }[]>(countSql, sessionId);
  return rows[0]?.counts ?? {};
}

function changedKeys(a: Record<string, number>, b: Record<string, number>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => Number(a[k]) !== Number(b[k]));
}

/** Request bodies a client may send; `headers` overrides the defaults (same origin, JSON). */
interface BodyCase {
  name: string;
  headers?: Record<string, string | null>;
  body?: () => BodyInit | ReadableStream | undefined;
}

const json = (v: unknown) => () => JSON.stringify(v);
const validTurn = (extra: Record<string, unknown> = {}) =>
  json({
    kind: "message",
    text: "12",
    idempotencyKey: `fuzz-${Math.random().toString(36).slice(2)}`,
    seq: 1,
    ...extra,
  });

function deepNesting(depth: number): string {
  return `${"[".repeat(depth)}${"]".repeat(depth)}`;
}

const BODIES: BodyCase[] = [
  { name: "no body", headers: { "content-type": null } },
  { name: "empty json", body: () => "" },
  { name: "truncated json", body: () => '{"kind":"message","text":"1' },
  { name: "json null", body: json(null) },
  { name: "json array", body: json([1, 2, 3]) },
  { name: "json number", body: json(1) },
  { name: "json string", body: json("message") },
  { name: "missing fields", body: json({ kind: "message" }) },
  { name: "wrong types", body: json({ kind: "message", text: 5, idempotencyKey: [], seq: "x" }) },
  { name: "unknown kind", body: json({ kind: "reveal", idempotencyKey: "fuzz-key-unknown" }) },
  {
    name: "only controls in text",
    body: json({ kind: "message", text: "\u0000\u0001\u001b\u007f\u0085\u009b", idempotencyKey: "fuzz-ctl-01" }),
  },
  { name: "controls in key", body: json({ kind: "hint", idempotencyKey: "fuzz-\u001b[31m-key" }) },
  { name: "NUL in key", body: json({ kind: "message", text: "12", idempotencyKey: "fuzz\u0000key-01" }) },
  { name: "text too long", body: json({ kind: "message", text: "1".repeat(2000), idempotencyKey: "fuzz-long-01" }) },
  { name: "short key", body: json({ kind: "hint", idempotencyKey: "k" }) },
  { name: "stale seq", body: validTurn({ seq: 99_999 }) },
  { name: "negative seq", body: validTurn({ seq: -1 }) },
  { name: "float seq", body: validTurn({ seq: 1.5 }) },
  { name: "prototype keys", body: () => '{"__proto__":{"admin":true},"constructor":{"prototype":{}},"kind":"hint"}' },
  { name: "deep nesting", body: () => deepNesting(100_000) },
  { name: "invalid utf-8", body: () => new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  { name: "cross-site origin", headers: { origin: "https://evil.example" }, body: validTurn() },
  { name: "null origin", headers: { origin: "null" }, body: validTurn() },
  { name: "bad origin", headers: { origin: "::::" }, body: validTurn() },
  { name: "sec-fetch-site cross-site", headers: { origin: null, "sec-fetch-site": "cross-site" }, body: validTurn() },
  { name: "text/plain", headers: { "content-type": "text/plain" }, body: validTurn() },
  {
    name: "form-urlencoded",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: () => "kind=hint&idempotencyKey=fuzz-form-1",
  },
  {
    name: "64 KB declared",
    body: () => JSON.stringify({ kind: "message", text: "x".repeat(64 * 1024), idempotencyKey: "fuzz-big-01" }),
  },
  { name: "2 MB chunked", body: () => chunkedBody(2 * 1024 * 1024).stream },
  { name: "lying content-length", headers: { "content-length": "5" }, body: validTurn({ seq: 99_999 }) },
  { name: "junk content-length", headers: { "content-length": "-1, abc" }, body: validTurn({ seq: 99_999 }) },
  {
    name: "multipart garbage",
    headers: { "content-type": "multipart/form-data; boundary=zz" },
    body: () => "--zz\r\nnope",
  },
  { name: "multipart no boundary", headers: { "content-type": "multipart/form-data" }, body: () => "--zz--" },
  {
    name: "multipart wrong format",
    headers: { "content-type": null },
    body: () => {
      const f = new FormData();
      f.set("format", "\u0000");
      f.append("files", new File(["{"], "a.json"));
      return f;
    },
  },
  {
    name: "multipart broken bundle",
    headers: { "content-type": null },
    body: () => {
      const f = new FormData();
      f.set("format", "stepwise");
      f.append("files", new File(['{"format":"stepwise","version":1,"problemSets":[{"key":"\u0000"}]'], "a.json"));
      f.append("paths", "a.json");
      return f;
    },
  },
  {
    name: "multipart junk files",
    headers: { "content-type": null },
    body: () => {
      const f = new FormData();
      for (const format of ["oatutor", "mathdial", "class"]) f.append("format", format);
      f.append("files", new File(["\u0000\u0001,\u0002\n\u0000"], "x.csv"));
      f.append("files", new File(["not json\n{"], "x.jsonl"));
      f.append("skillModel", new File(["{"], "skills.json"));
      return f;
    },
  },
];

function safeEncode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return "bad-surrogate"; // a lone surrogate cannot be in a URL; the handler still gets it as a param
  }
}

const QUERIES = ["", "?student=\u0000", `?student=${"s".repeat(3000)}`, "?student=%00%ff", "?student=' OR 1=1 --"];

function makeRequest(url: string, method: string, c?: BodyCase): Request {
  const headers: Record<string, string> = { host: HOST, origin: ORIGIN, "content-type": "application/json" };
  for (const [k, v] of Object.entries(c?.headers ?? {})) {
    if (v === null) delete headers[k];
    else headers[k] = v;
  }
  const body = method === "GET" || method === "DELETE" ? undefined : c?.body?.();
  return new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
}

interface Tally {
  requests: number;
  byStatus: Record<string, number>;
  byRoute: Record<string, number>;
  failures: string[];
  maxMs: number;
}

async function call(
  t: Tally,
  route: Route,
  method: string,
  handler: Handler,
  params: Record<string, string>,
  url: string,
  c?: BodyCase,
) {
  let req: Request;
  try {
    req = makeRequest(url, method, c);
  } catch {
    return; // the platform refuses to build this request at all (e.g. a header value); nothing to send
  }
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<"hang">((resolve) => {
    timer = setTimeout(() => resolve("hang"), STEP_MS);
  });
  const label = `${method} ${route.pattern} ${JSON.stringify(params).slice(0, 60)} ${c?.name ?? ""}`;
  try {
    const res = await Promise.race([handler(req, { params: Promise.resolve(params) }), hang]);
    if (res === "hang") {
      t.failures.push(`hang: ${label}`);
      return;
    }
    const text = await readText(res, STEP_MS);
    t.requests++;
    t.byStatus[res.status] = (t.byStatus[res.status] ?? 0) + 1;
    t.byRoute[route.pattern] = (t.byRoute[route.pattern] ?? 0) + 1;
    if (res.status >= 500) t.failures.push(`${res.status}: ${label} ${text.slice(0, 100)}`);
    if (text === "<timeout>") t.failures.push(`body hang: ${label}`);
    else if (/something went wrong/i.test(text)) t.failures.push(`masked error: ${label}`);
  } catch (e) {
    t.failures.push(`threw: ${label} ${String(e).slice(0, 100)}`);
  } finally {
    clearTimeout(timer);
    t.maxMs = Math.max(t.maxMs, performance.now() - started);
  }
}

function countBy(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

describe("fuzz: every route handler", () => {
  it("answers malformed, oversized, wrong-typed and control-character input without a 5xx, a hang or a write", async () => {
    expect(routes.length).toBeGreaterThanOrEqual(7);
    const tally: Tally = { requests: 0, byStatus: {}, byRoute: {}, failures: [], maxMs: 0 };
    const before = await rowCounts();
    const started = performance.now();
    const roles: [string, string | null][] = [
      ["anonymous", null],
      ["student", cast.student.token],
      ["teacher", cast.teacher.token],
      ["admin", cast.admin.token],
      ["stale cookie", "not-a-real-session-token"],
    ];
    for (const route of routes) {
      for (const [method, handler] of Object.entries(route.handlers)) {
        if (!handler) continue;
        // Param sets: all valid, then each param junk in turn (the others valid).
        const paramSets: Record<string, string>[] = [Object.fromEntries(route.params.map((p) => [p, validParam(p)]))];
        for (const p of route.params)
          for (const junk of JUNK_IDS)
            paramSets.push(Object.fromEntries(route.params.map((q) => [q, q === p ? junk : validParam(q)])));
        for (const [, token] of roles) {
          actAs(token);
          for (const params of paramSets) {
            const groupBefore = await rowCounts();
            const url = ORIGIN + route.pattern.replace(/\[([^\]]+)\]/g, (_m, n: string) => safeEncode(params[n] ?? ""));
            if (method === "GET") {
              for (const q of QUERIES) await call(tally, route, method, handler, params, url + q);
            } else {
              // Every body with the valid params; a few bodies with each junk param.
              const bodies = params === paramSets[0] ? BODIES : BODIES.filter((_, i) => i % 6 === 0);
              for (const c of bodies) await call(tally, route, method, handler, params, url, c);
            }
            // Checked per route, method, caller and id set: a write names where it happened.
            const wrote = changedKeys(groupBefore, await rowCounts());
            if (wrote.length)
              tally.failures.push(
                `wrote ${wrote.join(",")}: ${method} ${route.pattern} ${JSON.stringify(params).slice(0, 60)}`,
              );
          }
        }
      }
    }
    const after = await rowCounts();
    const changed = changedKeys(before, after);
    console.log(
      `fuzz-routes: ${JSON.stringify({
        routes: routes.length,
        handlers: routes.reduce((n, r) => n + Object.keys(r.handlers).length, 0),
        requests: tally.requests,
        byStatus: tally.byStatus,
        byRoute: tally.byRoute,
        fivexx: tally.failures.filter((f) => /^5\d\d/.test(f)).length,
        failuresByRoute: countBy(tally.failures.map((f) => f.split(" ").slice(0, 3).join(" "))),
        failures: tally.failures.length,
        rowsChanged: changed,
        maxMs: Math.round(tally.maxMs),
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      })}`,
    );
    if (tally.failures.length) console.log([...new Set(tally.failures)].slice(0, 60).join("\n"));
    expect(tally.failures).toEqual([]);
    expect(changed).toEqual([]);
  });
});
