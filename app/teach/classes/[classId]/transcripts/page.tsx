import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MathText } from "@/components/math-text";
import { ClassHeader } from "@/components/teach/class-header";
import { db } from "@/lib/db/client";
import { moveWords, subMoveWords } from "@/lib/teach/describe-turn";
import { formatDateTime } from "@/lib/teach/format-time";
import { listTranscripts, loadTranscriptFilterOptions } from "@/lib/teach/list-transcripts";
import {
  hasFilters,
  parseTranscriptFilters,
  TRANSCRIPT_FLAGS,
  TRANSCRIPTS_PER_PAGE,
  transcriptQuery,
} from "@/lib/teach/transcript-filters";
import { loadPageClass } from "../../../load-page-class";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach");
  return { title: t("meta.transcripts") };
}

const input = "rounded border border-slate-400 bg-white px-2 py-1.5";

export default async function TranscriptsPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await params;
  const { user, cls } = await loadPageClass(classId);
  const [t, tt, locale] = await Promise.all([
    getTranslations("teach.transcripts"),
    getTranslations("teach"),
    getLocale(),
  ]);
  const f = parseTranscriptFilters(await searchParams);
  const [page, options] = await Promise.all([listTranscripts(db, user, cls, f), loadTranscriptFilterOptions(db, cls)]);
  const base = `/teach/classes/${cls.id}/transcripts`;
  const first = (page.page - 1) * TRANSCRIPTS_PER_PAGE + 1;
  return (
    <section className="flex flex-col gap-5">
      <ClassHeader cls={cls} current="transcripts" title={t("title", { name: cls.name })} />

      <form
        method="get"
        action={base}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-3"
        aria-label={t("filterLabel")}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="f-student" className="text-sm font-medium">
            {t("student")}
          </label>
          <select id="f-student" name="student" defaultValue={f.student ?? ""} className={input}>
            <option value="">{t("allStudents")}</option>
            {options.students.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-set" className="text-sm font-medium">
            {t("problemSet")}
          </label>
          <select id="f-set" name="set" defaultValue={f.set ?? ""} className={input}>
            <option value="">{t("allSets")}</option>
            {options.sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-problem" className="text-sm font-medium">
            {t("problem")}
          </label>
          <select id="f-problem" name="problem" defaultValue={f.problem ?? ""} className={input}>
            <option value="">{t("allProblems")}</option>
            {options.sets.map((s) => (
              <optgroup key={s.id} label={s.title}>
                {s.problems.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-from" className="text-sm font-medium">
            {t("from")}
          </label>
          <input id="f-from" name="from" type="date" defaultValue={f.from} className={input} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-to" className="text-sm font-medium">
            {t("to")}
          </label>
          <input id="f-to" name="to" type="date" defaultValue={f.to} className={input} />
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">{t("onlyWith")}</legend>
          {TRANSCRIPT_FLAGS.map((flag) => (
            <label key={flag} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="flag" value={flag} defaultChecked={f.flags.includes(flag)} />
              {t(`flag.${flag}`)}
            </label>
          ))}
        </fieldset>
        {f.move ? <input type="hidden" name="move" value={f.move} /> : null}
        {f.subMove ? <input type="hidden" name="subMove" value={f.subMove} /> : null}
        {f.step ? <input type="hidden" name="step" value={f.step} /> : null}
        {f.answer !== undefined ? <input type="hidden" name="answer" value={f.answer} /> : null}
        <div className="flex flex-wrap items-center gap-3 md:col-span-3">
          <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">
            {t("apply")}
          </button>
          {hasFilters(f) ? (
            <Link href={base} className="text-blue-800 underline">
              {t("clear")}
            </Link>
          ) : null}
          {f.move ? (
            <span className="text-sm">
              {f.subMove
                ? t("tutorMoveSub", { move: moveWords(f.move, locale), subMove: subMoveWords(f.subMove, locale) })
                : t("tutorMove", { move: moveWords(f.move, locale) })}{" "}
              (
              <Link
                href={`${base}${transcriptQuery(f, { move: undefined, subMove: undefined })}`}
                className="text-blue-800 underline"
              >
                {t("remove")}
              </Link>
              )
            </span>
          ) : null}
          {f.step ? (
            <span className="text-sm">
              {f.answer !== undefined ? t("wrongAnswerOnStep", { answer: f.answer }) : t("attemptsOnStep")} (
              <Link
                href={`${base}${transcriptQuery(f, { step: undefined, answer: undefined })}`}
                className="text-blue-800 underline"
              >
                {t("remove")}
              </Link>
              )
            </span>
          ) : null}
        </div>
      </form>

      <p role="status" className="text-sm">
        {page.total === 0
          ? t("noMatch")
          : t("showing", { first, last: first + page.rows.length - 1, total: page.total })}
      </p>

      {page.rows.length ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {t("columns.student")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.problem")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.started")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.status")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.turns")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.flags")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <td className="p-2">{r.student.name}</td>
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`${base}/${r.id}`} className="text-blue-800 underline">
                      <MathText text={r.problem.title} />
                    </Link>
                    <span className="block text-xs text-slate-700">{r.problem.setTitle}</span>
                  </th>
                  <td className="p-2">{formatDateTime(r.startedAt, locale)}</td>
                  <td className="p-2">{tt(`sessionStatus.${r.status}`)}</td>
                  <td className="p-2 tabular-nums">{r.turnCount}</td>
                  <td className="p-2">
                    <ul className="flex flex-wrap gap-1">
                      {r.revealed ? <Badge>{t("badge.revealed", { count: r.revealed })}</Badge> : null}
                      {r.offTopic ? <Badge>{t("badge.offTopic", { count: r.offTopic })}</Badge> : null}
                      {r.fallback ? <Badge>{t("badge.fallback", { count: r.fallback })}</Badge> : null}
                      {r.flagged ? <Badge>{t("badge.flagged", { count: r.flagged })}</Badge> : null}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {page.pages > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center gap-4">
          {page.page > 1 ? (
            <Link
              href={`${base}${transcriptQuery(f, { page: page.page - 1 })}`}
              className="text-blue-800 underline"
              rel="prev"
            >
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page: page.page, pages: page.pages })}</span>
          {page.page < page.pages ? (
            <Link
              href={`${base}${transcriptQuery(f, { page: page.page + 1 })}`}
              className="text-blue-800 underline"
              rel="next"
            >
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

function Badge({ children }: { children: string }) {
  return <li className="rounded border border-slate-500 px-1.5 py-0.5 text-xs">{children}</li>;
}
