import { describe, expect, it } from "vitest";
import { NOW, prob, stubModel } from "@/lib/kt/pick/test-fixtures";
import type { PickInput } from "@/lib/kt/pick/types";
import type { PickerPolicy } from "@/lib/research/experiment-schemas";
import { pickByPolicy } from "./choose-next-problem";

// The score rule practises B here (its predicted success is nearer the 0.7 target); the detector
// says B is learnt and A is not, so the gain rule practises A. Which one an arm picks shows which
// rule it runs.
const base: PickInput = {
  problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
  prerequisites: {},
  model: stubModel({ A: 0.3, B: 0.5 }),
  state: { skills: {}, global: {} },
  now: NOW,
};
const detector = { learnt: { A: 0.4, B: 0.97 } };

const withDetector = { ...base, ...detector };
const cases: { name: string; policy: PickerPolicy; input: PickInput; expect: string }[] = [
  {
    name: "adaptive with a detector: the gain rule on its P(learnt)",
    policy: "adaptive",
    input: withDetector,
    expect: "pA",
  },
  { name: "adaptive without one (no current fit): the score rule", policy: "adaptive", input: base, expect: "pB" },
  { name: "adaptive_score ignores the detector", policy: "adaptive_score", input: withDetector, expect: "pB" },
  { name: "easier ignores the detector", policy: "easier", input: withDetector, expect: "pB" },
  { name: "adaptive_no_review ignores the detector", policy: "adaptive_no_review", input: withDetector, expect: "pB" },
];

describe("pickByPolicy: which rule each experiment arm runs", () => {
  it.each(cases)("$name", (c) => {
    const pick = pickByPolicy(c.input, c.policy);
    expect(pick.problemId).toBe(c.expect);
    expect(pick.kind).toBe("learn");
  });
});
