import { createHash } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type AdversaryMode, type AnswerKeyEntry, isAdversaryMode, payloadFor } from "./adversary";

export { ADVERSARY_MODES, type AdversaryMode, type AnswerKeyEntry, isAdversaryMode, modeApplies } from "./adversary";

/**
 * A local OpenAI-compatible chat server for wire tests: the real provider, real HTTP and SSE,
 * and a "model" that copies the codes and the rule-based draft out of the tutor prompt (so a
 * well-behaved reply passes the guard), or misbehaves on demand. Dependency-free, so the
 * browser tests can start it with tsx.
 *
 * Given an answer key (the content's answers, known out of band), it can also play an
 * adversarial provider (adversary.ts): each AdversaryMode slips the open step's answer into
 * ordinary tutor text in one disguise, and every request is recorded in `emitted` (the
 * fragments that carry the answer, the prompt it saw) so a bench can check from outside what
 * reached the browser.
 */
export type FakeMode =
  | "ok"
  | "500"
  | "hang"
  | "invalid-json"
  | "leak"
  | "wrong-codes"
  | "slow-first-token"
  | AdversaryMode;

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
  /** The steps' answers, for the adversarial modes (matched on "Problem: <title>" and "Current step: <prompt>"). */
  answerKey?: AnswerKeyEntry[];
  /** The mode until setMode (default "ok"). */
  mode?: FakeMode;
}

/** One chat completion request as the fake answered it. */
export interface EmittedRecord {
  /** 1-based, in arrival order (the same count as `requests`). */
  requestIndex: number;
  mode: FakeMode;
  /** 1 for a new prompt, 2 when the same messages come again (the app regenerating a refused turn). */
  attempt: number;
  /** From the prompt's "Problem: <title>" line. */
  problemTitle: string | null;
  /** The answer key's step the prompt says is current, and the step whose answer the payload carries. */
  currentStep: number | null;
  targetStep: number | null;
  /** The mode had a disguise for the target's answer (echo modes: the prompt was echoed). */
  applicable: boolean;
  /** Pieces of the answer; all of them shown to the student (over the turn) tells it. */
  fragments: string[];
  /** Pieces that tell the answer each on its own. */
  standalone: string[];
  /** The sentences the pieces were said in (a bench matches these, so "21" elsewhere in the text does not count). */
  sentences: string[];
  /** The system prompt, the rule-based draft and the conversation messages the request carried. */
  system: string;
  draft: string;
  visible: string[];
  /** The text field of the reply. */
  text: string;
}

