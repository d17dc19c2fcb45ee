import { describe, expect, it } from "vitest";
import { computeMetrics } from "../eval/compute-metrics";
import { sigmoid } from "../math";
import { fitModel } from "./fit-model";
import { loadModel } from "./load-model";
import { makeSyntheticRows } from "./make-synthetic-rows";
import { readHidden, sequenceLogit, sequenceOffsets, trainSequence, updateHidden } from "./sequence-gru";
import { StepwiseModel } from "./stepwise-model";

const rows = makeSyntheticRows(40, 60, 2);
const opts = { hidden: 6, chunk: 10, batch: 4, learningRate: 0.02, seed: 1 };
let epochs = 0;
const gru = trainSequence(rows, opts, (epoch) => {
  epochs = epoch;
  return epoch < 3;
});

/** Predictions for every row, each before its own outcome is folded in. */
function walk(seq: typeof rows): number[] {
  const states = new Map<string, Record<string, number>>();
  return seq.map((r) => {
    const g = states.get(r.student) ?? {};
    states.set(r.student, g);
    const p = sigmoid(sequenceLogit(gru, readHidden(g, gru.hidden), r.item));
    updateHidden(gru, g, r.item, r.correct);
    return p;
  });
}

describe("sequence GRU", () => {
  it("stops when told and learns something about the training rows", () => {
    expect(epochs).toBe(3);
    expect(gru.weights.length).toBe(sequenceOffsets(6, gru.skillIndex.size, gru.itemIndex.size).size);
    const y = rows.map((r) => (r.correct ? 1 : 0));
    expect(computeMetrics(walk(rows), y).auc).toBeGreaterThan(0.6);
  });

  it("keeps its state as plain numbers h0..h<H-1>, and unseen skills and items still predict", () => {
    const g: Record<string, number> = {};
    updateHidden(gru, g, { itemId: "never", skills: ["never"] }, true);
    expect(Object.keys(g)).toEqual(["h0", "h1", "h2", "h3", "h4", "h5"]);
    expect(Number.isFinite(sequenceLogit(gru, readHidden(g, 6), { itemId: "x", skills: [] }))).toBe(true);
  });

  it("never reads the future: a prediction ignores later rows of the student", () => {
    const seq = rows.filter((r) => r.student === "s1");
    const flipped = seq.map((r, i) => (i >= 20 ? { ...r, correct: !r.correct } : r));
    expect(walk(flipped).slice(0, 21)).toEqual(walk(seq).slice(0, 21));
  });

  it("blends into the model, round-trips through JSON, and leaves mastery to the logistic part", () => {
    const base = fitModel(rows, { epochs: 2 });
    const both = new StepwiseModel(base.config, base.layout, base.weights, base.easiness, base.offsets, {
      model: gru,
      blend: 0.3,
    });
    const copy = loadModel(JSON.parse(JSON.stringify(both.toJSON())));
    const item = { itemId: "add-1", skills: ["add"] };
    const [s1, s2, s0] = [both.initialState(), copy.initialState(), base.initialState()];
    for (const m of [both, copy, base]) {
      const st = m === both ? s1 : m === copy ? s2 : s0;
      m.update(st, item, { correct: true, hintsUsed: 0, t: 0 });
    }
    expect(copy.predict(s2, item, 0)).toBeCloseTo(both.predict(s1, item, 0), 12);
    expect(both.predict(s1, item, 0)).not.toBeCloseTo(base.predict(s0, item, 0), 6);
    expect(both.mastery(s1, "add", 0)).toBeCloseTo(base.mastery(s0, "add", 0), 12);
    const json = both.toJSON() as { sequence: { weights: number[] } };
    expect(() => loadModel({ ...json, sequence: { ...json.sequence, weights: [1] } })).toThrow(/sequence.weights/);
  });
});
