import "server-only";
import { generateText } from "ai";
import { env } from "@/lib/env";
import { getTutorBackend } from "./provider";

export interface ConnectionCheck {
  backend: string;
  ok: boolean;
  message: string;
  latencyMs: number | null;
}

/** A one-line round trip to the configured model (admins' "Test connection"). */
export async function testModelConnection(): Promise<ConnectionCheck> {
  const backend = getTutorBackend();
  if (backend.kind === "embedded") {
    return {
      backend: backend.label,
      ok: true,
      message: "No model configured: the embedded engine needs no connection.",
      latencyMs: null,
    };
  }
  const started = performance.now();
  try {
    const r = await generateText({
      model: backend.model,
      prompt: "Reply with the single word OK.",
      maxOutputTokens: 8,
      maxRetries: 0,
      abortSignal: AbortSignal.timeout(env().AI_TIMEOUT_MS * 2),
    });
    const ms = Math.round(performance.now() - started);
    return {
      backend: backend.label,
      ok: true,
      message: `Connected: the model answered "${r.text.trim().slice(0, 40)}".`,
      latencyMs: ms,
    };
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0]?.slice(0, 200) : "unknown error";
    return { backend: backend.label, ok: false, message: `Could not reach the model: ${reason}`, latencyMs: null };
  }
}
