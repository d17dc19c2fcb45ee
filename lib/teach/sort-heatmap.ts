import { z } from "zod";
import {
  COLUMN_SORTS,
  cellKey,
  DEFAULT_SORT,
  type HeatmapSkill,
  type HeatmapSort,
  type HeatmapStudent,
  type MasteryGrid,
} from "./heatmap-model";

export * from "./heatmap-model";

const sortParams = z.object({
  sort: z
    .string()
    .max(80)
    .regex(/^(name|average|skill:[\w-]{1,64})$/)
    .optional()
    .catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  cols: z.enum(COLUMN_SORTS).optional().catch(undefined),
  view: z.literal("compact").optional().catch(undefined),
});

/** Reads ?sort=name|average|skill:<id>&dir=asc|desc&cols=order|name|average&view=compact; bad values fall back. */
export function parseHeatmapSort(params: Record<string, string | string[] | undefined>): HeatmapSort {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const p = sortParams.parse({
    sort: one(params.sort),
    dir: one(params.dir),
    cols: one(params.cols),
    view: one(params.view),
  });
  return {
    rows: (p.sort as HeatmapSort["rows"] | undefined) ?? DEFAULT_SORT.rows,
    dir: p.dir ?? DEFAULT_SORT.dir,
    cols: p.cols ?? DEFAULT_SORT.cols,
    ...(p.view ? { view: p.view } : {}),
  };
}

/** A cell's value for averages: only evidence counts ("not started" cells hold the model's prior). */
function started(cell: { mastery: number; status: string } | undefined): number | undefined {
  return cell && cell.status !== "not started" ? cell.mastery : undefined;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Compares two optional numbers; "no data" sorts last in either direction. */
function byValue(a: number | null | undefined, b: number | null | undefined, dir: 1 | -1): number {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return (a - b) * dir;
}

export function sortHeatmap(
  students: HeatmapStudent[],
  skills: HeatmapSkill[],
  grid: MasteryGrid,
  sort: HeatmapSort,
  /** Names sort in the reader's alphabet ("Ñ" after "N" in Spanish). */
  locale = "en",
): { students: HeatmapStudent[]; skills: HeatmapSkill[] } {
  const dir = sort.dir === "asc" ? 1 : -1;
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    collator.compare(a.name, b.name) || a.id.localeCompare(b.id);

  const skillAvg = new Map(
    skills.map((k) => [
      k.id,
      mean(students.map((s) => started(grid.get(cellKey(s.id, k.id)))).filter((m) => m !== undefined)),
    ]),
  );
  // Columns stay together by group (problem set); the chosen order applies within each group.
  const cols = [...skills].sort((a, b) => {
    const group = (a.groupOrder ?? 0) - (b.groupOrder ?? 0);
    if (group) return group;
    if (sort.cols === "name") return byName(a, b);
    // Weakest skills first: where the class needs attention.
    if (sort.cols === "average") return byValue(skillAvg.get(a.id), skillAvg.get(b.id), 1) || a.order - b.order;
    return a.order - b.order || byName(a, b);
  });

  let rowValue: ((s: HeatmapStudent) => number | null | undefined) | null = null;
  if (sort.rows === "average") {
    const ids = skills.map((k) => k.id);
    const avg = new Map(
      students.map((s) => [
        s.id,
        mean(ids.map((k) => started(grid.get(cellKey(s.id, k)))).filter((m) => m !== undefined)),
      ]),
    );
    rowValue = (s) => avg.get(s.id);
  } else if (sort.rows.startsWith("skill:")) {
    const skillId = sort.rows.slice("skill:".length);
    rowValue = (s) => grid.get(cellKey(s.id, skillId))?.mastery;
  }
  const rows = [...students].sort((a, b) => {
    if (!rowValue) return byName(a, b) * dir;
    return byValue(rowValue(a), rowValue(b), dir) || byName(a, b);
  });
  return { students: rows, skills: cols };
}
