import { describe, expect, it } from "vitest";
import { encodeFeatures, maxEntries } from "./encode-features";
import { buildLayout, extraNames, kindOf } from "./feature-layout";
import { DEFAULT_CONFIG, type ModelConfig } from "./model-config";
import { VERSION_1_FEATURES } from "./stepwise-model";
import { createState, itemKeys, updateStudent } from "./update-student";

const cfg = DEFAULT_CONFIG;
const item = { itemId: "i1", skills: ["a", "b"] };

/** The extra block's values for attempting `it` now, by name. */
function extras(c: ModelConfig, state: ReturnType<typeof createState>, it: typeof item) {
  const layout = buildLayout(c, ["a", "b"], ["i1", "i2"]);
  const sink = { idx: new Int32Array(maxEntries(2)), val: new Float64Array(maxEntries(2)) };
  const n = encodeFeatures(layout, c, state, it.skills, it.itemId, sink, 0);
  const out: Record<string, number> = {};
  for (let q = 0; q < n; q++) {
    const x = sink.idx[q]! - layout.extraBase;
    if (x >= 0 && x < layout.extra.length) out[layout.extra[x]!] = sink.val[q]!;
  }
  return out;
}

describe("extra features (item history, per-skill ability, overall recency, settled ability)", () => {
  it("counts repeats of the same item under its first skill, credit for hinted successes", () => {
    const state = createState();
    updateStudent(cfg, state, item, { correct: false, hintsUsed: 0, t: 0 }, 0);
    updateStudent(cfg, state, item, { correct: true, hintsUsed: 1, t: 0 }, 0);
    const [ks, kf] = itemKeys("i1");
    expect(state.skills.a![kf]).toBe(1);
    expect(state.skills.a![ks]).toBe(cfg.hintCredit);
    expect(state.skills.b![ks]).toBeUndefined();
    const x = extras(cfg, state, item);
    expect(x.itemFailures).toBeCloseTo(Math.log1p(1));
    expect(x.itemSuccesses).toBeCloseTo(Math.log1p(cfg.hintCredit));
    // Another item of the same skills has no history of its own.
    expect(extras(cfg, state, { itemId: "i2", skills: ["a", "b"] }).itemFailures).toBeUndefined();
  });

  it("per-skill ability and overall recency rise after a success and fall after a failure", () => {
    const up = createState();
    updateStudent(cfg, up, item, { correct: true, hintsUsed: 0, t: 0 }, 0);
    const down = createState();
    updateStudent(cfg, down, item, { correct: false, hintsUsed: 0, t: 0 }, 0);
    expect(up.skills.a!.th).toBeGreaterThan(0);
    expect(down.skills.a!.th).toBeLessThan(0);
    expect(up.global.ge).toBeCloseTo(1 - cfg.globalDecay);
    expect(down.global.ge).toBeCloseTo(-(1 - cfg.globalDecay));
    const x = extras(cfg, up, item);
    expect(x.skillTheta).toBeCloseTo(up.skills.a!.th!); // mean over the item's two skills
    expect(x.globalRecency).toBeCloseTo(up.global.ge!);
    // The settled ability's first step is a full Elo step (1 / (1 + rate·0)).
    expect(up.global.ts).toBeCloseTo(0.5);
    expect(x.settledTheta).toBeCloseTo(0.5);
  });

  it("adds nothing with the version-1 settings: same layout and state as before the features", () => {
    const v1 = { ...cfg, ...VERSION_1_FEATURES };
    expect(extraNames(v1)).toEqual([]);
    const a = buildLayout(v1, ["a"], ["i1"]);
    expect(a.extraBase).toBe(a.sharedBase);
    const state = createState();
    updateStudent(v1, state, item, { correct: true, hintsUsed: 0, t: 0 }, 0);
    expect(Object.keys(state.skills.a!).sort()).toEqual(["e", "f", "last", "n", "pat", "s"]);
    expect(state.global.ge).toBeUndefined();
  });

  it("treats per-skill ability as knowledge and the rest as momentary (for mastery)", () => {
    const layout = buildLayout(cfg, ["a"], ["i1"]);
    const kinds = layout.extra.map((name, x) => [name, kindOf(layout, layout.extraBase + x)]);
    expect(Object.fromEntries(kinds)).toEqual({
      itemSuccesses: "momentary",
      itemFailures: "momentary",
      skillTheta: "knowledge",
      globalRecency: "momentary",
      settledTheta: "knowledge",
    });
  });
});
