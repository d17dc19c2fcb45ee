import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { userForSessionToken } from "@/lib/auth/session-user";
import { clearSignedInCacheForTests } from "@/lib/auth/signed-in-cache";
import { resetEnvForTests } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { processLinks } from "@/lib/lti/linked-users";
import { resetProcessWide } from "@/lib/process-wide";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { testDatabase } from "@/tests/test-db";
import {
  actAs,
  actingToken,
  type Cast,
  chunkedBody,
  events,
  HOST,
  jsonPost,
  ORIGIN,
  readText,
  routeContext,
  seedCast,
  useDatabase,
} from "./route-harness";

vi.mock("@/lib/db/client", async () => (await import("./route-harness")).dbModule());
vi.mock("next/headers", async () => (await import("./route-harness")).headersModule());

const { POST } = await import("@/app/api/sessions/[id]/turns/route");
const { answerOutsideNext, registerNodeRoutes } = await import("@/lib/http/node-routes");

// Every case runs twice: through Next's route, and as `npm start` serves it, over HTTP to a
// server that asks the route outside Next first (lib/http/node-routes.ts, decision 027) and gives
// Next what it declines (here: Next's route handler, which is what Next would call).
const DECLINED = 599;
/** Bytes the server had read from the last request's connection when its answer was sent. */
let readWhenAnswered = 0;
const server = http.createServer((req, res) => {
  res.once("finish", () => {
    readWhenAnswered = req.socket?.bytesRead ?? 0;
  });
  if (answerOutsideNext(req, res)) return;
  res.writeHead(DECLINED);
  res.end();
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let prisma: PrismaClient;
let cast: Cast;

beforeAll(async () => {
  prisma = await testDatabase();
  useDatabase(prisma);
  cast = await seedCast(prisma);
});

async function freshSession(): Promise<string> {
  return startTutoringSession(prisma, { studentId: cast.student.id, problemVersionId: cast.versionId });
}

type Answer = { status: number; text: string; type: string; headers: Record<string, string> };

async function viaNext(sessionId: string, request: Request): Promise<Answer> {
  const res = await POST(request, routeContext({ id: sessionId }));
  const text = await readText(res);
  return { status: res.status, text, type: res.headers.get("content-type") ?? "", headers: {} };
}

async function outsideNext(sessionId: string, request: Request): Promise<Answer> {
  const forNext = request.clone();
  const headers: Record<string, string> = {};
  request.headers.forEach((v, k) => {
    headers[k] = v;
  });
  const token = actingToken();
  if (token) headers.cookie = `theme=dark; stepwise_session=${token}`;
  const { port } = server.address() as AddressInfo;
  const answer = await new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: `/api/sessions/${encodeURIComponent(sessionId)}/turns`,
        headers,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => {
          text += c;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            text,
            type: String(res.headers["content-type"] ?? ""),
            headers: res.headers as Record<string, string>,
          }),
        );
      },
    );
    req.on("error", reject);
    if (request.body) Readable.fromWeb(request.body as never).pipe(req);
    else req.end();
  });
  return answer.status === DECLINED ? viaNext(sessionId, forNext) : answer;
}

let post: (sessionId: string, request: Request) => Promise<Answer>;

const stored = async (sessionId: string) => ({
  turns: await prisma.turn.count({ where: { sessionId } }),
  attempts: await prisma.attempt.count({ where: { sessionId } }),
});

