import { describe, expect, it } from "vitest";
import type { SkillState, StudentState } from "../types";
import { DEFAULT_CONFIG } from "./model-config";
import { createState, patternCode, successCredit, updateStudent } from "./update-student";

const cfg = DEFAULT_CONFIG;

/** Wraps the skills record so every skill key the update touches is recorded. */
function watchSkills(state: StudentState): Set<string> {
  const touched = new Set<string>();
  state.skills = new Proxy(state.skills, {
    get(target, key, receiver) {
      if (typeof key === "string") touched.add(key);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value: SkillState) {
      if (typeof key === "string") touched.add(key);
      return Reflect.set(target, key, value);
    },
    ownKeys(target) {
      touched.add("*enumerated*");
      return Reflect.ownKeys(target);
    },
  });
  return touched;
}

describe("updateStudent", () => {
  it("touches only the item's skills, however long the history (O(skills of the item))", () => {
    const state = createState();
    for (let i = 0; i < 500; i++) {
      updateStudent(
        cfg,
        state,
        { itemId: `i${i}`, skills: [`k${i % 50}`] },
        { correct: i % 3 > 0, hintsUsed: 0, t: 0 },
        0,
      );
    }
    const globalKeys = Object.keys(state.global).length;
    const touched = watchSkills(state);
    updateStudent(cfg, state, { itemId: "x", skills: ["k3", "k7"] }, { correct: true, hintsUsed: 0, t: 0 }, 0.4);
    expect([...touched].sort()).toEqual(["k3", "k7"]);
    expect(Object.keys(state.global).length).toBe(globalKeys);
  });

  it("updates every skill of a multi-skill item", () => {
    const state = createState();
    updateStudent(cfg, state, { itemId: "x", skills: ["a", "b", "c"] }, { correct: false, hintsUsed: 0, t: 0 }, 0);
    for (const s of ["a", "b", "c"]) {
      expect(state.skills[s]).toMatchObject({ f: 1, n: 1, s: 0 });
      expect(state.skills[s]!.e).toBeLessThan(0);
    }
    expect(state.global.seen).toBe(3);
  });

  it("gives a hinted success part credit: smaller count, recency and ability steps", () => {
    expect(successCredit(cfg, { correct: true, hintsUsed: 0, t: 0 })).toBe(1);
    expect(successCredit(cfg, { correct: true, hintsUsed: 2, t: 0 })).toBe(cfg.hintCredit ** 2);
    expect(successCredit(cfg, { correct: false, hintsUsed: 2, t: 0 })).toBe(0);
    const plain = updateStudent(
      cfg,
      createState(),
      { itemId: "x", skills: ["a"] },
      { correct: true, hintsUsed: 0, t: 0 },
      0,
    );
    const hinted = updateStudent(
      cfg,
      createState(),
      { itemId: "x", skills: ["a"] },
      { correct: true, hintsUsed: 1, t: 0 },
      0,
    );
    expect(hinted.skills.a!.s).toBeLessThan(plain.skills.a!.s!);
    expect(hinted.skills.a!.e).toBeLessThan(plain.skills.a!.e!);
    expect(hinted.global.theta).toBeLessThan(plain.global.theta!);
    expect(hinted.global.theta).toBeGreaterThan(0);
  });

  it("codes response patterns by length, newest response in the lowest bit", () => {
    expect(patternCode(0, 0, 3)).toBe(0);
    expect(patternCode(0b1, 1, 3)).toBe(2);
    expect(patternCode(0b10, 2, 3)).toBe(5);
    expect(patternCode(0b101, 9, 3)).toBe(7 + 5);
  });
});
