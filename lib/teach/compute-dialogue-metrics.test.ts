import { describe, expect, it } from "vitest";
import {
  averageHints,
  formatShare,
  metricsAtK,
  type StepRun,
  succeededWithin,
  summariseMoves,
  summariseSteps,
  toldWithin,
} from "./compute-dialogue-metrics";

const run = (solveK: number | null, tellK: number | null, over: Partial<StepRun> = {}): StepRun => ({
  sessionId: "s",
  problemId: "p1",
  stepIndex: 0,
  solveK,
  tellK,
  hints: 0,
  ...over,
});

describe("success@k and telling@k per step run", () => {
  const cases: [string, StepRun, number, boolean, boolean][] = [
    ["right first time, k=1", run(1, null), 1, true, false],
    ["solved on the 3rd tutor turn, k=2", run(3, null), 2, false, false],
    ["solved on the 3rd tutor turn, k=3", run(3, null), 3, true, false],
    ["told on the 4th, k=5", run(null, 4), 5, false, true],
    ["told on the 4th, k=3", run(null, 4), 3, false, false],
    ["still working", run(null, null), 5, false, false],
    ["told first, then solved (a later session state)", run(5, 2), 5, false, true],
    ["solved first, then told (should not happen; the first wins)", run(2, 4), 5, true, false],
  ];
  for (const [name, r, k, success, telling] of cases)
    it(name, () => {
      expect(succeededWithin(r, k)).toBe(success);
      expect(toldWithin(r, k)).toBe(telling);
    });

  it("aggregates rates over runs", () => {
    const runs = [run(1, null), run(2, null), run(null, 3), run(null, null)];
    expect(metricsAtK(runs, 1)).toEqual({ k: 1, runs: 4, success: 1, telling: 0, successRate: 0.25, tellingRate: 0 });
    expect(metricsAtK(runs, 3)).toMatchObject({ success: 2, telling: 1, successRate: 0.5, tellingRate: 0.25 });
    expect(metricsAtK([], 3)).toMatchObject({ runs: 0, successRate: null, tellingRate: null });
  });

  it("success@k and telling@k never decrease with k", () => {
    const runs = Array.from({ length: 40 }, (_, i) =>
      run(i % 3 === 0 ? null : (i % 5) + 1, i % 3 === 0 ? (i % 4) + 1 : null),
    );
    let prev = metricsAtK(runs, 1);
    for (let k = 2; k <= 6; k++) {
      const cur = metricsAtK(runs, k);
      expect(cur.success).toBeGreaterThanOrEqual(prev.success);
      expect(cur.telling).toBeGreaterThanOrEqual(prev.telling);
      expect(cur.success + cur.telling).toBeLessThanOrEqual(cur.runs);
      prev = cur;
    }
  });
});

describe("per-step summary and hints", () => {
  it("groups by problem and step with the average hints", () => {
    const runs = [
      run(1, null, { stepIndex: 1, hints: 0 }),
      run(null, 4, { stepIndex: 1, hints: 3 }),
      run(2, null, { stepIndex: 0, hints: 1 }),
      run(1, null, { problemId: "p0", hints: 2 }),
    ];
    const out = summariseSteps(runs, 3);
    expect(out.map((s) => [s.problemId, s.stepIndex, s.atK.runs, s.atK.success, s.atK.telling, s.avgHints])).toEqual([
      ["p0", 0, 1, 1, 0, 2],
      ["p1", 0, 1, 1, 0, 1],
      ["p1", 1, 2, 1, 0, 1.5],
    ]);
    expect(averageHints([])).toBeNull();
  });
});

describe("move distribution", () => {
  it("orders moves as the taxonomy, counts telling, shares of all tutor turns", () => {
    const d = summariseMoves([
      { problemId: "p", move: "telling", subMove: "reveal_answer", n: 2 },
      { problemId: "p", move: "focus", subMove: "guide_focus", n: 5 },
      { problemId: "q", move: "focus", subMove: "seek_strategy", n: 7 },
      { problemId: "q", move: "generic", subMove: "greeting", n: 4 },
      { problemId: "q", move: "telling", subMove: "reveal_strategy", n: 2 },
    ]);
    expect(d.total).toBe(20);
    expect(d.telling).toBe(4);
    expect(d.tellingRate).toBe(0.2);
    expect(d.moves.map((m) => [m.move, m.n])).toEqual([
      ["focus", 12],
      ["telling", 4],
      ["generic", 4],
    ]);
    expect(d.moves[0]?.subMoves.map((s) => s.subMove)).toEqual(["seek_strategy", "guide_focus"]);
  });

  it("no turns: no rate", () => {
    expect(summariseMoves([])).toEqual({ total: 0, telling: 0, tellingRate: null, moves: [] });
  });
});

describe("formatShare", () => {
  it.each([
    [null, "–"],
    [0, "0%"],
    [0.016, "1.6%"],
    [0.16, "16%"],
    [1, "100%"],
  ])("%s -> %s", (x, s) => {
    expect(formatShare(x)).toBe(s);
  });
  it.each([
    [null, "–"],
    [0.016, "1,6\u00a0%"],
    [0.42, "42\u00a0%"],
  ])("Spanish: %s -> %s", (x, s) => {
    expect(formatShare(x, "es")).toBe(s);
  });
});
