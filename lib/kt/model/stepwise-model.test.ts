import { describe, expect, it } from "vitest";
import type { KtItem, KtRow } from "../types";
import { fitModel } from "./fit-model";
import { loadModel } from "./load-model";
import { makeSyntheticRows } from "./make-synthetic-rows";
import { MODEL_VERSION, VERSION_1_FEATURES } from "./stepwise-model";

const rows = makeSyntheticRows(60, 40);
const model = fitModel(rows, { epochs: 4 });
const add: KtItem = { itemId: "add-0", skills: ["add"] };

/** Predictions for one student's rows, each made before the row is observed. */
function walk(m: ReturnType<typeof fitModel>, seq: readonly KtRow[]): number[] {
  const state = m.initialState();
  return seq.map((r) => {
    const p = m.predict(state, r.item, r.t);
    m.update(state, r.item, { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t });
    return p;
  });
}

describe("StepwiseModel", () => {
  it("never reads the future: predictions up to t ignore rows after t", () => {
    const seq = rows.filter((r) => r.student === "s3");
    const t = 20;
    // Rows after t replaced entirely: predictions for rows 0..t are unchanged.
    const altered = seq.map((r, i) =>
      i > t ? { ...r, correct: !r.correct, item: { itemId: "z", skills: ["mul"] } } : r,
    );
    expect(walk(model, altered).slice(0, t + 1)).toEqual(walk(model, seq).slice(0, t + 1));
    // Outcomes from row t on flipped: the prediction for row t itself is unchanged too.
    const flipped = seq.map((r, i) => (i >= t ? { ...r, correct: !r.correct } : r));
    expect(walk(model, flipped).slice(0, t + 1)).toEqual(walk(model, seq).slice(0, t + 1));
    expect(walk(model, flipped)[t + 1]).not.toEqual(walk(model, seq)[t + 1]);
  });

  it("predict leaves the state unchanged", () => {
    const state = model.initialState();
    model.update(state, add, { correct: true, hintsUsed: 0, t: 0 });
    const before = JSON.stringify(state);
    model.predict(state, { itemId: "mul-1", skills: ["mul", "add"] }, 0);
    model.mastery(state, "mul", 0);
    expect(JSON.stringify(state)).toBe(before);
  });

  it("mastery stays in [0, 1], rises with each success, and less after hints", () => {
    const plain = model.initialState();
    const hinted = model.initialState();
    let last = model.mastery(plain, "add", 0);
    for (let i = 0; i < 8; i++) {
      model.update(plain, add, { correct: true, hintsUsed: 0, t: 0 });
      model.update(hinted, add, { correct: true, hintsUsed: 1, t: 0 });
      const m = model.mastery(plain, "add", 0);
      expect(m).toBeGreaterThanOrEqual(last);
      expect(m).toBeLessThanOrEqual(1);
      last = m;
      const h = model.mastery(hinted, "add", 0);
      expect(h).toBeGreaterThanOrEqual(0);
      if (m < 1) expect(h).toBeLessThan(m);
    }
    const fresh = model.mastery(model.initialState(), "add", 0);
    expect(model.mastery(hinted, "add", 0)).toBeGreaterThan(fresh);
    expect(last).toBeGreaterThan(0.9);
  });

  it("a multi-skill item moves the mastery of every skill it carries", () => {
    const state = model.initialState();
    const before = ["add", "sub"].map((s) => model.mastery(state, s, 0));
    model.update(state, { itemId: "add-sub0", skills: ["add", "sub"] }, { correct: true, hintsUsed: 0, t: 0 });
    expect(model.mastery(state, "add", 0)).toBeGreaterThan(before[0]!);
    expect(model.mastery(state, "sub", 0)).toBeGreaterThan(before[1]!);
  });

  it("describes each skill with readable parameters", () => {
    const views = model.describe();
    expect(views.map((v) => v.skill).sort()).toEqual(["add", "div", "mul", "sub"]);
    const add = views.find((v) => v.skill === "add")!.params;
    const div = views.find((v) => v.skill === "div")!.params;
    expect(add.pCorrectFresh).toBeGreaterThan(div.pCorrectFresh!); // div is the hardest skill
    for (const key of [
      "easiness",
      "perSuccess",
      "perFailure",
      "recency",
      "guessLike",
      "slipLike",
      "successesToMaster",
    ]) {
      expect(Number.isFinite(add[key])).toBe(true);
    }
    expect(add.perSuccess).toBeGreaterThanOrEqual(0);
  });

  it("round-trips through JSON: loadModel(toJSON()) predicts identically", () => {
    const copy = loadModel(JSON.parse(JSON.stringify(model.toJSON())));
    const seq = rows.filter((r) => r.student === "s7");
    expect(walk(copy, seq)).toEqual(walk(model, seq));
    expect(copy.describe()).toEqual(model.describe());
    expect(() => loadModel({ kind: "bkt" })).toThrow(/unknown model kind/);
    expect(() => loadModel({ ...(model.toJSON() as object), version: 4 })).toThrow(/unsupported version 4/);
    expect(() => loadModel({ ...(model.toJSON() as object), weights: [1, 2] })).toThrow(/weights must be a list/);
  });
});