describe.each([
  ["Next's route", viaNext],
  ["outside Next", outsideNext],
] as const)("the turn route (%s)", (_name, entry) => {
  beforeAll(() => {
    post = entry;
  });

  it("speaks the language the student chose on their account, though the session began in another", async () => {
    actAs(cast.student.token);
    const id = await freshSession();
    await prisma.user.update({ where: { id: cast.student.id }, data: { locale: "es" } });
    clearSignedInCacheForTests();
    try {
      const r = await post(
        id,
        jsonPost(`/api/sessions/${id}/turns`, { kind: "hint", idempotencyKey: "chosen-lang-01" }),
      );
      expect(r.status).toBe(200);
      const tutor = await prisma.turn.findFirstOrThrow({
        where: { sessionId: id, role: "tutor" },
        orderBy: { seq: "desc" },
      });
      expect(tutor.locale).toBe("es");
      const student = await prisma.turn.findFirstOrThrow({
        where: { sessionId: id, role: "student" },
        orderBy: { seq: "desc" },
      });
      expect(student.text).toBe("Una pista, por favor.");
    } finally {
      await prisma.user.update({ where: { id: cast.student.id }, data: { locale: null } });
      clearSignedInCacheForTests();
    }
  });

  describe("finding 1: the verdict never leaves before the turn is stored (route)", () => {
    it("a NUL byte in the answer: no verdict without a stored turn", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const r = await post(
        id,
        jsonPost(`/api/sessions/${id}/turns`, { kind: "message", text: "12\u0000", idempotencyKey: "nul-text-0001" }),
      );
      const after = await stored(id);
      if (r.status === 200) {
        const ev = events(r.text);
        // Whatever was said, it is on record: no error after the words, the pair and attempt stored.
        expect(ev.map((e) => e.type)).not.toContain("error");
        expect(ev.at(-1)?.type).toBe("done");
        expect(after).toEqual({ turns: 3, attempts: 1 });
        const student = await prisma.turn.findFirstOrThrow({ where: { sessionId: id, role: "student" } });
        expect(student.text).not.toContain("\u0000");
      } else {
        expect(r.status).toBe(400);
        expect(r.text).not.toMatch(/correct|multiple/i);
        expect(after).toEqual({ turns: 1, attempts: 0 });
      }
    });
  });

  describe("finding 2: the turn body is limited while it is read", () => {
    it("a chunked body with no Content-Length stops at the limit with 413", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const body = chunkedBody(8 * 1024 * 1024);
      const req = new Request(`${ORIGIN}/api/sessions/${id}/turns`, {
        method: "POST",
        headers: { host: HOST, origin: ORIGIN, "content-type": "application/json" },
        body: body.stream,
        duplex: "half",
      } as RequestInit);
      const r = await post(id, req);
      expect(r.status).toBe(413);
      // Stopped early, not read whole. Over HTTP the client pushes on into socket buffers after
      // the answer; what the server had read when it answered is what it held.
      if (entry === outsideNext) expect(readWhenAnswered).toBeLessThan(256 * 1024);
      else expect(body.pulled()).toBeLessThan(256 * 1024);
      expect(await stored(id)).toEqual({ turns: 1, attempts: 0 });
    });

    it("a declared Content-Length over the limit is refused before reading", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const text = "x".repeat(40 * 1024);
      const r = await post(
        id,
        jsonPost(`/api/sessions/${id}/turns`, { kind: "message", text, idempotencyKey: "big-key-01" }),
      );
      expect(r.status).toBe(413);
    });
  });

  describe("finding 3: cross-site requests and non-JSON bodies are refused", () => {
    const body = (key: string) => ({ kind: "message", text: "12", idempotencyKey: key });

    it("a cross-site Origin gets 403 and stores nothing", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const r = await post(
        id,
        jsonPost(`/api/sessions/${id}/turns`, body("csrf-key-001"), { origin: "https://evil.example" }),
      );
      expect(r.status).toBe(403);
      expect(await stored(id)).toEqual({ turns: 1, attempts: 0 });
    });

    it("no Origin but Sec-Fetch-Site: cross-site gets 403", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const req = new Request(`${ORIGIN}/api/sessions/${id}/turns`, {
        method: "POST",
        headers: { host: HOST, "content-type": "application/json", "sec-fetch-site": "cross-site" },
        body: JSON.stringify(body("csrf-key-002")),
      });
      const r = await post(id, req);
      expect(r.status).toBe(403);
      expect(await stored(id)).toEqual({ turns: 1, attempts: 0 });
    });

    it("a text/plain body (what a cross-site form can send) gets 415 and stores nothing", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const r = await post(
        id,
        jsonPost(`/api/sessions/${id}/turns`, body("csrf-key-003"), { "content-type": "text/plain;charset=UTF-8" }),
      );
      expect(r.status).toBe(415);
      expect(await stored(id)).toEqual({ turns: 1, attempts: 0 });
    });

    it("the same request from the app's own origin is answered (the control)", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const r = await post(id, jsonPost(`/api/sessions/${id}/turns`, body("csrf-key-004")));
      expect(r.status).toBe(200);
      expect(await stored(id)).toEqual({ turns: 3, attempts: 1 });
    });
  });

  describe("finding 4: a submit names the state it answers", () => {
    it("two tabs answer the same step with different keys: one is stored, the other gets 409 and the fresh view", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const [a, b] = await Promise.all(
        ["tab-a-key-1", "tab-b-key-1"].map((k) =>
          post(id, jsonPost(`/api/sessions/${id}/turns`, { kind: "message", text: "12", idempotencyKey: k, seq: 1 })),
        ),
      );
      const statuses = [a?.status, b?.status].sort();
      expect(statuses).toEqual([200, 409]);
      const conflict = [a, b].find((r) => r?.status === 409);
      const json = JSON.parse(conflict?.text ?? "{}");
      expect(json.code).toBe("conflict");
      expect(json.message).toMatch(/another tab/);
      expect(json.view.turnCount).toBe(3);
      expect(json.view.turns).toHaveLength(3);
      const attempts = await prisma.attempt.findMany({ where: { sessionId: id } });
      expect(attempts.map((x) => [x.correct, x.firstAttempt])).toEqual([[true, true]]);
    });

    it("a retry with the same key after the state moved still replays the stored reply", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const req = () =>
        jsonPost(`/api/sessions/${id}/turns`, { kind: "message", text: "12", idempotencyKey: "retry-key-1", seq: 1 });
      const first = await post(id, req());
      const again = await post(id, req());
      expect([first.status, again.status]).toEqual([200, 200]);
      expect(events(again.text).at(-1)).toMatchObject({ type: "done", replayed: true });
      expect(await stored(id)).toEqual({ turns: 3, attempts: 1 });
    });
  });

  describe("finding 5: bad ids are a 4xx, never a 5xx", () => {
    it("a NUL byte in the idempotency key is a 400", async () => {
      actAs(cast.student.token);
      const id = await freshSession();
      const r = await post(
        id,
        jsonPost(`/api/sessions/${id}/turns`, { kind: "message", text: "12", idempotencyKey: "key\u0000-nul-1" }),
      );
      expect(r.status).toBe(400);
      expect(await stored(id)).toEqual({ turns: 1, attempts: 0 });
    });

    it("a NUL byte (or other junk) in the session id is a 404", async () => {
      actAs(cast.student.token);
      for (const bad of ["abc\u0000def", "x".repeat(5000), "%00", "../../etc/passwd"]) {
        const r = await post(
          bad,
          jsonPost("/api/sessions/x/turns", { kind: "message", text: "12", idempotencyKey: "nul-id-key-1" }),
        );
        expect(r.status, JSON.stringify(bad.slice(0, 20))).toBe(404);
      }
    });
  });

  it("answers with the API's security headers and no-store (outside Next: as next.config.ts gives them)", async () => {
    actAs(cast.student.token);
    const id = await freshSession();
    const r = await post(
      id,
      jsonPost(`/api/sessions/${id}/turns`, { kind: "message", text: "12", idempotencyKey: "hdr-key-01" }),
    );
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/x-ndjson; charset=utf-8");
    if (entry === outsideNext) {
      expect(r.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["cache-control"]).toBe("no-store");
    }
  });

  it("a signed-out request gets 401 and stores nothing", async () => {
    actAs(null);
    const id = await freshSession();
    const r = await post(
      id,
      jsonPost(`/api/sessions/${id}/turns`, { kind: "message", text: "12", idempotencyKey: "anon-key-01" }),
    );
    expect(r.status).toBe(401);
    expect(JSON.parse(r.text).code).toBe("unauthenticated");
    expect(await stored(id)).toEqual({ turns: 1, attempts: 0 });
  });
});

