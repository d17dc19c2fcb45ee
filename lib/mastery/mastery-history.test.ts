import { describe, expect, it } from "vitest";
import { fitModel } from "@/lib/kt/model/fit-model";
import { makeSyntheticRows } from "@/lib/kt/model/make-synthetic-rows";
import type { KtItem, KtObservation } from "@/lib/kt/types";
import { roundMastery } from "./format-mastery";
import { describeHistory, type HistoryPoint, masteryHistory } from "./mastery-history";
import { foldAttempt, type SkillSnapshot } from "./student-state";

// A fitted model, so that the student-level terms (θ, overall counts) really move.
const rows = makeSyntheticRows(40, 30);
const model = fitModel(rows, { epochs: 3 });
/** One synthetic student's first attempts, as loadObservations gives them (t increasing). */
const observations: { item: KtItem; obs: KtObservation }[] = rows
  .filter((r) => r.student === "s5")
  .map((r, i) => ({ item: r.item, obs: { correct: r.correct, hintsUsed: r.hintsUsed, t: 1_000 * (i + 1) } }));

/** What the stored state (replayStudentState) holds after these attempts: skill -> snapshot. */
function stored(obs: readonly { item: KtItem; obs: KtObservation }[]): Record<string, SkillSnapshot> {
  const state = model.initialState();
  const snapshots: Record<string, SkillSnapshot> = {};
  for (const o of obs) foldAttempt(model, state, o.item, o.obs, snapshots);
  return snapshots;
}

describe("masteryHistory", () => {
  it("after every attempt, each skill's last point is the stored value as shown (masteryTable's cell)", () => {
    expect(new Set(observations.flatMap((o) => o.item.skills)).size).toBeGreaterThan(1);
    for (let n = 1; n <= observations.length; n++) {
      const prefix = observations.slice(0, n);
      const history = masteryHistory(model, prefix);
      const snaps = stored(prefix);
      expect([...history.keys()].sort()).toEqual(Object.keys(snaps).sort());
      for (const [skill, snap] of Object.entries(snaps)) {
        const last = history.get(skill)?.at(-1);
        expect(last?.value, `${skill} after ${n}`).toBe(roundMastery(snap.mastery));
        expect(last?.attempt).toBe(snap.opportunities);
        expect(last?.at).toBe(snap.lastEvidenceAt);
      }
    }
  });

  it("numbers each skill's attempts 1..n with their time and outcome, one point per attempt on the skill", () => {
    const history = masteryHistory(model, observations);
    for (const [skill, points] of history) {
      const on = observations.filter((o) => o.item.skills.includes(skill));
      expect(points.map((p) => p.attempt)).toEqual(on.map((_, i) => i + 1));
      expect(points.map((p) => p.at)).toEqual(on.map((o) => o.obs.t));
      expect(points.map((p) => p.correct)).toEqual(on.map((o) => o.obs.correct));
      for (const p of points) {
        expect(p.value).toBeGreaterThanOrEqual(0);
        expect(p.value).toBeLessThanOrEqual(1);
        expect(p.value).toBe(roundMastery(p.value));
      }
    }
  });

  it("later attempts (on any skill) never change earlier points: each shorter history is a prefix", () => {
    const full = masteryHistory(model, observations);
    for (let n = 1; n < observations.length; n++) {
      for (const [skill, points] of masteryHistory(model, observations.slice(0, n)))
        expect(full.get(skill)?.slice(0, points.length), `${skill} after ${n}`).toEqual(points);
    }
  });

  it("practice on other skills adds no point to a skill", () => {
    const add: KtItem = { itemId: "add-1", skills: ["add"] };
    const mul: KtItem = { itemId: "mul-1", skills: ["mul"] };
    const seq = [
      { item: add, obs: { correct: true, hintsUsed: 0, t: 1 } },
      { item: mul, obs: { correct: true, hintsUsed: 0, t: 2 } },
      { item: mul, obs: { correct: true, hintsUsed: 0, t: 3 } },
    ];
    const history = masteryHistory(model, seq);
    expect(history.get("add")?.map((p) => p.at)).toEqual([1]);
    expect(history.get("mul")?.map((p) => p.attempt)).toEqual([1, 2]);
    expect(history.has("sub")).toBe(false);
  });

  it("a step with two skills (or one listed twice) adds one point to each", () => {
    const seq = [{ item: { itemId: "x", skills: ["add", "mul", "add"] }, obs: { correct: false, hintsUsed: 1, t: 5 } }];
    const history = masteryHistory(model, seq);
    expect(history.get("add")).toHaveLength(1);
    expect(history.get("mul")).toHaveLength(1);
  });

  it("restricted to some skills, gives exactly those skills' full histories", () => {
    const full = masteryHistory(model, observations);
    const some = masteryHistory(model, observations, ["add", "nope"]);
    expect([...some.keys()]).toEqual(full.has("add") ? ["add"] : []);
    expect(some.get("add")).toEqual(full.get("add"));
    expect(masteryHistory(model, observations, []).size).toBe(0);
  });

  it("is empty without attempts", () => {
    expect(masteryHistory(model, []).size).toBe(0);
  });
});

describe("describeHistory", () => {
  const p = (attempt: number, value: number): HistoryPoint => ({ attempt, at: attempt, correct: true, value });
  it("says where the skill went and over how many attempts", () => {
    expect(describeHistory([p(1, 0.31), p(2, 0.4), p(3, 0.58)])).toBe("0.31 → 0.58 over 3 attempts");
    expect(describeHistory([p(1, 0.3)])).toBe("0.30 after 1 attempt");
    expect(describeHistory([])).toBe("no attempts yet");
  });
});