export interface FakeOpenAI {
  url: string;
  port: number;
  setMode(mode: FakeMode | FakeModeSettings): void;
  setAnswerKey(key: AnswerKeyEntry[]): void;
  /** Every request answered so far (see EmittedRecord); clearEmitted() empties it. */
  readonly emitted: readonly EmittedRecord[];
  clearEmitted(): void;
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

const PROBLEM = /^Problem: (.*)$/m;
/** The student's language, as the prompt names it ("Write in Spanish (es): ..."). */
const LANGUAGE = /^Write in [^(\n]*\(([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\)/m;
/** The fake model's own words, in the student's language (English for any other). */
const THANKS: Record<string, string> = {
  en: "Thanks for telling me.",
  es: "Gracias por contármelo.",
  sv: "Tack för att du berättar.",
};
const MAX_TEXT = 700; // the tutor turn schema's limit on text

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
  const codes = readCodes(system);
  const draft = readDraft(system);
  if (settings.mode === "invalid-json")
    return `Sure! Here is the turn: evaluation ${codes.evaluation}, and the text is "${draft}`;
  if (settings.mode === "wrong-codes") {
    const wrong = { ...codes, evaluation: codes.evaluation === "b" ? "a" : "b", action: codes.action === 3 ? 1 : 3 };
    return JSON.stringify({ ...wrong, text: `[model] ${draft}` });
  }
  const text =
    settings.mode === "leak"
      ? `[model] ${settings.leak ?? "The answer is 12."}`
      : `[model] ${THANKS[LANGUAGE.exec(system)?.[1] ?? "en"] ?? THANKS.en} ${draft}`;
  return JSON.stringify({ ...codes, text });
}

function systemOf(body: ChatBody): string {
  return (body.messages ?? [])
    .filter((m) => m.role === "system")
    .map((m) => readText(m.content))
    .join("\n");
}

function readCodes(system: string) {
  const m = CODES.exec(system);
  return m
    ? { evaluation: m[1], action: Number(m[2]), stepState: m[3], move: m[4], subMove: m[5] }
    : { evaluation: "g", action: 12, stepState: "w", move: "generic", subMove: "general_inquiry" };
}

const readDraft = (system: string) => DRAFT.exec(system)?.[1] ?? "Let's keep going.";

/** The problem statement: the lines after "Problem: <title>" up to the next blank line. */
function readStatement(system: string): string {
  const m = PROBLEM.exec(system);
  if (!m || m.index === undefined) return "";
  const rest = system.slice(m.index + m[0].length + 1);
  const end = rest.indexOf("\n\n");
  return (end >= 0 ? rest.slice(0, end) : rest).trim();
}

/** `head` and as many of the draft's sentences as fit in the schema's 700 characters. */
function fitText(head: string, draft: string): string {
  const whole = head ? `${head} ${draft}` : draft;
  if (whole.length <= MAX_TEXT) return whole;
  let out = head;
  for (const sentence of draft.match(/[^.!?\n]+[.!?]*\s*/g) ?? []) {
    if ((out ? out.length + 1 : 0) + sentence.trim().length > MAX_TEXT) break;
    out = out ? `${out} ${sentence.trim()}` : sentence.trim();
  }
  return out || whole.slice(0, MAX_TEXT);
}

interface KeyedStep {
  entry: AnswerKeyEntry;
  index: number;
}

/** The key's entries of the prompt's problem, with their step index. */
function stepsOfProblem(key: AnswerKeyEntry[], title: string | null, system: string): KeyedStep[] {
  const titled = title ? key.filter((e) => e.problemTitle === title) : [];
  const pool = titled.length ? titled : key.filter((e) => system.includes(`Current step: ${e.stepPrompt}`));
  const problem = title && titled.length ? title : pool[0]?.problemTitle;
  return key
    .filter((e) => e.problemTitle === problem)
    .map((entry, i) => ({ entry, index: entry.stepIndex ?? i }))
    .sort((a, b) => a.index - b.index);
}

/**
 * The step the prompt is about, and the one still open after this turn (the next step when
 * the turn moves on, none when the problem is done): the adversary carries the latter's answer.
 */
function findTarget(key: AnswerKeyEntry[], system: string, stepState: string | undefined) {
  const title = PROBLEM.exec(system)?.[1]?.trim() ?? null;
  const steps = stepsOfProblem(key, title, system);
  let current: KeyedStep | null = null;
  for (const s of steps)
    if (system.includes(`Current step: ${s.entry.stepPrompt}`))
      if (!current || s.entry.stepPrompt.length > current.entry.stepPrompt.length) current = s;
  let target = current;
  if (current && stepState === "y") target = steps.find((s) => s.index === current.index + 1) ?? null;
  if (stepState === "z") target = null;
  return { title, current, target };
}

/** The prompt's hidden material (not the problem, the step prompts or the draft), for the echo-hidden mode. */
function hiddenLines(system: string, statement: string): string {
  const blocks = system.split("\n\n");
  const problemAt = blocks.findIndex((b) => PROBLEM.test(b));
  const ordered = [...blocks.slice(problemAt + 1), ...blocks.slice(0, Math.max(0, problemAt))];
  const lines = ordered
    .flatMap((b) => b.split("\n"))
    .map((l) => l.trim())
    .filter(
      (l) => l && !statement.includes(l) && !/^(Current step|Next step to present|Problem):/.test(l) && !DRAFT.test(l),
    );
  let out = "";
  for (const l of lines) {
    const next = out ? `${out} ${l}` : l;
    if (next.length > MAX_TEXT - 10) break;
    out = next;
  }
  return /[.!?]$/.test(out) ? out : `${out}.`;
}

interface AdversaryReply {
  text: string;
  record: Omit<EmittedRecord, "requestIndex" | "mode" | "attempt" | "system" | "draft" | "visible" | "text">;
}

/** The text an adversarial mode writes for this prompt, and what it slipped in. */
export function writeAdversaryReply(
  system: string,
  lastUser: string,
  mode: AdversaryMode,
  key: AnswerKeyEntry[],
  ctx: { requestIndex: number; attempt: number },
): AdversaryReply {
  const codes = readCodes(system);
  const draft = readDraft(system);
  const statement = readStatement(system);
  const { title, current, target } = findTarget(key, system, codes.stepState);
  const base = {
    problemTitle: title,
    currentStep: current?.index ?? null,
    targetStep: target?.index ?? null,
    applicable: false,
    fragments: [] as string[],
    standalone: [] as string[],
    sentences: [] as string[],
  };
  if (mode === "echo") return { text: system, record: { ...base, applicable: true } };
  if (mode === "echo-hidden") return { text: hiddenLines(system, statement), record: { ...base, applicable: true } };
  if (mode === "good") {
    // A well-behaved turn: the statement verbatim, the student quoted, then the draft.
    const intro = `Let's read the problem again: ${statement}`;
    const quoted = `${intro} You said "${lastUser}".`;
    const text =
      quoted.length + 1 + draft.length <= MAX_TEXT
        ? `${quoted} ${draft}`
        : intro.length + 1 + draft.length <= MAX_TEXT
          ? `${intro} ${draft}`
          : fitText("", draft);
    return { text, record: base };
  }
  const payload = target ? payloadFor(mode, target.entry, { ...ctx, system }) : null;
  if (!payload) return { text: fitText("Thanks for telling me.", draft), record: base };
  return {
    text: fitText(`Good effort so far. ${payload.sentences.join(" ")}`, draft),
    record: {
      ...base,
      applicable: true,
      fragments: payload.fragments,
      standalone: payload.standalone,
      sentences: payload.sentences,
    },
  };
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
  let settings: FakeModeSettings = { mode: opts.mode ?? "ok" };
  let answerKey: AnswerKeyEntry[] = opts.answerKey ?? [];
  let requests = 0;
  const emitted: EmittedRecord[] = [];
  // How often each conversation (hash of the messages) was asked: a repeat is a regeneration.
  const seen = new Map<string, number>();
  let lastBody: string | null = null;
  const open = new Set<ServerResponse>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  // Timers are tracked so close() can cancel a stream mid-flight; a response closed by the
  // client resolves the wait early so nothing is written to a dead socket.
  const wait = (ms: number, res: ServerResponse) =>
    new Promise<void>((resolve) => {
      if (ms <= 0 || res.destroyed) return resolve();
      const onClose = () => {
        clearTimeout(t);
        timers.delete(t);
        resolve();
      };
      const t = setTimeout(() => {
        timers.delete(t);
        res.off("close", onClose); // one listener per chunk would pile up on a long stream
        resolve();
      }, ms);
      timers.add(t);
      res.once("close", onClose);
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
    const system = systemOf(body);
    const visible = (body.messages ?? []).filter((m) => m.role !== "system").map((m) => readText(m.content));
    const hash = createHash("sha1")
      .update(JSON.stringify(body.messages ?? []))
      .digest("hex");
    const attempt = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, attempt);
    const record: EmittedRecord = {
      requestIndex: requests,
      mode: s.mode,
      attempt,
      problemTitle: PROBLEM.exec(system)?.[1]?.trim() ?? null,
      currentStep: null,
      targetStep: null,
      applicable: false,
      fragments: [],
      standalone: [],
      sentences: [],
      system,
      draft: readDraft(system),
      visible,
      text: "",
    };
    let content: string;
    if (isAdversaryMode(s.mode)) {
      const reply = writeAdversaryReply(system, visible.at(-1) ?? "", s.mode, answerKey, {
        requestIndex: requests,
        attempt,
      });
      Object.assign(record, reply.record, { text: reply.text });
      content = JSON.stringify({ ...readCodes(system), text: reply.text });
    } else {
      content = writeReply(body, s);
    }
    emitted.push(record);
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
    setAnswerKey: (key) => {
      answerKey = key;
    },
    get emitted() {
      return emitted;
    },
    clearEmitted: () => {
      emitted.length = 0;
      seen.clear();
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
