import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local OpenAI-compatible chat server for wire tests: the real provider, real HTTP and SSE,
 * and a "model" that copies the codes and the rule-based draft out of the tutor prompt (so a
 * well-behaved reply passes the guard), or misbehaves on demand. Dependency-free, so the
 * browser tests can start it with tsx.
 */
export type FakeMode = "ok" | "500" | "hang" | "invalid-json" | "leak" | "wrong-codes" | "slow-first-token";

export interface FakeModeSettings {
  mode: FakeMode;
  /** The sentence a "leak" reply states. */
  leak?: string;
  /** How long "slow-first-token" waits before the first chunk. */
  delayMs?: number;
}

export interface FakeOpenAIOptions {
  port?: number;
  /** Pause between streamed chunks. */
  chunkDelayMs?: number;
  /** Characters per streamed chunk. */
  chunkSize?: number;
  /** Like api.openai.com: send usage only when the client asks with stream_options.include_usage. */
  strictUsage?: boolean;
}

export interface FakeOpenAI {
  url: string;
  port: number;
  setMode(mode: FakeMode | FakeModeSettings): void;
  /** Chat completion requests received so far. */
  readonly requests: number;
  /** The last chat completion request body, as sent (for replaying it with a raw fetch). */
  readonly lastBody: string | null;
  /** Responses still open (a hung stream the client has not aborted yet). */
  readonly openResponses: number;
  close(): Promise<void>;
}

interface ChatBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: { role: string; content: unknown }[];
}

const MARKER = /\[\[fake:([a-z0-9-]+)(?::([^\]]*))?\]\]/;
const CODES = /evaluation=(\w+)\b.*?action=(\d+)\b.*?stepState=(\w+)\b.*?move=(\w+), subMove=(\w+)/;
const DRAFT = /rule-based engine \(you may improve it, keep its content\): (.*)$/m;

function readText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p?.text === "string" ? p.text : "")).join("");
  return "";
}

/** The reply a model in this mode would write, read from the prompt the client sent. */
export function writeReply(body: ChatBody, settings: FakeModeSettings): string {
  const messages = body.messages ?? [];
  const system = messages
    .filter((m) => m.role === "system")
    .map((m) => readText(m.content))
    .join("\n");
  const m = CODES.exec(system);
  const codes = m
    ? { evaluation: m[1], action: Number(m[2]), stepState: m[3], move: m[4], subMove: m[5] }
    : { evaluation: "g", action: 12, stepState: "w", move: "generic", subMove: "general_inquiry" };
  const draft = DRAFT.exec(system)?.[1] ?? "Let's keep going.";
  if (settings.mode === "invalid-json")
    return `Sure! Here is the turn: evaluation ${codes.evaluation}, and the text is "${draft}`;
  if (settings.mode === "wrong-codes") {
    const wrong = { ...codes, evaluation: codes.evaluation === "b" ? "a" : "b", action: codes.action === 3 ? 1 : 3 };
    return JSON.stringify({ ...wrong, text: `[model] ${draft}` });
  }
  const text =
    settings.mode === "leak"
      ? `[model] ${settings.leak ?? "The answer is 12."}`
      : `[model] Thanks for telling me. ${draft}`;
  return JSON.stringify({ ...codes, text });
}

/** The mode for one request: a "[[fake:mode(:arg)]]" marker in the last user message wins. */
function pickMode(body: ChatBody, current: FakeModeSettings): FakeModeSettings {
  const last = [...(body.messages ?? [])].reverse().find((m) => m.role === "user");
  const marker = last ? MARKER.exec(readText(last.content)) : null;
  if (!marker) return current;
  const mode = marker[1] as FakeMode;
  if (mode === "leak") return { mode, leak: marker[2] || undefined };
  if (mode === "slow-first-token") return { mode, delayMs: marker[2] ? Number(marker[2]) : undefined };
  return { mode };
}

const countTokens = (s: string) => Math.max(1, Math.ceil(s.length / 4));

