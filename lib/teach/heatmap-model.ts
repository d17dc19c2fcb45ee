/**
 * The heatmap's shape (students as rows by skills as columns, mastery where a row exists) and its
 * display rules. No dependencies: the table renders in a client component too.
 */
export interface HeatmapStudent {
  id: string;
  name: string;
}

export interface HeatmapSkill {
  id: string;
  key: string;
  name: string;
  /** Position of the skill's first step in the class's assigned sets (authored order). */
  order: number;
  /** Names of the skill's prerequisites. */
  prerequisites: string[];
}

export interface MasteryValue {
  mastery: number;
  opportunities: number;
}

/** Cell key: `${studentId}|${skillId}`. A missing key is "no data" (shown as "–"). */
export type MasteryGrid = Map<string, MasteryValue>;
export const cellKey = (studentId: string, skillId: string) => `${studentId}|${skillId}`;

export const ROW_SORTS = ["name", "average"] as const;
export const COLUMN_SORTS = ["order", "name", "average"] as const;

export interface HeatmapSort {
  /** Rows by name, by their average mastery, or by one skill's mastery. */
  rows: (typeof ROW_SORTS)[number] | `skill:${string}`;
  dir: "asc" | "desc";
  cols: (typeof COLUMN_SORTS)[number];
}

export const DEFAULT_SORT: HeatmapSort = { rows: "name", dir: "asc", cols: "order" };

/** The query string of a sort (defaults left out). */
export function heatmapSortQuery(sort: HeatmapSort): string {
  const q = new URLSearchParams();
  if (sort.rows !== DEFAULT_SORT.rows) q.set("sort", sort.rows);
  if (sort.dir !== DEFAULT_SORT.dir) q.set("dir", sort.dir);
  if (sort.cols !== DEFAULT_SORT.cols) q.set("cols", sort.cols);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Five bands for the cell colour (and, in forced-colours mode, the border pattern), of the
 * number as shown, so that a cell reading "0.20" is never in the band below 0.2. */
export function masteryBand(value: number): 0 | 1 | 2 | 3 | 4 {
  const mastery = Number(formatMastery(value));
  if (mastery < 0.2) return 0;
  if (mastery < 0.4) return 1;
  if (mastery < 0.6) return 2;
  if (mastery < 0.8) return 3;
  return 4;
}

/** "0.42": two decimals, as the cell shows it. */
export function formatMastery(mastery: number): string {
  return (Math.round(Math.min(1, Math.max(0, mastery)) * 100) / 100).toFixed(2);
}

/**
 * The grid in row-major order for the sorted rows and columns: mastery rounded as shown, or
 * null for "no data". Compact enough to send to the client for thousands of cells.
 */
export function gridValues(students: HeatmapStudent[], skills: HeatmapSkill[], grid: MasteryGrid): (number | null)[] {
  const out: (number | null)[] = [];
  for (const s of students)
    for (const k of skills) {
      const v = grid.get(cellKey(s.id, k.id));
      out.push(v ? Number(formatMastery(v.mastery)) : null);
    }
  return out;
}
