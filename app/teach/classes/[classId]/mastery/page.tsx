import type { Metadata } from "next";
import Link from "next/link";
import { ClassHeader } from "@/components/teach/class-header";
import { HeatmapLegend, MasteryHeatmap } from "@/components/teach/mastery-heatmap";
import { NeedsHelpList } from "@/components/teach/needs-help-list";
import { db } from "@/lib/db/client";
import { findStudentsNeedingHelp } from "@/lib/teach/find-students-needing-help";
import { loadHelpSignals } from "@/lib/teach/load-help-signals";
import { loadClassMastery } from "@/lib/teach/load-mastery";
import { COLUMN_SORTS, gridValues, heatmapSortQuery, parseHeatmapSort, sortHeatmap } from "@/lib/teach/sort-heatmap";
import { loadPageClass } from "../../../load-page-class";

export const metadata: Metadata = { title: "Mastery" };

const columnLabel: Record<(typeof COLUMN_SORTS)[number], string> = {
  order: "course order",
  name: "name",
  average: "weakest first",
};

export default async function MasteryPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await params;
  const { cls } = await loadPageClass(classId);
  const sort = parseHeatmapSort(await searchParams);
  const mastery = await loadClassMastery(db, cls);
  const now = new Date();
  const help = findStudentsNeedingHelp(await loadHelpSignals(db, cls, mastery, now), now);
  const sorted = sortHeatmap(mastery.students, mastery.skills, mastery.grid, sort);
  const grid = gridValues(sorted.students, sorted.skills, mastery.grid);
  const classBase = `/teach/classes/${cls.id}`;
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="mastery" title={`Mastery: ${cls.name}`} />

      <div>
        <h2 className="mb-2 text-lg font-semibold">Needs help ({help.length})</h2>
        <NeedsHelpList classBase={classBase} students={help} now={now} />
      </div>

      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 className="text-lg font-semibold">
            Students × skills ({mastery.students.length} × {mastery.skills.length})
          </h2>
          <nav aria-label="Order skill columns" className="text-sm">
            Skill columns:{" "}
            {COLUMN_SORTS.map((c, i) => (
              <span key={c}>
                {i > 0 ? " · " : ""}
                {sort.cols === c ? (
                  <strong aria-current="true">{columnLabel[c]}</strong>
                ) : (
                  <Link
                    href={`${classBase}/mastery${heatmapSortQuery({ ...sort, cols: c })}`}
                    className="text-blue-800 underline"
                  >
                    {columnLabel[c]}
                  </Link>
                )}
              </span>
            ))}
          </nav>
        </div>
        {mastery.skills.length === 0 ? (
          <p>No skills yet: assign a problem set on the class page.</p>
        ) : mastery.students.length === 0 ? (
          <p>No students yet.</p>
        ) : (
          <>
            <HeatmapLegend />
            <MasteryHeatmap
              classBase={classBase}
              students={sorted.students}
              skills={sorted.skills}
              values={grid.values}
              statuses={grid.statuses}
              sort={sort}
            />
          </>
        )}
        <p className="text-sm text-slate-700">
          Mastery is the knowledge-tracing estimate for each student and skill (0 to 1), the same number the student
          sees; it changes only when the student answers a step of that skill. &ldquo;Not started&rdquo; is the estimate
          for a student who has not tried the skill yet.{" "}
          <a href={`${classBase}/export/mastery`} className="text-blue-800 underline">
            Download mastery (CSV)
          </a>
        </p>
      </div>
    </section>
  );
}
