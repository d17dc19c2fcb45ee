import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readKtFile } from "@/lib/kt/data/read-kt-file";
import { assignBktParams, type BktSkillParams, drawBktLearner, fitBktPool } from "./bkt-learner";
import { createRng } from "./create-rng";
import { makeCurriculum } from "./make-curriculum";

const c = makeCurriculum(3, { skills: 6, levels: 2, problems: 12 });
const uniform = (p: BktSkillParams) => c.skills.map(() => p);
const stepOf = (skill: string) => ({ itemId: "x", skills: [skill], offset: 0 });

describe("plain BKT learner", () => {
  it("learns at the given rate: known after n opportunities with P = 1 - (1 - prior)(1 - learn)^n", () => {
    const params = uniform({ prior: 0.1, learn: 0.2, guess: 0.2, slip: 0.1 });
    const rng = createRng(1);
    const n = 4000;
    const known = [0, 0, 0];
    for (let k = 0; k < n; k++) {
      const l = drawBktLearner(c, params, rng);
      for (let opp = 0; opp < 3; opp++) {
        if (l.skillMastered(0, 0)) known[opp] = (known[opp] as number) + 1;
        l.attempt(stepOf("s0"), opp, rng);
      }
    }
    for (let opp = 0; opp < 3; opp++) expect((known[opp] as number) / n).toBeCloseTo(1 - 0.9 * 0.8 ** opp, 1);
  });

  it("answers with 1 - slip when the skill is known and with guess when not; the post-test follows", () => {
    const rng = createRng(2);
    const never = drawBktLearner(c, uniform({ prior: 0, learn: 0, guess: 0.25, slip: 0.1 }), rng);
    const always = drawBktLearner(c, uniform({ prior: 1, learn: 0, guess: 0.25, slip: 0.1 }), rng);
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < 4000; k++) {
      lo += never.attempt(stepOf("s1"), k, rng).correct ? 1 : 0;
      hi += always.attempt(stepOf("s1"), k, rng).correct ? 1 : 0;
    }
    expect(lo / 4000).toBeCloseTo(0.25, 1);
    expect(hi / 4000).toBeCloseTo(0.9, 1);
    expect(never.postTest(0)).toBeCloseTo(0.25, 6);
    expect(always.postTest(0)).toBeCloseTo(0.9, 6);
    expect(never.allMastered(0)).toBe(false);
    expect(always.allMastered(0)).toBe(true);
  });

  it("maps fitted parameter sets onto the curriculum with higher priors earlier in the course", () => {
    const pool = [0.2, 0.5, 0.8, 0.3, 0.6, 0.7].map((prior) => ({ prior, learn: 0.1, guess: 0.2, slip: 0.1 }));
    const params = assignBktParams(c, pool, createRng(4));
    expect(params).toHaveLength(c.skills.length);
    expect(new Set(params.map((p) => p.prior))).toEqual(new Set(pool.map((p) => p.prior)));
    const byLevel = (lv: number) => c.skills.flatMap((s, i) => (s.level === lv ? [params[i]?.prior ?? 0] : []));
    expect(Math.min(...byLevel(0))).toBeGreaterThanOrEqual(Math.max(...byLevel(1)));
  });
});

const TRAIN = path.resolve(
  import.meta.dirname,
  "../../../../shared/data/kt/assist2009/gervet/preprocessed_data_train.csv",
);

describe.skipIf(!existsSync(TRAIN))("BKT parameters fitted on ASSISTments 2009", () => {
  it("keeps enough well-identified skills, none degenerate", () => {
    const pool = fitBktPool(readKtFile("gervet", TRAIN).rows);
    expect(pool.length).toBeGreaterThan(30);
    for (const p of pool) {
      expect(p.guess).toBeLessThanOrEqual(0.4);
      expect(p.slip).toBeLessThanOrEqual(0.3);
      expect(p.learn).toBeGreaterThanOrEqual(0.02);
      expect(p.prior).toBeGreaterThan(0);
    }
  });
});
