import { lexMath } from "./lex-math";
import { RunParser } from "./run-parser";
import type { NumberToken } from "./types";

/** A run before evaluation: its span, its numbers, and its mathjs source. */
export interface RunDraft {
  start: number;
  end: number;
  source: string;
  numbers: NumberToken[];
  hasVariable: boolean;
}

/** Every maximal stretch of arithmetic in a reading's text that holds at least one number. */
export function findMathRuns(text: string): RunDraft[] {
  const L = lexMath(text);
  const runs: RunDraft[] = [];
  let p = 0;
  while (p < L.length) {
    const parser = new RunParser(text, L);
    parser.p = p;
    if (parser.expr() && parser.p > p && parser.nums.length > 0) {
      const start = L[p]!.start;
      const end = L[parser.p - 1]!.end;
      runs.push({
        start,
        end,
        source: parser.src,
        numbers: parser.nums,
        hasVariable: parser.vars,
      });
      p = parser.p;
    } else p++;
  }
  return runs;
}
