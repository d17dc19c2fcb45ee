import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/kt/simulate/create-rng";
import { makeCurriculum } from "@/lib/kt/simulate/make-curriculum";
import { makeTrainingRows } from "@/lib/kt/simulate/make-training-rows";
import type { KtRow } from "@/lib/kt/types";
import { ChainBkt, fitChainBkt } from "./chain-bkt";
import { SimpleBkt } from "./simple-bkt";

const DAY = 86_400_000;
const item = { itemId: "i", skills: ["A"] };

/** Students who move up a known chain (one skill "A"), answering from their state. */
function chainRows(
  students: number,
  tries: number,
  truth: { init: number[]; advance: number[]; success: number[] },
  seed: number,
) {
  const rng = createRng(seed);
  const rows: KtRow[] = [];
  for (let s = 0; s < students; s++) {
    let k = 0;
    let u = rng();
    while (k < truth.init.length - 1 && u > (truth.init[k] as number)) u -= truth.init[k++] as number;
    for (let i = 0; i < tries; i++) {
      rows.push({ student: `s${s}`, item, correct: rng() < (truth.success[k] as number), hintsUsed: 0, t: i * DAY });
      if (k < truth.advance.length && rng() < (truth.advance[k] as number)) k++;
    }
  }
  return rows;
}

describe("ChainBkt", () => {
  it("with two states it is BKT: the same predictions and P(learnt) as SimpleBkt, answer by answer", () => {
    const bkt = new SimpleBkt({ fallback: { prior: 0.2, learn: 0.15, guess: 0.25, slip: 0.08 } });
    const chain = new ChainBkt({ states: 2, fallback: { init: [0.8, 0.2], advance: [0.15], success: [0.25, 0.92] } });
    const a = bkt.initialState();
    const b = chain.initialState();
    for (const correct of [false, true, true, false, true, true, true, false, true]) {
      expect(chain.predict(b, item, 0)).toBeCloseTo(bkt.predict(a, item, 0), 12);
      bkt.update(a, item, { correct, hintsUsed: 0, t: 0 });
      chain.update(b, item, { correct, hintsUsed: 0, t: 0 });
      expect(chain.mastery(b, "A", 0)).toBeCloseTo(bkt.mastery(a, "A", 0), 12);
    }
  });

  it("moves up one state at a time: after one try from the bottom, nothing is in the top state of three", () => {
    const m = new ChainBkt({
      states: 3,
      fallback: { init: [1, 0, 0], advance: [0.5, 0.5], success: [0.2, 0.6, 0.95] },
    });
    const s = m.initialState();
    m.update(s, item, { correct: true, hintsUsed: 0, t: 0 });
    expect(m.mastery(s, "A", 0)).toBe(0);
    expect(m.distribution(s, "A", 0)).toEqual([0.5, 0.5, 0]);
    m.update(s, item, { correct: true, hintsUsed: 0, t: 0 });
    expect(m.mastery(s, "A", 0)).toBeGreaterThan(0);
    const d = m.distribution(s, "A", 0);
    expect(d.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
  });

  it("a success after hints counts as an error; forgetting pulls back toward the start, slower when consolidated", () => {
    const m = new ChainBkt({ states: 3, forgetPerDay: 1, consolidation: 2 });
    const a = m.update(m.initialState(), item, { correct: true, hintsUsed: 0, t: 0 });
    const b = m.update(m.initialState(), item, { correct: true, hintsUsed: 1, t: 0 });
    expect(m.predict(b, item, 0)).toBeLessThan(m.predict(a, item, 0));
    const often = m.initialState();
    for (let k = 0; k < 8; k++) m.update(often, item, { correct: true, hintsUsed: 0, t: 0 });
    const start = m.config.fallback.init[2] as number;
    const kept = (s: typeof a) => (m.mastery(s, "A", 2 * DAY) - start) / (m.mastery(s, "A", 0) - start);
    expect(kept(often)).toBeCloseTo(Math.exp(-2 / 17), 6);
    expect(m.mastery(often, "A", 2 * DAY)).toBeLessThan(m.mastery(often, "A", 0));
  });

  it("EM recovers a known three-state chain from its students' answers", () => {
    const truth = { init: [0.8, 0.15, 0.05], advance: [0.12, 0.08], success: [0.15, 0.6, 0.95] };
    const model = fitChainBkt(chainRows(600, 40, truth, 7), 3, 60);
    const p = model.config.skills.A;
    expect(p).toBeDefined();
    if (!p) return;
    for (let k = 0; k < 3; k++)
      expect(Math.abs((p.success[k] as number) - (truth.success[k] as number))).toBeLessThan(0.06);
    for (let k = 0; k < 2; k++)
      expect(Math.abs((p.advance[k] as number) - (truth.advance[k] as number))).toBeLessThan(0.04);
    expect(Math.abs((p.init[0] as number) - 0.8)).toBeLessThan(0.08);
    // These students do not forget, a day apart between tries: the grid keeps forgetting negligible.
    expect(model.config.forgetPerDay / (1 + model.config.consolidation)).toBeLessThan(0.02);
  });

  it("fitted on simulated learners, the chain is ordered and the fit chooses consolidating forgetting", () => {
    const model = fitChainBkt(makeTrainingRows(makeCurriculum(3), 60, 11, 500), 3, 20);
    for (const p of Object.values(model.config.skills)) {
      expect(p.success[0]).toBeLessThan(p.success[1] as number);
      expect(p.success[1]).toBeLessThan(p.success[2] as number);
      expect(p.init.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
    }
    expect(model.config.forgetPerDay).toBeGreaterThan(0);
    expect(model.config.consolidation).toBeGreaterThan(0);
  });
});
