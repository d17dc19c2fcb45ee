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

// The demo has one problem on its first skill; every other problem waits for it as a
// prerequisite, so the picker chose the problem just finished again and again.
describe("pickByPolicy: not the problem just finished, while anything else can be picked", () => {
  const gated: PickInput = {
    problems: [prob("parts", [["P"]], 0), prob("equiv", [["E"]], 1), prob("simplify", [["S"]], 2)],
    prerequisites: { E: ["P"], S: ["E"] },
    model: stubModel({ P: 0.3, E: 0.1, S: 0.1 }),
    state: { skills: {}, global: {} },
    now: NOW,
  };
  const justDone = { recent: [{ problemId: "parts", completedAt: NOW - 60_000 }], avoidLast: 0 };
  it.each<[string, PickerPolicy, PickInput]>([
    ["score rule", "adaptive", gated],
    ["gain rule", "adaptive", { ...gated, learnt: { P: 0.3, E: 0.05, S: 0.05 } }],
    ["easier", "easier", gated],
  ])("%s: the finished problem is not picked again straight away", (_n, policy, input) => {
    expect(pickByPolicy(input, policy).problemId).toBe("parts");
    const next = pickByPolicy({ ...input, ...justDone }, policy);
    expect(next.problemId).not.toBeNull();
    expect(next.problemId).not.toBe("parts");
  });

  it("the only problem there is comes again; a pin is kept as set", () => {
    const one: PickInput = { ...gated, problems: [prob("parts", [["P"]], 0)], prerequisites: {} };
    expect(pickByPolicy({ ...one, ...justDone }, "adaptive").problemId).toBe("parts");
    const pinned = pickByPolicy({ ...gated, ...justDone, pins: ["parts"] }, "adaptive");
    expect(pinned).toMatchObject({ problemId: "parts", kind: "pinned" });
  });
});
