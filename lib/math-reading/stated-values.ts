import { sameValue } from "./same-value";
import type { MathReading } from "./types";

/** Every value any run of the reading states, each once (see sameValue), in order of appearance. */
export function statedValues(reading: MathReading): number[] {
  const out: number[] = [];
  for (const run of reading.runs) {
    for (const v of run.values) if (!out.some((o) => sameValue(o, v))) out.push(v);
  }
  return out;
}