describe("the sign-in lookup both doors use", () => {
  it("notes whether the user came from an LMS, so a turn's passback hook asks nothing more", async () => {
    clearSignedInCacheForTests();
    processLinks().clear();
    expect((await userForSessionToken(cast.student.token))?.id).toBe(cast.student.id);
    expect(processLinks().get(cast.student.id)).toBe(false);
  });
});

describe("registering the routes serve.mjs asks first", () => {
  const KEY = Symbol.for("stepwise.node-routes");
  const registered = () => (globalThis as unknown as Record<symbol, { answer?: unknown } | undefined>)[KEY];
  afterAll(() => {
    delete process.env.TURN_ROUTE_OUTSIDE_NEXT;
    resetEnvForTests();
    resetProcessWide("node-routes");
  });

  it("registers the turn and health routes by default, and none with TURN_ROUTE_OUTSIDE_NEXT=0", () => {
    for (const [value, expected] of [
      ["0", undefined],
      [undefined, answerOutsideNext],
      ["1", answerOutsideNext],
    ] as const) {
      resetProcessWide("node-routes");
      if (value === undefined) delete process.env.TURN_ROUTE_OUTSIDE_NEXT;
      else process.env.TURN_ROUTE_OUTSIDE_NEXT = value;
      resetEnvForTests();
      registerNodeRoutes();
      expect(registered()?.answer).toBe(expected);
    }
  });
});

describe("the health check outside Next", () => {
  it("answers GET /api/health with one database round trip, the API's headers and no-store", async () => {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    // Anything else under /api/health (a query, another method) is left to Next.
    for (const [method, path] of [
      ["GET", "/api/health?x=1"],
      ["POST", "/api/health"],
    ] as const)
      expect((await fetch(`http://127.0.0.1:${port}${path}`, { method })).status).toBe(DECLINED);
  });
});

describe("the node route and a body it refused unread", () => {
  it("answers 413 with Connection: close while the declared body is still arriving", async () => {
    // Once a body has arrived whole, keeping the connection is right; here the rest never comes.
    const id = await freshSession();
    const { port } = server.address() as AddressInfo;
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: `/api/sessions/${id}/turns`,
          headers: {
            host: HOST,
            origin: ORIGIN,
            "content-type": "application/json",
            "content-length": String(40 * 1024),
            cookie: `stepwise_session=${cast.student.token}`,
          },
        },
        resolve,
      );
      req.on("error", reject); // the server closing the connection after its answer: expected
      req.write('{"kind":"message","text":"');
    });
    res.resume();
    expect(res.statusCode).toBe(413);
    expect(res.headers.connection).toBe("close");
    expect(await stored(id)).toEqual({ turns: 1, attempts: 0 });
  });
});
