"use client";

import Link from "next/link";
import { MASTERED_AT, statusNote } from "@/lib/mastery/format-mastery";
import {
  formatMastery,
  type HeatmapSkill,
  type HeatmapSort,
  type HeatmapStudent,
  heatmapSortQuery,
  masteryBand,
  statusOfCode,
} from "@/lib/teach/heatmap-model";
import styles from "./mastery-heatmap.module.css";

// A client component only for size: the page computes and sorts on the server and passes a flat
// array of numbers; rendered as server components, 2,400 cells cost ~500 KB of RSC payload on
// top of the HTML. Colour plus number; in forced-colours mode (high contrast) backgrounds are
// dropped, so each band also has its own border pattern (mastery-heatmap.module.css).
export const BAND_LEGEND = [
  ["below 0.20", "dotted border"],
  ["0.20 to 0.39", "dashed border"],
  ["0.40 to 0.59", "thin border"],
  ["0.60 to 0.79", "thick border"],
  ["0.80 and above", "double border"],
] as const;

/** The mean of the started skills' values ("not started" cells hold the model's prior, no evidence). */
function average(values: (number | null)[], statuses: string[]): number | null {
  const present = values.filter((v, j): v is number => v !== null && statusOfCode(statuses[j]) !== "not started");
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

/**
 * The student x skill table: a real <table> with scoped headers; each cell reads "0.42" (with
 * "not started" or "mastered" under the number, as on the student's page) and is labelled
 * "Maya, Adding fractions: mastery 0.42" (", not started" / ", mastered") for screen readers.
 * Sorting is links (server).
 */
export function MasteryHeatmap({
  classBase,
  students,
  skills,
  values,
  statuses,
  sort,
}: {
  /** /teach/classes/<id> */
  classBase: string;
  /** Rows and columns in display order. */
  students: HeatmapStudent[];
  skills: HeatmapSkill[];
  /** Row-major mastery (gridValues), null = no data. */
  values: (number | null)[];
  /** Row-major status codes (gridValues). */
  statuses: string;
  sort: HeatmapSort;
}) {
  const link = (s: Partial<HeatmapSort>) => `${classBase}/mastery${heatmapSortQuery({ ...sort, ...s })}`;
  const flip = (rows: HeatmapSort["rows"], first: HeatmapSort["dir"]) =>
    link({ rows, dir: sort.rows === rows ? (sort.dir === "asc" ? "desc" : "asc") : first });
  const ariaSort = (rows: HeatmapSort["rows"]) =>
    sort.rows === rows ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
  const arrow = (rows: HeatmapSort["rows"]) => (sort.rows === rows ? (sort.dir === "asc" ? " ▲" : " ▼") : "");
  const width = skills.length;
  return (
    <section
      aria-labelledby="heatmap-caption"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="max-h-[75vh] overflow-auto rounded border border-slate-300"
    >
      <table className={`border-collapse bg-white text-sm ${styles.grid}`}>
        <caption id="heatmap-caption" className="sr-only">
          Mastery by student and skill, from 0 to 1; "not started" means no attempt yet (the starting estimate). Column
          headers sort the rows.
        </caption>
        <thead className="sticky top-0 z-10 bg-white">
          <tr>
            <th
              scope="col"
              aria-sort={ariaSort("name")}
              className="sticky left-0 z-20 min-w-28 border-b sm:min-w-40 border-r border-slate-300 bg-white p-2 text-left align-bottom"
            >
              <Link href={flip("name", "asc")} className="text-blue-800 underline">
                Student{arrow("name")}
              </Link>
            </th>
            <th scope="col" aria-sort={ariaSort("average")} className="border-b border-slate-300 p-2 align-bottom">
              <Link href={flip("average", "asc")} className="text-blue-800 underline">
                Average{arrow("average")}
              </Link>
            </th>
            {skills.map((k) => {
              const key = `skill:${k.id}` as const;
              const needs = k.prerequisites.length ? `Needs: ${k.prerequisites.join(", ")}` : "No prerequisites";
              return (
                <th
                  key={k.id}
                  scope="col"
                  aria-sort={ariaSort(key)}
                  title={`${k.name} (${k.key}). ${needs}.`}
                  className="min-w-24 max-w-32 border-b border-slate-300 p-2 text-left align-bottom font-medium"
                >
                  <Link href={flip(key, "asc")} className="text-blue-800 underline">
                    {k.name}
                    {arrow(key)}
                  </Link>
                  <span className="mt-1 block text-xs font-normal text-slate-700">
                    {k.prerequisites.length ? `needs: ${k.prerequisites.join(", ")}` : "no prerequisites"}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {students.map((s, i) => {
            const row = values.slice(i * width, (i + 1) * width);
            const avg = average(row, [...statuses.slice(i * width, (i + 1) * width)]);
            return (
              <tr key={s.id} className="border-b border-slate-200">
                <th
                  scope="row"
                  className="sticky left-0 z-[5] border-r border-slate-300 bg-white p-2 text-left font-medium"
                >
                  <Link href={`${classBase}/students/${s.id}`} className="text-blue-800 underline">
                    {s.name}
                  </Link>
                </th>
                <td
                  aria-label={`${s.name}, average of started skills: ${avg === null ? "none started" : `mastery ${formatMastery(avg)}`}`}
                >
                  {avg === null ? "–" : formatMastery(avg)}
                </td>
                {skills.map((k, j) => {
                  const v = row[j] ?? null;
                  if (v === null)
                    return (
                      <td key={k.id} aria-label={`${s.name}, ${k.name}: no data`}>
                        –
                      </td>
                    );
                  const text = formatMastery(v);
                  const status = statusOfCode(statuses[i * width + j]);
                  const note = statusNote(status);
                  const label = `${s.name}, ${k.name}: mastery ${text}${note ? `, ${note}` : ""}`;
                  // Not started: the number without a band colour (no evidence behind it).
                  return (
                    <td
                      key={k.id}
                      data-b={status === "not started" ? undefined : masteryBand(v)}
                      data-s={status === "not started" ? "n" : undefined}
                      aria-label={label}
                    >
                      {text}
                      {status === "mastered" ? " ✓" : ""}
                      {note ? <span className="block text-xs">{note}</span> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function HeatmapLegend() {
  return (
    <div className={`text-sm ${styles.legend}`}>
      <p className="mb-1 font-medium" id="legend-title">
        Legend
      </p>
      <ul aria-labelledby="legend-title" className="flex flex-wrap gap-2">
        {BAND_LEGEND.map(([range, pattern], band) => (
          <li key={range} data-b={band} className="rounded px-2 py-0.5 text-slate-950">
            {range} <span className="sr-only">({pattern} in high contrast)</span>
            <span aria-hidden="true" className="hidden forced-colors:inline">
              ({pattern})
            </span>
          </li>
        ))}
        <li className="rounded border border-slate-300 px-2 py-0.5">
          not started: no attempt yet, the starting estimate (no colour)
        </li>
        <li className="rounded border border-slate-300 px-2 py-0.5">
          ✓ mastered ({formatMastery(MASTERED_AT)} or more)
        </li>
      </ul>
    </div>
  );
}
