import { MockLanguageModelV3, simulateReadableStream } from "ai/test";

type StreamPart = Parameters<typeof simulateReadableStream>[0]["chunks"][number];

/**
 * An AI SDK mock model that streams `reply` (the model's raw text: JSON for a structured turn)
 * in small chunks, or misbehaves: throws, never answers, or answers with invalid JSON.
 */
export function mockTurnModel(
  reply: string | ((prompt: string) => string),
  opts: { chunk?: number; delayMs?: number; initialDelayMs?: number; fail?: "throw" | "hang" } = {},
): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    provider: "mock",
    modelId: "mock-tutor",
    doStream: async (options) => {
      if (opts.fail === "throw") throw new Error("provider exploded (500)");
      const prompt = JSON.stringify(options.prompt);
      const text = typeof reply === "function" ? reply(prompt) : reply;
      const size = opts.chunk ?? 7;
      const deltas: StreamPart[] = [];
      for (let i = 0; i < text.length; i += size)
        deltas.push({ type: "text-delta", id: "t", delta: text.slice(i, i + size) } as StreamPart);
      const chunks = [
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "t" },
        ...deltas,
        { type: "text-end", id: "t" },
        {
          type: "finish",
          finishReason: { unified: "stop", raw: "stop" },
          usage: {
            inputTokens: {
              total: Math.ceil(prompt.length / 4),
              noCache: undefined,
              cacheRead: undefined,
              cacheWrite: undefined,
            },
            outputTokens: { total: Math.ceil(text.length / 4), text: undefined, reasoning: undefined },
          },
        },
      ] as StreamPart[];
      return {
        stream: simulateReadableStream({
          chunks,
          initialDelayInMs: opts.fail === "hang" ? 60_000 : (opts.initialDelayMs ?? null),
          chunkDelayInMs: opts.delayMs ?? null, // null: no timer per chunk (0 would still be a setTimeout)
        }),
      } as Awaited<ReturnType<MockLanguageModelV3["doStream"]>>;
    },
  });
}

/** The JSON a well-behaved model returns for the given codes and text. */
export function turnJson(
  codes: { evaluation: string; action: number; stepState: string; move: string; subMove: string },
  text: string,
): string {
  return JSON.stringify({ ...codes, text });
}
