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

/**
 * The hash of a version's content. The language counts (English is left out, so content written
 * before languages existed hashes as it did); translations do not: they are not part of the
 * immutable version and are updated in place.
 */
export function hashProblemContent(problem: Omit<ProblemInput, "key">): string {
  const { title, statement, steps, source } = problem;
  const language = problem.language && problem.language !== "en" ? problem.language : undefined;
  return createHash("sha256").update(stableStringify({ title, statement, steps, source, language })).digest("hex");
}
