import { describe, expect, it } from "vitest";
import { type GraphSkill, layoutSkillGraph, prerequisiteDepths } from "./layout-skill-graph";

const skill = (id: string, ...prerequisiteIds: string[]): GraphSkill => ({
  id,
  name: id.toUpperCase(),
  prerequisiteIds,
});

describe("layoutSkillGraph", () => {
  const skills = [
    skill("add"),
    skill("mult", "add"),
    skill("frac", "mult"),
    skill("lcd", "mult", "add"),
    skill("addfrac", "frac", "lcd"),
    skill("alone"),
  ];
  const layout = layoutSkillGraph(skills);

  it("puts each skill in the column of its prerequisite depth", () => {
    const layer = Object.fromEntries(layout.nodes.map((n) => [n.id, n.layer]));
    expect(layer).toEqual({ add: 0, mult: 1, frac: 2, lcd: 2, addfrac: 3 });
    expect(prerequisiteDepths(skills).get("addfrac")).toBe(3);
  });

  it("draws one arrow per edge, from the prerequisite's right side to the dependent's left side", () => {
    expect(layout.edges).toHaveLength(6);
    for (const e of layout.edges) expect(e.x2).toBeGreaterThan(e.x1);
  });

  it("leaves unconnected skills out of the picture but reports them", () => {
    expect(layout.isolated.map((s) => s.id)).toEqual(["alone"]);
    expect(layout.nodes.some((n) => n.id === "alone")).toBe(false);
  });

  it("fits every node inside the drawing, without overlaps", () => {
    const seen = new Set<string>();
    for (const n of layout.nodes) {
      expect(n.x + layout.nodeWidth).toBeLessThanOrEqual(layout.width);
      expect(n.y + layout.nodeHeight).toBeLessThanOrEqual(layout.height);
      const k = `${n.x},${n.y}`;
      expect(seen.has(k)).toBe(false);
      seen.add(k);
    }
  });

  it("orders a column by the rows of the prerequisites (fewer crossings)", () => {
    const l = layoutSkillGraph([skill("a"), skill("b"), skill("ya", "a"), skill("xb", "b")]);
    const y = Object.fromEntries(l.nodes.map((n) => [n.id, n.y]));
    expect(y.ya).toBeLessThan(y.xb as number);
  });

  it("survives a cycle (never stored, but drawing must not hang) and an empty graph", () => {
    expect(layoutSkillGraph([skill("p", "q"), skill("q", "p")]).nodes).toHaveLength(2);
    expect(layoutSkillGraph([])).toMatchObject({ nodes: [], width: 0, height: 0 });
  });
});
