/**
 * The heatmap's shape (students as rows by skills as columns, one mastery cell each from
 * lib/mastery/mastery-table.ts) and its display rules. Pure (the mastery formatting helper
 * only): the table renders in a client component too.
 */
import { formatMastery, type MasteryStatus } from "@/lib/mastery/format-mastery";

export { formatMastery } from "@/lib/mastery/format-mastery";

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
  /** The column group: the problem set the skill first appears in (absent: one unnamed group). */
  group?: string;
  /** The group's position (columns stay together by group, in this order, whatever the sort). */
  groupOrder?: number;
}

export interface MasteryValue {
  /** The value as shown (2 decimals). */
  mastery: number;
  status: MasteryStatus;
  opportunities: number;
}

/** Cell key: `${studentId}|${skillId}`. Every pair has a cell ("not started" = the prior); a
 * missing key (a skill or student the table was not asked for) is "no data" (shown as "–"). */
export type MasteryGrid = Map<string, MasteryValue>;
export const cellKey = (studentId: string, skillId: string) => `${studentId}|${skillId}`;

export const ROW_SORTS = ["name", "average"] as const;
export const COLUMN_SORTS = ["order", "name", "average"] as const;

export interface HeatmapSort {
  /** Rows by name, by their average mastery, or by one skill's mastery. */
  rows: (typeof ROW_SORTS)[number] | `skill:${string}`;
  dir: "asc" | "desc";
  cols: (typeof COLUMN_SORTS)[number];
  /** The compact view: small cells, abbreviated headers (full names in title and for AT). */
  view?: "compact";
}

export const DEFAULT_SORT: HeatmapSort = { rows: "name", dir: "asc", cols: "order" };

/** The query string of a sort (defaults left out). */
export function heatmapSortQuery(sort: HeatmapSort): string {
  const q = new URLSearchParams();
  if (sort.rows !== DEFAULT_SORT.rows) q.set("sort", sort.rows);
  if (sort.dir !== DEFAULT_SORT.dir) q.set("dir", sort.dir);
  if (sort.cols !== DEFAULT_SORT.cols) q.set("cols", sort.cols);
  if (sort.view === "compact") q.set("view", "compact");
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Consecutive runs of columns with the same group: the heatmap's group header row. */
export function columnGroups(skills: HeatmapSkill[]): { name: string; span: number }[] {
  const out: { name: string; span: number }[] = [];
  for (const k of skills) {
    const name = k.group ?? "";
    const last = out[out.length - 1];
    if (last && last.name === name) last.span += 1;
    else out.push({ name, span: 1 });
  }
  return out;
}

/** A short header for the compact view: the name up to `max` characters, cut at a word if it can. */
export function abbreviate(name: string, max = 10): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
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

/** One character per cell for the client: "n" not started, "p" in progress, "m" mastered. */
export const STATUS_CODE: Record<MasteryStatus, string> = { "not started": "n", "in progress": "p", mastered: "m" };
const BY_CODE: Record<string, MasteryStatus> = { n: "not started", p: "in progress", m: "mastered" };
export const statusOfCode = (code: string | undefined): MasteryStatus => BY_CODE[code ?? ""] ?? "in progress";

export interface GridValues {
  /** Row-major mastery rounded as shown, or null for "no data". */
  values: (number | null)[];
  /** Row-major STATUS_CODE per cell ("-" for no data). */
  statuses: string;
}

/**
 * The grid in row-major order for the sorted rows and columns. Compact enough to send to the
 * client for thousands of cells.
 */
export function gridValues(students: HeatmapStudent[], skills: HeatmapSkill[], grid: MasteryGrid): GridValues {
  const values: (number | null)[] = [];
  let statuses = "";
  for (const s of students)
    for (const k of skills) {
      const v = grid.get(cellKey(s.id, k.id));
      values.push(v ? Number(formatMastery(v.mastery)) : null);
      statuses += v ? STATUS_CODE[v.status] : "-";
    }
  return { values, statuses };
}
