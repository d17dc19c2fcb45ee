import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeMode,
  type FakeModeSettings,
  type FakeOpenAI,
  startFakeOpenAI,
} from "@/lib/ai/testing/fake-openai-server";
import { addFractions as problem } from "@/lib/tutor/fixtures";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState } from "@/lib/tutor/types";
import { generateTutorTurn } from "./generate-tutor-turn";
import { textRefused } from "./guard";

/**
 * The real provider over real HTTP/SSE against a local OpenAI-compatible server: what the
 * mock-model tests cannot show (the provider's parsing, aborts on a socket, usage chunks).
 */
let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());

/** The same construction as lib/ai/provider.ts. */
const realModel = (baseURL: string, includeUsage?: boolean) =>
  createOpenAICompatible({
    name: "openai-compatible",
    baseURL,
    apiKey: "test",
    supportsStructuredOutputs: true,
    includeUsage,
  })("fake-model");

async function runTurn(
  mode: FakeMode | FakeModeSettings,
  opts: { timeoutMs?: number; studentText?: string; baseURL?: string; includeUsage?: boolean } = {},
) {
  server.setMode(mode);
  // A wrong first answer: a three-sentence draft, and the answer (12) must not be revealed.
  const { turn: embedded, decision } = takeTurn(problem, initialState(), { kind: "message", text: "15" }, 1);
  const shown: string[] = [];
  const before = server.requests;
  const started = performance.now();
  const result = await generateTutorTurn({
    model: realModel(opts.baseURL ?? server.url, opts.includeUsage),
    label: "fake/fake-model",
    problem,
    decision,
    embedded,
    transcript: [],
    studentText: opts.studentText ?? "15",
    timeoutMs: opts.timeoutMs ?? 2000,
    onDelta: (t) => shown.push(t),
    onReset: () => shown.push("<reset>"),
  });
  const ms = performance.now() - started;
  return { result, shown, embedded, decision, ms, requests: server.requests - before };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("generateTutorTurn over the wire (real provider, fake OpenAI-compatible server)", () => {
  it("streams a checked model turn in several deltas, with tokens", async () => {
    const { result, shown } = await runTurn("ok");
    expect(result.engine).toBe("llm:fake/fake-model");
    expect(result.turn.text.startsWith("[model] ")).toBe(true);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.join("")).toBe(result.turn.text);
    expect(result.inputTokens).toBeGreaterThan(0);
    expect(result.outputTokens).toBeGreaterThan(0);
  });

  it("falls back on an HTTP 500 without retrying", async () => {
    const { result, embedded, requests } = await runTurn("500");
    expect(result.engine).toBe("fallback:error");
    expect(result.turn).toEqual(embedded);
    expect(requests).toBe(1);
  });

  it("times out a hung server within about timeoutMs, and the request is closed", async () => {
    const { result, ms } = await runTurn("hang", { timeoutMs: 300 });
    expect(result.engine).toBe("fallback:timeout");
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(1500);
    // The abort reached the socket: the server sees its hung response closed, nothing is left open.
    for (let i = 0; i < 40 && server.openResponses > 0; i++) await sleep(25);
    expect(server.openResponses).toBe(0);
  });

  it("close() ends a stream still hanging, so nothing keeps the process alive", async () => {
    const other = await startFakeOpenAI();
    other.setMode("hang");
    const pending = fetch(`${other.url}/chat/completions`, {
      method: "POST",
      body: '{"stream":true,"messages":[]}',
    }).then(
      () => "answered",
      () => "closed",
    );
    for (let i = 0; i < 40 && other.openResponses === 0; i++) await sleep(10);
    expect(other.openResponses).toBe(1);
    const t0 = performance.now();
    await other.close();
    expect(performance.now() - t0).toBeLessThan(500);
    expect(await pending).toBe("closed");
  });

  it("falls back on content that is not JSON", async () => {
    const { result } = await runTurn("invalid-json");
    expect(result.engine).toBe("fallback:malformed");
  });

  it("regenerates once after a leak, then falls back; the leak never reaches onDelta", async () => {
    const { result, shown, decision, requests } = await runTurn({
      mode: "leak",
      leak: "Good try. The answer is 12. Now go on.",
    });
    expect(result.engine).toBe("fallback:leak");
    expect(requests).toBe(2);
    expect(shown.join("")).not.toContain("answer is 12");
    for (const t of shown) expect(textRefused(t, problem, decision)).toBeNull();
  });

  it("refuses wrong codes (regenerating once)", async () => {
    const { result, requests } = await runTurn("wrong-codes");
    expect(result.engine).toBe("fallback:codes");
    expect(requests).toBe(2);
  });

  it("times out a first token slower than timeoutMs", async () => {
    const { result, ms } = await runTurn({ mode: "slow-first-token", delayMs: 1500 }, { timeoutMs: 300 });
    expect(result.engine).toBe("fallback:timeout");
    expect(ms).toBeLessThan(1400);
  });

  it("takes a per-request mode from a [[fake:…]] marker in the student's message", async () => {
    const { result } = await runTurn("ok", { studentText: "15 [[fake:500]]" });
    expect(result.engine).toBe("fallback:error");
  });

  it("gets no token counts from a server that sends usage only on request, unless includeUsage is set", async () => {
    const strict = await startFakeOpenAI({ strictUsage: true });
    try {
      const plain = await runTurn("ok", { baseURL: strict.url });
      expect(plain.result.engine).toBe("llm:fake/fake-model");
      expect(plain.result.inputTokens).toBeNull();
      const asked = await runTurn("ok", { baseURL: strict.url, includeUsage: true });
      expect(asked.result.inputTokens).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  });

  it("measures the latency our layer adds over the provider's own time (30 ok turns)", async () => {
    await runTurn("ok"); // warm-up, and the request body to replay
    const body = server.lastBody;
    expect(body).not.toBeNull();
    const provider: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      await res.text();
      provider.push(performance.now() - t0);
      const { result, ms } = await runTurn("ok");
      expect(result.engine).toBe("llm:fake/fake-model");
      ours.push(ms);
    }
    const q = (xs: number[], p: number) =>
      [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
    const [pm, p95, om, o95] = [q(provider, 0.5), q(provider, 0.95), q(ours, 0.5), q(ours, 0.95)];
    console.log(
      `wire latency, 30 ok turns: provider median ${pm.toFixed(1)} ms p95 ${p95.toFixed(1)} ms | ours median ${om.toFixed(1)} ms p95 ${o95.toFixed(1)} ms | ratio median ${(om / pm).toFixed(2)} p95 ${(o95 / p95).toFixed(2)} | added median ${(om - pm).toFixed(1)} ms`,
    );
    expect(om).toBeGreaterThanOrEqual(0);
    expect(pm).toBeGreaterThan(0);
  });
});
