import { describe, expect, it } from "vitest";
import { masteredProbability } from "./mastered-probability";

const curve = { at: [0.2, 0.6, 0.9], p: [0, 0.5, 0.9] };

describe("masteredProbability", () => {
  it.each([
    { m: 0.1, curve: undefined, p: 0.1 },
    { m: 1.2, curve: undefined, p: 1 },
    { m: 0.1, curve, p: 0 },
    { m: 0.4, curve, p: 0.25 },
    { m: 0.75, curve, p: 0.7 },
    { m: 0.9, curve, p: 0.9 },
    { m: 1, curve, p: 0.9 },
    { m: 0.5, curve: { at: [], p: [] }, p: 0.5 },
  ])("m $m -> $p", ({ m, curve: c, p }) => {
    expect(masteredProbability(m, c)).toBeCloseTo(p, 10);
  });
});
