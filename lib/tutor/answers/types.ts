export type Verdict = "correct" | "partial" | "incorrect" | "unparseable";

export interface CheckResult {
  verdict: Verdict;
  /**
   * For partial: why, in words a tutor can say without revealing the answer, e.g.
   * "right value, but give it as a fraction". Never contains the answer.
   */
  reason?: string;
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

export function partial(partialKind: string, reason: string, understood?: string): CheckResult {
  return { verdict: "partial", partialKind, reason, understood };
}

export function verdictOnly(verdict: "correct" | "incorrect", understood?: string): CheckResult {
  return { verdict, understood };
}
