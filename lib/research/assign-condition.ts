import { createHmac } from "node:crypto";

/**
 * Which condition a student gets in an experiment: HMAC-SHA256(salt, experiment id + student id)
 * read as a number u in [0, 1), and the condition whose share of the cumulative weights holds u.
 * Stable (the same student, experiment and salt always give the same condition), independent
 * across experiments, and unpredictable without the per-deployment salt. The caller stores the
 * result on first exposure, so a later change of weights never moves a student (decision 025).
 */
export function assignCondition<C extends { id: string; weight: number }>(
  salt: string,
  experimentId: string,
  studentId: string,
  conditions: readonly C[],
): C {
  const usable = conditions.filter((c) => c.weight > 0);
  if (usable.length === 0) throw new Error("an experiment needs a condition with a positive weight");
  const digest = createHmac("sha256", salt).update(`${experimentId}\u0000${studentId}`).digest();
  // 48 bits: an exact integer in a double.
  const u = digest.readUIntBE(0, 6) / 2 ** 48;
  const total = usable.reduce((s, c) => s + c.weight, 0);
  let edge = 0;
  for (const c of usable) {
    edge += c.weight / total;
    if (u < edge) return c;
  }
  return usable[usable.length - 1] as C;
}