describe("fitModel with little data", () => {
  it("loads a version-1 model (stored before the extra features) as it was fitted", () => {
    const old = fitModel(rows, { epochs: 2, ...VERSION_1_FEATURES });
    const json: Record<string, unknown> = { ...(old.toJSON() as Record<string, unknown>), version: 1 };
    // Version 1 stored no extra-feature settings at all.
    const config = { ...(json.config as Record<string, unknown>) };
    for (const k of Object.keys(VERSION_1_FEATURES)) delete config[k];
    const loaded = loadModel({ ...json, config });
    expect(loaded.layout.extra).toEqual([]);
    const seq = rows.filter((r) => r.student === "s2");
    expect(walk(loaded, seq)).toEqual(walk(old, seq));
    expect((model.toJSON() as { version: number }).version).toBe(MODEL_VERSION);
  });

  it("gives a usable prior with no data at all (unseen skills, items and students)", () => {
    const prior = fitModel([]);
    const state = prior.initialState();
    const p0 = prior.predict(state, { itemId: "new", skills: ["fractions"] }, 0);
    expect(p0).toBeGreaterThan(0.5);
    expect(p0).toBeLessThan(0.8);
    const m0 = prior.mastery(state, "fractions", 0);
    for (let i = 0; i < 3; i++)
      prior.update(state, { itemId: `f${i}`, skills: ["fractions"] }, { correct: true, hintsUsed: 0, t: 0 });
    expect(prior.mastery(state, "fractions", 0)).toBeGreaterThan(m0);
    expect(prior.predict(state, { itemId: "new", skills: ["fractions"] }, 0)).toBeGreaterThan(p0);
    expect(prior.describe()).toEqual([]);
  });

  it("fits a handful of students on few items to sensible, finite parameters", () => {
    const few = makeSyntheticRows(4, 12, 9);
    const m = fitModel(few);
    for (const v of m.describe()) for (const x of Object.values(v.params)) expect(Number.isFinite(x)).toBe(true);
    const state = m.initialState();
    const ps = few.slice(0, 12).map((r) => {
      const p = m.predict(state, r.item, 0);
      m.update(state, r.item, { correct: r.correct, hintsUsed: 0, t: 0 });
      return p;
    });
    for (const p of ps) {
      expect(p).toBeGreaterThan(0.05);
      expect(p).toBeLessThan(0.98);
    }
    const fresh = m.initialState();
    const before = m.mastery(fresh, "add", 0);
    m.update(fresh, add, { correct: true, hintsUsed: 0, t: 0 });
    expect(m.mastery(fresh, "add", 0)).toBeGreaterThan(before);
  });
});
