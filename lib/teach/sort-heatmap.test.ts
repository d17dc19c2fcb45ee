import { describe, expect, it } from "vitest";
import {
  abbreviate,
  cellKey,
  columnGroups,
  formatMastery,
  gridValues,
  type HeatmapSkill,
  heatmapSortQuery,
  type MasteryGrid,
  masteryBand,
  parseHeatmapSort,
  sortHeatmap,
  statusOfCode,
} from "./sort-heatmap";

const students = [
  { id: "s1", name: "maya" },
  { id: "s2", name: "Leo" },
  { id: "s3", name: "Priya" },
];
const skill = (id: string, name: string, order: number): HeatmapSkill => ({
  id,
  key: id,
  name,
  order,
  prerequisites: [],
});
const skills = [skill("k1", "Parts", 2), skill("k2", "Adding", 1), skill("k3", "Comparing", 3)];
const grid: MasteryGrid = new Map([
  [cellKey("s1", "k1"), { mastery: 0.9, status: "in progress", opportunities: 3 }],
  [cellKey("s1", "k2"), { mastery: 0.5, status: "in progress", opportunities: 3 }],
  [cellKey("s2", "k1"), { mastery: 0.2, status: "in progress", opportunities: 3 }],
  [cellKey("s3", "k2"), { mastery: 0.1, status: "not started", opportunities: 0 }],
  [cellKey("s3", "k3"), { mastery: 0.95, status: "mastered", opportunities: 3 }],
]);

describe("parseHeatmapSort", () => {
  const cases: [Record<string, string | string[] | undefined>, ReturnType<typeof parseHeatmapSort>][] = [
    [{}, { rows: "name", dir: "asc", cols: "order" }],
    [
      { sort: "average", dir: "desc" },
      { rows: "average", dir: "desc", cols: "order" },
    ],
    [
      { sort: "skill:cm123abc", cols: "name" },
      { rows: "skill:cm123abc", dir: "asc", cols: "name" },
    ],
    [{ sort: ["average", "name"] }, { rows: "average", dir: "asc", cols: "order" }],
    [
      { sort: "'; drop table", dir: "sideways", cols: "x" },
      { rows: "name", dir: "asc", cols: "order" },
    ],
  ];
  for (const [input, want] of cases)
    it(JSON.stringify(input), () => {
      expect(parseHeatmapSort(input)).toEqual(want);
    });

  it("round-trips through its query string", () => {
    const s = { rows: "skill:k1", dir: "desc", cols: "average" } as const;
    const q = Object.fromEntries(new URLSearchParams(heatmapSortQuery(s).slice(1)));
    expect(parseHeatmapSort(q)).toEqual(s);
    expect(heatmapSortQuery({ rows: "name", dir: "asc", cols: "order" })).toBe("");
  });
});

