import { createHash } from "node:crypto";
import type { ProblemInput } from "./format";

/** Stable JSON (sorted keys) so that equal content always hashes the same. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function hashProblemContent(problem: Omit<ProblemInput, "key">): string {
  const { title, statement, steps, source } = problem;
  return createHash("sha256").update(stableStringify({ title, statement, steps, source })).digest("hex");
}