export async function startFakeOpenAI(opts: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const chunkDelay = opts.chunkDelayMs ?? 5;
  const chunkSize = opts.chunkSize ?? 12;
  let settings: FakeModeSettings = { mode: "ok" };
  let requests = 0;
  let lastBody: string | null = null;
  const open = new Set<ServerResponse>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  // Timers are tracked so close() can cancel a stream mid-flight; a response closed by the
  // client resolves the wait early so nothing is written to a dead socket.
  const wait = (ms: number, res: ServerResponse) =>
    new Promise<void>((resolve) => {
      if (ms <= 0 || res.destroyed) return resolve();
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
      res.once("close", () => {
        clearTimeout(t);
        timers.delete(t);
        resolve();
      });
    });

  async function answerChat(res: ServerResponse, raw: string): Promise<void> {
    let body: ChatBody;
    try {
      body = JSON.parse(raw) as ChatBody;
    } catch {
      return sendJson(res, 400, { error: { message: "invalid JSON body", type: "invalid_request_error", code: null } });
    }
    requests++;
    lastBody = raw;
    const s = pickMode(body, settings);
    if (s.mode === "500") {
      return sendJson(res, 500, {
        error: { message: "The server had an error (fake).", type: "server_error", code: null },
      });
    }
    if (s.mode === "hang") return; // left open until the client aborts or close() runs
    const id = `chatcmpl-fake${requests}`;
    const created = Math.floor(Date.now() / 1000);
    const model = body.model ?? "fake-model";
    const content = writeReply(body, s);
    const usage = {
      prompt_tokens: countTokens(raw),
      completion_tokens: countTokens(content),
      total_tokens: countTokens(raw) + countTokens(content),
    };
    if (!body.stream) {
      const message = { role: "assistant", content };
      return sendJson(res, 200, {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [{ index: 0, message, finish_reason: "stop" }],
        usage,
      });
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    res.flushHeaders();
    const send = (data: unknown) => !res.destroyed && res.write(`data: ${JSON.stringify(data)}\n\n`);
    const chunk = (delta: object, finish: string | null, extra: object = {}) =>
      send({
        id,
        object: "chat.completion.chunk",
        created,
        model,
        choices: [{ index: 0, delta, finish_reason: finish }],
        ...extra,
      });
    if (s.mode === "slow-first-token") await wait(s.delayMs ?? 2000, res);
    for (let i = 0; i < content.length && !res.destroyed; i += chunkSize) {
      chunk(
        i === 0
          ? { role: "assistant", content: content.slice(i, i + chunkSize) }
          : { content: content.slice(i, i + chunkSize) },
        null,
      );
      await wait(chunkDelay, res);
    }
    const withUsage = !opts.strictUsage || body.stream_options?.include_usage === true;
    chunk({}, "stop", withUsage ? { usage } : {});
    if (!res.destroyed) res.end("data: [DONE]\n\n");
  }

  const server = createServer((req, res) => {
    open.add(res);
    res.once("close", () => open.delete(res));
    const url = (req.url ?? "").split("?")[0];
    if (req.method === "GET" && url === "/v1/models") {
      return sendJson(res, 200, {
        object: "list",
        data: [{ id: "fake-model", object: "model", created: 0, owned_by: "stepwise-tests" }],
      });
    }
    if (req.method !== "POST" || url !== "/v1/chat/completions") {
      return sendJson(res, 404, {
        error: { message: `No route ${req.method} ${url}`, type: "invalid_request_error", code: null },
      });
    }
    const parts: Buffer[] = [];
    req.on("data", (b: Buffer) => parts.push(b));
    req.on("end", () => {
      answerChat(res, Buffer.concat(parts).toString("utf8")).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    setMode: (m) => {
      settings = typeof m === "string" ? { mode: m } : m;
    },
    get requests() {
      return requests;
    },
    get lastBody() {
      return lastBody;
    },
    get openResponses() {
      return open.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(data));
}
