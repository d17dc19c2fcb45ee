import { describe, expect, it } from "vitest";
import { buildDesign } from "./build-design";
import { computeEasiness } from "./compute-easiness";
import { buildLayout } from "./feature-layout";
import { makeSyntheticRows } from "./make-synthetic-rows";
import { DEFAULT_CONFIG } from "./model-config";

describe("buildDesign", () => {
  it("computes each training row's features from earlier rows only", () => {
    const rows = makeSyntheticRows(1, 30);
    const later = rows.map((r, i) => (i > 12 ? { ...r, correct: !r.correct } : r));
    const easiness = computeEasiness(rows, 5); // the same reference for both, as in one fit
    const layout = buildLayout(
      DEFAULT_CONFIG,
      rows.flatMap((r) => r.item.skills),
      rows.map((r) => r.item.itemId),
    );
    const a = buildDesign(rows, layout, DEFAULT_CONFIG, () => easiness);
    const b = buildDesign(later, layout, DEFAULT_CONFIG, () => easiness);
    const upTo = a.rowPtr[14]!; // rows 0..13: row 13's features precede its (flipped) outcome
    expect(Array.from(b.idx.subarray(0, upTo))).toEqual(Array.from(a.idx.subarray(0, upTo)));
    expect(Array.from(b.val.subarray(0, upTo))).toEqual(Array.from(a.val.subarray(0, upTo)));
    expect(Array.from(b.val.subarray(upTo, a.rowPtr[15]!))).not.toEqual(
      Array.from(a.val.subarray(upTo, a.rowPtr[15]!)),
    );
  });
});
