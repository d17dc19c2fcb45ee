import { describe, expect, it } from "vitest";
import { demoProblems } from "@/tests/demo-problems";
import { addFractions, everyKind } from "./fixtures";
import { playProblem, rehearsalStudent } from "./play-problem";
import { evaluationLabel } from "./types";

describe("rehearsalStudent (the server's warm-up at start)", () => {
  const problems = [addFractions, everyKind, ...demoProblems()];

  it.each(problems.map((p) => [p.title, p] as const))("plays %s to the end", (_title, problem) => {
    const played = playProblem(problem, rehearsalStudent, 40);
    expect(played.at(-1)?.decision.next.finished).toBe(true);
  });

  it("on every step: a message that is no answer, a wrong answer, a hint, then the right answer", () => {
    for (const problem of problems) {
      const played = playProblem(problem, rehearsalStudent, 40);
      for (let step = 0; step < problem.steps.length; step++) {
        const evaluations = played
          .filter((p) => p.input !== null && p.before.stepIndex === step)
          .map((p) => `${p.input?.kind}:${evaluationLabel[p.decision.evaluation]}`);
        expect(evaluations.slice(0, 3).map((e) => e.split(":")[0])).toEqual(["message", "message", "hint"]);
        expect(evaluations[0]).not.toMatch(/:correct$/);
        expect(evaluations[1]).toMatch(/:(incorrect|partially correct)$/);
        expect(evaluations.at(-1)).toMatch(/:correct$/);
      }
    }
  });
});
