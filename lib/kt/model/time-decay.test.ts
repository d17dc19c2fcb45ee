import { describe, expect, it } from "vitest";
import type { KtItem, KtRow } from "../types";
import { encodeFeatures, hoursSince, maxEntries } from "./encode-features";
import { buildLayout } from "./feature-layout";
import { fitModel, PRIOR_SHARED } from "./fit-model";
import { loadModel } from "./load-model";
import { makeSyntheticRows } from "./make-synthetic-rows";
import { DEFAULT_CONFIG } from "./model-config";
import { VERSION_2_FEATURES } from "./stepwise-model";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);
const add: KtItem = { itemId: "add-0", skills: ["add"] };
const rows = makeSyntheticRows(40, 30);

/** The same rows with real times: one attempt a minute, a new day every 10 attempts. */
function timed(rs: readonly KtRow[]): KtRow[] {
  const k = new Map<string, number>();
  return rs.map((r) => {
    const i = k.get(r.student) ?? 0;
    k.set(r.student, i + 1);
    return { ...r, t: T0 + Math.floor(i / 10) * DAY + (i % 10) * 60_000 };
  });
}

/** Predictions for one student's rows (each before the row is observed). */
function walk(m: ReturnType<typeof fitModel>, seq: readonly KtRow[]): number[] {
  const state = m.initialState();
  return seq.map((r) => {
    const p = m.predict(state, r.item, r.t);
    m.update(state, r.item, { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t });
    return p;
  });
}

describe("clock-time forgetting (config timeDecay)", () => {
  it("ln(1 + hours) since the skill's last attempt, 0 when a time is unknown or not later", () => {
    expect(hoursSince(T0, T0 + 3_600_000)).toBeCloseTo(Math.log(2));
    expect(hoursSince(0, T0)).toBe(0);
    expect(hoursSince(T0, 0)).toBe(0);
    expect(hoursSince(T0, T0 - DAY)).toBe(0);
  });

  it("predicts less success on a skill practised yesterday 30 days later (prior weight, no times in training)", () => {
    const model = fitModel(rows, { epochs: 2 });
    expect(model.weights[model.layout.sharedBase + model.layout.dense.indexOf("hoursSinceSkill")]).toBe(
      PRIOR_SHARED.hoursSinceSkill,
    );
    const state = model.initialState();
    for (let i = 0; i < 4; i++) model.update(state, add, { correct: true, hintsUsed: 0, t: T0 + i * 60_000 });
    const last = T0 + 3 * 60_000;
    const yesterday = model.predict(state, add, last + DAY);
    const month = model.predict(state, add, last + 31 * DAY);
    expect(yesterday).toBeGreaterThan(month + 0.02);
    expect(model.predict(state, add, last)).toBeGreaterThan(yesterday);
    // Predicted recall (mastery at a time) falls too; at the attempt's own time it is unchanged.
    expect(model.mastery(state, "add", last + DAY)).toBeGreaterThan(model.mastery(state, "add", last + 31 * DAY));
    expect(model.mastery(state, "add", last)).toBe(model.mastery(state, "add", 0));
  });

  it("changes nothing when all times are equal (or 0): same weights and predictions as without it", () => {
    const on = fitModel(rows, { epochs: 2 });
    const off = fitModel(rows, { epochs: 2, timeDecay: false });
    const same = rows.map((r) => ({ ...r, t: T0 }));
    const onSame = fitModel(same, { epochs: 2 });
    for (const s of ["s1", "s5"]) {
      const seq = rows.filter((r) => r.student === s);
      expect(walk(on, seq)).toEqual(walk(off, seq));
      expect(
        walk(
          onSame,
          same.filter((r) => r.student === s),
        ),
      ).toEqual(walk(off, seq));
    }
    expect(on.describe().map((v) => v.params.easiness)).toEqual(off.describe().map((v) => v.params.easiness));
  });

  it("learns the weight from timed data, kept ≤ 0", () => {
    const model = fitModel(timed(rows), { epochs: 2 });
    const j = model.layout.sharedBase + model.layout.dense.indexOf("hoursSinceSkill");
    expect(model.weights[j]).toBeLessThanOrEqual(0);
    for (const v of model.describe()) expect(v.params.hoursSinceSkill).toBeLessThanOrEqual(0);
  });

  it("writes the feature only when the time is known", () => {
    const layout = buildLayout(DEFAULT_CONFIG, ["add"], ["add-0"]);
    const model = fitModel([], {});
    const state = model.initialState();
    model.update(state, add, { correct: true, hintsUsed: 0, t: T0 });
    expect(state.skills.add?.tl).toBe(T0);
    const sink = { idx: new Int32Array(maxEntries(1)), val: new Float64Array(maxEntries(1)) };
    const count = (now: number) => encodeFeatures(layout, DEFAULT_CONFIG, state, ["add"], "add-0", sink, 0, now);
    expect(count(T0 + DAY)).toBe(count(0) + 1);
    const untimed = model.initialState();
    model.update(untimed, add, { correct: true, hintsUsed: 0, t: 0 });
    expect(untimed.skills.add?.tl).toBeUndefined();
  });

  it("loads a version-2 model (stored before clock-time forgetting) with it off, as fitted", () => {
    const old = fitModel(timed(rows), { epochs: 2, ...VERSION_2_FEATURES });
    const json = old.toJSON() as Record<string, unknown>;
    const config = { ...(json.config as Record<string, unknown>) };
    delete config.timeDecay;
    const loaded = loadModel({ ...json, version: 2, config });
    expect(loaded.config.timeDecay).toBe(false);
    expect(loaded.layout.dense).not.toContain("hoursSinceSkill");
    const seq = timed(rows).filter((r) => r.student === "s2");
    expect(walk(loaded, seq)).toEqual(walk(old, seq));
  });
});
