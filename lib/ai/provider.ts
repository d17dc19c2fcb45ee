import "server-only";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import { env } from "@/lib/env";

/**
 * The one place that chooses a model. None configured: the embedded engine (the default).
 * Keys are read here, on the server, and never leave it.
 */
export type TutorBackend =
  | { kind: "embedded"; label: string }
  | { kind: "llm"; provider: string; modelId: string; label: string; model: LanguageModel };

let override: TutorBackend | null = null;

/** Tests swap in the AI SDK's mock models here. */
export function setTutorBackendForTests(backend: TutorBackend | null): void {
  override = backend;
}

export function getTutorBackend(): TutorBackend {
  if (override) return override;
  const e = env();
  if (e.AI_PROVIDER === "none") return { kind: "embedded", label: "embedded engine (no model configured)" };
  const modelId = e.AI_MODEL ?? defaultModel(e.AI_PROVIDER);
  const model = createModel(e.AI_PROVIDER, modelId, e.AI_BASE_URL, e.AI_API_KEY);
  return { kind: "llm", provider: e.AI_PROVIDER, modelId, label: `${e.AI_PROVIDER}/${modelId}`, model };
}

function defaultModel(provider: string): string {
  if (provider === "openai") return "gpt-4o-mini";
  if (provider === "anthropic") return "claude-3-5-haiku-latest";
  throw new Error("AI_MODEL is required for an OpenAI-compatible server (e.g. llama3.1:8b for Ollama).");
}

function createModel(provider: string, modelId: string, baseURL?: string, apiKey?: string): LanguageModel {
  switch (provider) {
    case "openai":
      return createOpenAI({ apiKey, baseURL })(modelId);
    case "anthropic":
      return createAnthropic({ apiKey, baseURL })(modelId);
    case "openai-compatible":
      if (!baseURL)
        throw new Error("AI_BASE_URL is required for AI_PROVIDER=openai-compatible (e.g. http://127.0.0.1:11434/v1).");
      return createOpenAICompatible({ name: "openai-compatible", baseURL, apiKey, supportsStructuredOutputs: true })(
        modelId,
      );
    default:
      throw new Error(`Unknown AI_PROVIDER ${provider}`);
  }
}
