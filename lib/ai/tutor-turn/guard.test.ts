import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentBundle } from "@/lib/content/format";
import { textRevealsAnswer } from "@/lib/tutor/answers";
import {
  correctStudent,
  hintSeekerStudent,
  nonsenseStudent,
  playProblem,
  wrongFirstStudent,
} from "@/lib/tutor/play-problem";
import type { TutorProblem } from "@/lib/tutor/types";
import { textLeaks } from "./guard";

/** The demo content's problems, as the engine sees them. */
function loadDemoProblems(): { key: string; problem: TutorProblem }[] {
  const dir = path.resolve(__dirname, "../../../content/demo");
  return ["fractions.json", "linear-equations.json", "ratios-percentages.json"].flatMap((file) =>
    contentBundle
      .parse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))
      .problemSets.flatMap((set) => set.problems.map((p) => ({ key: p.key, problem: p as TutorProblem }))),
  );
}

describe("textLeaks (strict) on the embedded engine's own turns", () => {
  // The embedded engine never states an open answer, so any flag here is a false positive of
  // the decoded readings (and would cost a regeneration and a fallback in production).
  it("flags none of the demo content's non-reveal turns that the plain checker passes", () => {
    const flagged: string[] = [];
    let checked = 0;
    for (const { key, problem } of loadDemoProblems()) {
      for (const student of [correctStudent, wrongFirstStudent, hintSeekerStudent, nonsenseStudent]) {
        for (const { turn, decision } of playProblem(problem, student)) {
          const plain = problem.steps.some((s, i) => i >= decision.stepIndex && textRevealsAnswer(s.answer, turn.text));
          if (decision.revealed || plain) continue;
          checked++;
          if (textLeaks(turn.text, problem, decision)) flagged.push(`${key}: ${turn.text}`);
        }
      }
    }
    console.log(`strict guard on embedded turns: ${flagged.length} flagged of ${checked}`);
    expect(checked).toBeGreaterThan(200);
    expect(flagged).toEqual([]);
  });
});
