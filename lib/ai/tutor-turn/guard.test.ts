import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentBundle } from "@/lib/content/format";
import {
  correctStudent,
  hintSeekerStudent,
  nonsenseStudent,
  playProblem,
  wrongFirstStudent,
} from "@/lib/tutor/play-problem";
import type { TutorProblem } from "@/lib/tutor/types";
import { textRefused } from "./guard";

/** The demo content's problems, as the engine sees them. */
function loadDemoProblems(): { key: string; problem: TutorProblem }[] {
  const dir = path.resolve(__dirname, "../../../content/demo");
  return ["fractions.json", "linear-equations.json", "ratios-percentages.json"].flatMap((file) =>
    contentBundle
      .parse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))
      .problemSets.flatMap((set) => set.problems.map((p) => ({ key: p.key, problem: p as TutorProblem }))),
  );
}

describe("the model guard on the embedded engine's own turns", () => {
  // The embedded engine says only what code decided, so its words must pass the guard as if a
  // model had written them (built without the draft itself): any refusal here is over-blocking
  // that a well-behaved model restating the same content would suffer.
  it("refuses none of the demo content's non-reveal turns", () => {
    const flagged: string[] = [];
    let checked = 0;
    for (const { key, problem } of loadDemoProblems()) {
      for (const student of [correctStudent, wrongFirstStudent, hintSeekerStudent, nonsenseStudent]) {
        const conversation: string[] = [];
        for (const { turn, decision, before, input } of playProblem(problem, student)) {
          if (input?.kind === "message") conversation.push(input.text);
          if (!decision.revealed) {
            checked++;
            const r = textRefused(turn.text, problem, decision, { before, conversation: [...conversation] });
            if (r) flagged.push(`${key}: ${r.reason} ${r.detail}: ${turn.text}`);
          }
          conversation.push(turn.text);
        }
      }
    }
    console.log(`strict guard on embedded turns: ${flagged.length} flagged of ${checked}`);
    expect(checked).toBeGreaterThan(200);
    expect(flagged).toEqual([]);
    // ~2,700 turns through the full guard: 30-70 s on a loaded 2-core machine.
  }, 240_000);
});
