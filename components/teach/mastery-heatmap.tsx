"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { MASTERED_AT, type MasteryStatus } from "@/lib/mastery/format-mastery";
import { formatMasteryIn } from "@/lib/teach/format-number";
import {
  abbreviate,
  columnGroups,
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
// Each band: its range as shown (from, to; null = open) and its border pattern in forced colours.
export const BAND_LEGEND = [
  [null, 0.2, "dotted"],
  [0.2, 0.39, "dashed"],
  [0.4, 0.59, "thin"],
  [0.6, 0.79, "thick"],
  [0.8, null, "double"],
] as const;

/** What follows the number in a cell: the status, except for the ordinary "in progress". */
const NOTE_KEY: Record<MasteryStatus, string | null> = {
  "not started": "masteryStatus.notStarted",
  "in progress": null,
  mastered: "masteryStatus.mastered",
};

/** The mean of the started skills' values ("not started" cells hold the model's prior, no evidence). */
function average(values: (number | null)[], statuses: string[]): number | null {
  const present = values.filter((v, j): v is number => v !== null && statusOfCode(statuses[j]) !== "not started");
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

/**
 * The student x skill table: a real <table> with scoped headers; each cell reads "0.42" (with
 * "not started" or "mastered" under the number, as on the student's page) and is labelled
 * "Maya, Adding fractions: mastery 0.42" (", not started" / ", mastered") for screen readers.
 * Sorting is links (server). Words and numbers in the reader's language ("0,42" in Spanish).
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
  const t = useTranslations("teach");
  const locale = useLocale();
  const num = (v: number) => formatMasteryIn(v, locale);
  const link = (s: Partial<HeatmapSort>) => `${classBase}/mastery${heatmapSortQuery({ ...sort, ...s })}`;
  const flip = (rows: HeatmapSort["rows"], first: HeatmapSort["dir"]) =>
    link({ rows, dir: sort.rows === rows ? (sort.dir === "asc" ? "desc" : "asc") : first });
  const ariaSort = (rows: HeatmapSort["rows"]) =>
    sort.rows === rows ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
  const arrow = (rows: HeatmapSort["rows"]) => (sort.rows === rows ? (sort.dir === "asc" ? " ▲" : " ▼") : "");
  const width = skills.length;
  const compact = sort.view === "compact";
  const groups = columnGroups(skills);
  const grouped = groups.length > 1 || (groups[0]?.name ?? "") !== "";
  return (
    <section
      aria-labelledby="heatmap-caption"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="max-h-[75vh] overflow-auto rounded border border-slate-300"
    >
      <table
        className={`border-collapse bg-white ${compact ? "text-xs" : "text-sm"} ${styles.grid}`}
        data-view={compact ? "compact" : "full"}
      >
        <caption id="heatmap-caption" className="sr-only">
          {t("heatmap.caption")}
        </caption>
        <thead className="sticky top-0 z-10 bg-white">
          {grouped ? (
            <tr>
              <td colSpan={2} className="sticky start-0 z-20 border-b border-slate-300 bg-white" />
              {groups.map((g, i) => (
                <th
                  // biome-ignore lint/suspicious/noArrayIndexKey: a group's name may repeat after a column sort; its position is its identity
                  key={`${g.name}-${i}`}
                  scope="colgroup"
                  colSpan={g.span}
                  className="border-b border-s-2 border-slate-300 border-s-slate-500 bg-slate-100 px-2 py-1 text-start font-semibold"
                >
                  {g.name ? t("heatmap.group", { name: g.name, count: g.span }) : t("heatmap.otherGroup")}
                </th>
              ))}
            </tr>
          ) : null}
          <tr>
            <th
              scope="col"
              aria-sort={ariaSort("name")}
              className={`sticky start-0 z-20 border-b border-e border-slate-300 bg-white p-2 text-start align-bottom ${
                compact ? "min-w-24" : "min-w-28 sm:min-w-40"
              }`}
            >
              <Link href={flip("name", "asc")} className="text-blue-800 underline">
                {t("heatmap.student")}
                {arrow("name")}
              </Link>
            </th>
            <th scope="col" aria-sort={ariaSort("average")} className="border-b border-slate-300 p-2 align-bottom">
              <Link href={flip("average", "asc")} className="text-blue-800 underline">
                {t("heatmap.average")}
                {arrow("average")}
              </Link>
            </th>
            {skills.map((k, j) => {
              const key = `skill:${k.id}` as const;
              const list = k.prerequisites.join(", ");
              const needs = list ? t("heatmap.needsTitle", { list }) : t("heatmap.noPrerequisitesTitle");
              const groupStart = grouped && j > 0 && skills[j - 1]?.group !== k.group;
              // Compact headers run upwards (narrow columns), cut at 16 characters.
              const short = abbreviate(k.name, 16);
              return (
                <th
                  key={k.id}
                  scope="col"
                  aria-sort={ariaSort(key)}
                  title={t("heatmap.skillTitle", { name: k.name, key: k.key, needs })}
                  data-group-start={groupStart || undefined}
                  className={`border-b border-slate-300 text-start align-bottom font-medium ${
                    compact ? "px-0.5 py-1" : "min-w-24 max-w-32 p-2"
                  }`}
                >
                  <Link href={flip(key, "asc")} className={`text-blue-800 underline ${compact ? styles.upwards : ""}`}>
                    {compact && short !== k.name ? (
                      <>
                        <span aria-hidden="true">{short}</span>
                        <span className="sr-only">{k.name}</span>
                      </>
                    ) : (
                      k.name
                    )}
                    {arrow(key)}
                  </Link>
                  {compact ? null : (
                    <span className="mt-1 block text-xs font-normal text-slate-700">
                      {list ? t("heatmap.needs", { list }) : t("heatmap.noPrerequisites")}
                    </span>
                  )}
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
                  className="sticky start-0 z-[5] border-e border-slate-300 bg-white p-2 text-start font-medium"
                >
                  <Link href={`${classBase}/students/${s.id}`} className="text-blue-800 underline">
                    {s.name}
                  </Link>
                </th>
                <td
                  aria-label={
                    avg === null
                      ? t("heatmap.averageNone", { name: s.name })
                      : t("heatmap.averageValue", { name: s.name, value: num(avg) })
                  }
                >
                  {avg === null ? "–" : num(avg)}
                </td>
                {skills.map((k, j) => {
                  const v = row[j] ?? null;
                  if (v === null)
                    return (
                      <td
                        key={k.id}
                        aria-label={t("heatmap.noData", { name: s.name, skill: k.name })}
                        data-group-start={(grouped && j > 0 && skills[j - 1]?.group !== k.group) || undefined}
                      >
                        –
                      </td>
                    );
                  const text = num(v);
                  const status = statusOfCode(statuses[i * width + j]);
                  const noteKey = NOTE_KEY[status];
                  const note = noteKey ? t(noteKey) : "";
                  const label = note
                    ? t("heatmap.cellWithNote", { name: s.name, skill: k.name, value: text, note })
                    : t("heatmap.cell", { name: s.name, skill: k.name, value: text });
                  // Not started: the number without a band colour (no evidence behind it). The compact
                  // view drops the note under the number ("–" for not started); the label keeps it.
                  const groupStart = grouped && j > 0 && skills[j - 1]?.group !== k.group;
                  return (
                    <td
                      key={k.id}
                      data-b={status === "not started" ? undefined : masteryBand(v)}
                      data-s={status === "not started" ? "n" : undefined}
                      data-group-start={groupStart || undefined}
                      aria-label={label}
                      title={compact ? label : undefined}
                    >
                      {compact && status === "not started" ? "·" : text}
                      {status === "mastered" ? " ✓" : ""}
                      {note && !compact ? <span className="block text-xs">{note}</span> : null}
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
  const t = useTranslations("teach.heatmap");
  const locale = useLocale();
  const num = (v: number) => formatMasteryIn(v, locale);
  const range = (from: number | null, to: number | null) =>
    from === null
      ? t("band.below", { to: num(to ?? 0) })
      : to === null
        ? t("band.above", { from: num(from) })
        : t("band.between", { from: num(from), to: num(to) });
  return (
    <div className={`text-sm ${styles.legend}`}>
      <p className="mb-1 font-medium" id="legend-title">
        {t("legend")}
      </p>
      <ul aria-labelledby="legend-title" className="flex flex-wrap gap-2">
        {BAND_LEGEND.map(([from, to, pattern], band) => (
          <li key={pattern} data-b={band} className="rounded px-2 py-0.5 text-slate-950">
            {range(from, to)}{" "}
            <span className="sr-only">{t("inHighContrast", { pattern: t(`pattern.${pattern}`) })}</span>
            <span aria-hidden="true" className="hidden forced-colors:inline">
              ({t(`pattern.${pattern}`)})
            </span>
          </li>
        ))}
        <li className="rounded border border-slate-300 px-2 py-0.5">{t("notStarted")}</li>
        <li className="rounded border border-slate-300 px-2 py-0.5">{t("mastered", { value: num(MASTERED_AT) })}</li>
      </ul>
    </div>
  );
}
