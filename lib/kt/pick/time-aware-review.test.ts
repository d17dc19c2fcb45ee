import { describe, expect, it } from "vitest";
import { fitModel } from "@/lib/kt/model/fit-model";
import type { KtItem } from "@/lib/kt/types";
import { chooseNext } from "./choose-next";
import type { PickInput, PickProblem } from "./types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 0, 5, 9);

function prob(id: string, skills: string[], position: number): PickProblem {
  return { id, setOrder: 0, position, steps: [{ itemId: `${id}-0`, skills }] };
}

/**
 * The product's setting: a student who mastered A (six straight successes at T0) and is close
 * to mastering B (one success: shown 0.90); the shown values are the model's mastery at each skill's last evidence (decision
 * 014), so they do not move with the clock. The model (no training data: clock-time forgetting
 * at its prior weight) predicts recall at `now`.
 */
function setting(now: number, extra: Partial<PickInput> = {}, timeDecay = true): PickInput {
  const model = fitModel([], { timeDecay });
  const state = model.initialState();
  const shown: Record<string, number> = {};
  const attempt = (item: KtItem, correct: boolean, t: number) => {
    model.update(state, item, { correct, hintsUsed: 0, t });
    for (const s of item.skills) shown[s] = model.mastery(state, s, t);
  };
  for (let i = 0; i < 6; i++) attempt({ itemId: `a${i}`, skills: ["A"] }, true, T0 + i * 60_000);
  attempt({ itemId: "b0", skills: ["B"] }, true, T0 + 7 * 60_000);
  return {
    // A has a fresh problem too: a done one is scored down (the "seen" weight).
    problems: [prob("pA", ["A"], 0), prob("pA2", ["A"], 2), prob("pB", ["B"], 1)],
    prerequisites: { B: ["A"] },
    model,
    state,
    now,
    mastery: shown,
    recent: [{ problemId: "pA", completedAt: T0 + 6 * 60_000 }],
    avoidLast: 0,
    ...extra,
  };
}

describe("time-aware review (predicted recall at now, shown values unchanged)", () => {
  it("the shown value of A is mastered and the same at any later time", () => {
    const a = setting(T0 + HOUR);
    const b = setting(T0 + 12 * DAY);
    expect(a.mastery?.A).toBeGreaterThanOrEqual(0.95);
    expect(b.mastery).toEqual(a.mastery);
    expect(a.model.mastery(a.state, "A", T0 + HOUR)).toBeGreaterThan(b.model.mastery(b.state, "A", T0 + 12 * DAY));
  });

  it("minutes after practice: A is not due; B (open, its prerequisite mastered) is learned", () => {
    expect(setting(T0).mastery?.B).toBeLessThan(0.95);
    const pick = chooseNext(setting(T0 + 10 * 60_000));
    expect(pick).toMatchObject({ problemId: "pB", kind: "learn" });
  });

  // A due skill competes by its predicted recall (here far below 0.95), an unmastered one by
  // its shown value (B: 0.90).
  it("20 days later: A is due for review and the reason says how long ago", () => {
    const input = setting(T0 + 6 * 60_000 + 20 * DAY);
    const pick = chooseNext(input);
    expect(pick).toMatchObject({ problemId: "pA2", kind: "review" });
    expect(pick.reason).toMatch(/Reviews A \(mastery 1\.00\): practised 20 days ago, predicted recall now 0\.\d\d/);
  });

  it("without time-aware review the same student learns B (the old behaviour)", () => {
    const pick = chooseNext(setting(T0 + 12 * DAY, { timeAwareReview: false }));
    expect(pick).toMatchObject({ problemId: "pB", kind: "learn" });
  });

  it("a model without clock-time forgetting (a version-2 model) never makes a skill due", () => {
    const pick = chooseNext(setting(T0 + 20 * DAY, {}, false));
    expect(pick).toMatchObject({ problemId: "pB", kind: "learn" });
  });

  it("a due prerequisite still passes: its dependent is not blocked by forgetting", () => {
    // Only B's problem is offered: A is due but has no problem, and B stays open.
    const input = setting(T0 + 12 * DAY);
    const pick = chooseNext({ ...input, problems: [prob("pB", ["B"], 1)] });
    expect(pick).toMatchObject({ problemId: "pB", kind: "learn" });
  });

  it("everything mastered: review the skill with the lower predicted recall first, saying when", () => {
    const model = fitModel([]);
    const state = model.initialState();
    const shown: Record<string, number> = {};
    // A practised 20 days ago, B 2 days ago; both mastered when last practised.
    for (const [skill, t] of [
      ["A", T0],
      ["B", T0 + 18 * DAY],
    ] as const) {
      for (let i = 0; i < 8; i++)
        model.update(state, { itemId: `${skill}${i}`, skills: [skill] }, { correct: true, hintsUsed: 0, t });
      shown[skill] = model.mastery(state, skill, t);
    }
    const now = T0 + 20 * DAY;
    const base: PickInput = {
      problems: [prob("pA", ["A"], 0), prob("pB", ["B"], 1)],
      prerequisites: {},
      model,
      state,
      now,
      mastery: shown,
      // Problem counts alone would favour A's problem as well; make B the longer-ago one by count.
      recent: [
        { problemId: "pB", completedAt: T0 - DAY },
        { problemId: "pA", completedAt: T0 },
        { problemId: "pB", completedAt: T0 + 18 * DAY },
      ],
      avoidLast: 0,
    };
    const pick = chooseNext(base);
    expect(pick.problemId).toBe("pA");
    expect(pick.kind).toBe("review");
    expect(pick.reason).toMatch(/20 days ago/);
  });
});