describe("sortHeatmap", () => {
  const cases: { name: string; sort: Parameters<typeof sortHeatmap>[3]; rows: string[]; cols: string[] }[] = [
    {
      name: "by name (case-insensitive), authored column order",
      sort: { rows: "name", dir: "asc", cols: "order" },
      rows: ["s2", "s1", "s3"],
      cols: ["k2", "k1", "k3"],
    },
    {
      name: "by name descending, columns by name",
      sort: { rows: "name", dir: "desc", cols: "name" },
      rows: ["s3", "s1", "s2"],
      cols: ["k2", "k3", "k1"],
    },
    {
      name: "by one skill ascending: no data last",
      sort: { rows: "skill:k1", dir: "asc", cols: "order" },
      rows: ["s2", "s1", "s3"],
      cols: ["k2", "k1", "k3"],
    },
    {
      name: "by one skill descending: no data still last",
      sort: { rows: "skill:k1", dir: "desc", cols: "order" },
      rows: ["s1", "s2", "s3"],
      cols: ["k2", "k1", "k3"],
    },
    {
      name: "by average mastery, columns weakest first",
      sort: { rows: "average", dir: "asc", cols: "average" },
      // Averages of started cells only (s3's "not started" prior 0.1 on k2 does not count):
      // s1 0.7, s2 0.2, s3 0.95; columns: k2 0.5, k1 0.55, k3 0.95
      rows: ["s2", "s1", "s3"],
      cols: ["k2", "k1", "k3"],
    },
    {
      name: "by an unknown skill: everyone has no data, so by name",
      sort: { rows: "skill:nope", dir: "desc", cols: "order" },
      rows: ["s2", "s1", "s3"],
      cols: ["k2", "k1", "k3"],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const out = sortHeatmap(students, skills, grid, c.sort);
      expect(out.students.map((s) => s.id)).toEqual(c.rows);
      expect(out.skills.map((s) => s.id)).toEqual(c.cols);
    });

  it("does not reorder its inputs", () => {
    sortHeatmap(students, skills, grid, { rows: "average", dir: "desc", cols: "name" });
    expect(students.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
  });
});

describe("cell display", () => {
  it.each([
    [0, "0.00", 0],
    [0.199, "0.20", 1],
    [0.42, "0.42", 2],
    [0.799, "0.80", 4],
    [0.95, "0.95", 4],
    [1.2, "1.00", 4],
    [-0.1, "0.00", 0],
  ])("%s -> %s, band %s", (m, text, band) => {
    expect(formatMastery(m)).toBe(text);
    expect(masteryBand(m)).toBe(band);
  });
});

describe("gridValues", () => {
  it("is row-major in display order, rounded as shown, null for no data, with one status code per cell", () => {
    const sorted = sortHeatmap(students, skills, grid, { rows: "name", dir: "asc", cols: "order" });
    const { values, statuses } = gridValues(sorted.students, sorted.skills, grid);
    expect(values).toEqual([
      null,
      0.2,
      null, // Leo: k2, k1, k3
      0.5,
      0.9,
      null, // maya
      0.1,
      null,
      0.95, // Priya
    ]);
    expect(statuses).toBe("-p-pp-n-m");
    expect(["n", "p", "m"].map(statusOfCode)).toEqual(["not started", "in progress", "mastered"]);
  });
});

describe("column groups and the compact view", () => {
  const grouped = [
    { ...skill("a1", "Zeta", 1), group: "Algebra", groupOrder: 1 },
    { ...skill("f1", "Parts", 2), group: "Fractions", groupOrder: 0 },
    { ...skill("a2", "Alpha", 3), group: "Algebra", groupOrder: 1 },
    { ...skill("f2", "Adding", 4), group: "Fractions", groupOrder: 0 },
  ];

  it("keeps each group's columns together, in group order, whatever the column sort", () => {
    for (const cols of ["order", "name", "average"] as const) {
      const { skills: out } = sortHeatmap(students, grouped, grid, { rows: "name", dir: "asc", cols });
      expect(out.map((k) => k.group)).toEqual(["Fractions", "Fractions", "Algebra", "Algebra"]);
    }
    const byName = sortHeatmap(students, grouped, grid, { rows: "name", dir: "asc", cols: "name" }).skills;
    expect(byName.map((k) => k.name)).toEqual(["Adding", "Parts", "Alpha", "Zeta"]);
  });

  it("spans one header cell per run of a group", () => {
    const { skills: out } = sortHeatmap(students, grouped, grid, { rows: "name", dir: "asc", cols: "order" });
    expect(columnGroups(out)).toEqual([
      { name: "Fractions", span: 2 },
      { name: "Algebra", span: 2 },
    ]);
    expect(columnGroups(skills)).toEqual([{ name: "", span: 3 }]);
  });

  it.each([
    ["Parts", "Parts"],
    ["Parts of a fraction", "Parts of…"],
    ["Equivalent fractions", "Equivalent…"],
    ["Whole-number operations", "Whole-numb…"],
  ])("abbreviates %s as %s", (name, short) => {
    expect(abbreviate(name)).toBe(short);
  });

  it("reads and writes ?view=compact with the sort; junk falls back to the full view", () => {
    const compact = parseHeatmapSort({ view: "compact", sort: "average" });
    expect(compact).toEqual({ rows: "average", dir: "asc", cols: "order", view: "compact" });
    expect(heatmapSortQuery(compact)).toBe("?sort=average&view=compact");
    expect(parseHeatmapSort({ view: "<script>" })).toEqual({ rows: "name", dir: "asc", cols: "order" });
  });
});
