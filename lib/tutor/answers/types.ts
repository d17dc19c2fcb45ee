/** Options for checkAnswer. */
export interface CheckOptions {
  /** The student's language (a locale code such as "es"); default "en". */
  locale?: string;
}

export type Verdict = "correct" | "partial" | "incorrect" | "unparseable";

export interface CheckResult {
  verdict: Verdict;
  /**
   * For partial: why, in words a tutor can say without revealing the answer, e.g.
   * "right value, but give it as a fraction". Never contains the answer.
   */
  reason?: string;
  /** The reason as a message key under "answers." (e.g. "answers.simplifyFraction"), for the reader's language. */
  reasonKey?: string;
  /** The key's ICU arguments. */
  reasonValues?: Record<string, string | number>;
  /** Machine-readable partial reason: "form" | "unit" | "parts" | "simplify" | "sign" | "order". */
  partialKind?: string;
  /** What we understood the student to say, normalised ("0.75", "x = 4"); undefined if unparseable. */
  understood?: string;
  /**
   * For partial "form": the step's work is still to do (5/8 where fortieths are asked for,
   * 3.14159 where 2 decimal places are, 1.414 where sqrt(2) is), so a text saying this does
   * not reveal the answer.
   */
  workLeft?: boolean;
}

export function unparseable(): CheckResult {
  return { verdict: "unparseable" };
}

/** A partial reason: the English sentence (for tests and the model prompt) and its message key. */
export interface Reason {
  text: string;
  /** A key under "answers." whose English message renders `text` with `values`. */
  key: string;
  values?: Record<string, string | number>;
}

export function reason(key: string, text: string, values?: Record<string, string | number>): Reason {
  return values ? { text, key, values } : { text, key };
}

export function partial(partialKind: string, why: Reason, understood?: string): CheckResult {
  const r: CheckResult = { verdict: "partial", partialKind, reason: why.text, reasonKey: why.key, understood };
  if (why.values) r.reasonValues = why.values;
  return r;
}

/** The reason of a partial result, to pass on (a list's one partial part). */
export function reasonOf(r: CheckResult): Reason | null {
  if (!r.reason || !r.reasonKey) return null;
  return { text: r.reason, key: r.reasonKey, ...(r.reasonValues ? { values: r.reasonValues } : {}) };
}

export function verdictOnly(verdict: "correct" | "incorrect", understood?: string): CheckResult {
  return { verdict, understood };
}
