import { describe, expect, it } from "vitest";
import {
  countCrossings,
  type GraphSkill,
  LABEL,
  layoutSkillGraph,
  prerequisiteDepths,
  type SkillGraphLayout,
  textWidth,
  wrapLabel,
} from "./layout-skill-graph";

const skill = (id: string, ...prerequisiteIds: string[]): GraphSkill => ({
  id,
  name: id.toUpperCase(),
  prerequisiteIds,
});

function overlaps(layout: SkillGraphLayout): string[] {
  const out: string[] = [];
  for (const [i, a] of layout.nodes.entries())
    for (const b of layout.nodes.slice(i + 1))
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        out.push(`${a.id}/${b.id}`);
  return out;
}

/** 60 skills: 6 chains of 8 plus 12 skills joining two chains each (the e2e graph's shape). */
function sixtySkills(): GraphSkill[] {
  const skills: GraphSkill[] = [];
  for (let c = 0; c < 6; c++)
    for (let i = 0; i < 8; i++)
      skills.push({
        id: `c${c}-${i}`,
        name: `Chain ${c} step ${i}: ${i % 3 === 0 ? "a rather long skill name that needs wrapping" : "short"}`,
        prerequisiteIds: i ? [`c${c}-${i - 1}`] : [],
      });
  for (let j = 0; j < 12; j++)
    skills.push({
      id: `j${j}`,
      name: `Joint ${j}`,
      prerequisiteIds: [`c${j % 6}-7`, `c${(j + 1) % 6}-${j % 8}`],
    });
  return skills;
}

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
  const at = Object.fromEntries(layout.nodes.map((n) => [n.id, n]));

  it("reports each skill's prerequisite depth as its level", () => {
    const layer = Object.fromEntries(layout.nodes.map((n) => [n.id, n.layer]));
    expect(layer).toEqual({ add: 0, mult: 1, frac: 2, lcd: 2, addfrac: 3 });
    expect(prerequisiteDepths(skills).get("addfrac")).toBe(3);
  });

  it("points every arrow one way: a prerequisite's box lies left of the skill that needs it", () => {
    expect(layout.edges).toHaveLength(6);
    for (const e of layout.edges) {
      const from = at[e.from];
      const to = at[e.to];
      expect(from && to && from.x + from.width).toBeLessThan(to?.x ?? 0);
      expect(e.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("leaves unconnected skills out of the picture but reports them", () => {
    expect(layout.isolated.map((s) => s.id)).toEqual(["alone"]);
    expect(layout.nodes.some((n) => n.id === "alone")).toBe(false);
  });

  it.each([
    ["the small graph", skills],
    ["60 skills in chains", sixtySkills()],
  ])("%s: every node inside the drawing, no two overlapping", (_name, input) => {
    const l = layoutSkillGraph(input);
    for (const n of l.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(l.width);
      expect(n.y + n.height).toBeLessThanOrEqual(l.height);
    }
    expect(overlaps(l)).toEqual([]);
  });

  it("sizes each box from its label: every line fits, long names take more lines, nothing is cut", () => {
    const l = layoutSkillGraph(sixtySkills());
    for (const n of l.nodes) {
      expect(n.lines.join(" ")).toBe(n.name);
      for (const line of n.lines) expect(textWidth(line) + 2 * LABEL.padX).toBeLessThanOrEqual(n.width);
      expect(n.height).toBeGreaterThanOrEqual(n.lines.length * LABEL.lineHeight);
    }
    expect(Math.max(...l.nodes.map((n) => n.lines.length))).toBeGreaterThan(1);
  });

  it("keeps crossings low at 60 skills (dagre orders each rank)", () => {
    const l = layoutSkillGraph(sixtySkills());
    expect(l.nodes).toHaveLength(60);
    // The same levels in a fixed order that ignores the edges (straight arrows), for comparison.
    const depth = prerequisiteDepths(sixtySkills());
    const rows = new Map<number, number>();
    const naive: SkillGraphLayout = {
      ...l,
      nodes: l.nodes.map((n) => {
        const d = depth.get(n.id) ?? 0;
        const r = rows.get(d) ?? 0;
        rows.set(d, r + 1);
        return { ...n, x: d * 300, y: r * 60 };
      }),
    };
    const pos = new Map(naive.nodes.map((n) => [n.id, n]));
    naive.edges = l.edges.map((e) => ({
      ...e,
      points: [e.from, e.to].map((id) => ({ x: (pos.get(id)?.x ?? 0) + 100, y: pos.get(id)?.y ?? 0 })),
    }));
    const crossings = countCrossings(l);
    expect(crossings).toBeLessThan(countCrossings(naive) / 2);
    expect(crossings).toBeLessThan(30);
  });

  it("survives a cycle (never stored, but drawing must not hang) and an empty graph", () => {
    expect(layoutSkillGraph([skill("p", "q"), skill("q", "p")]).nodes).toHaveLength(2);
    expect(layoutSkillGraph([])).toMatchObject({ nodes: [], width: 0, height: 0 });
  });

  it("draws the same graph the same way whatever the input order", () => {
    const a = layoutSkillGraph(skills);
    const b = layoutSkillGraph([...skills].reverse());
    expect(b.nodes).toEqual(a.nodes);
  });
});

describe("wrapLabel", () => {
  it.each([
    ["Fractions", ["Fractions"]],
    ["Adding fractions with unlike denominators", ["Adding fractions with", "unlike denominators"]],
    ["  spaced   out  ", ["spaced out"]],
    ["Supercalifragilisticexpialidocious word", ["Supercalifragilisticexpi", "alidocious word"]],
    ["", [""]],
  ])("%j -> %j", (name, lines) => {
    expect(wrapLabel(name)).toEqual(lines);
  });
});

describe("textWidth", () => {
  it("is wider for wide letters and grows with length", () => {
    expect(textWidth("WWW")).toBeGreaterThan(textWidth("iii"));
    expect(textWidth("abcd")).toBeGreaterThan(textWidth("abc"));
  });
});
