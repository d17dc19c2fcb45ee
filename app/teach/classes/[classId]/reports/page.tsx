import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MathText } from "@/components/math-text";
import { ClassHeader } from "@/components/teach/class-header";
import { db } from "@/lib/db/client";
import {
  averageHints,
  DEFAULT_K,
  formatShare,
  K_VALUES,
  metricsAtK,
  summariseMoves,
  summariseSteps,
} from "@/lib/teach/compute-dialogue-metrics";
import { moveWords, subMoveWords } from "@/lib/teach/describe-turn";
import { formatNumber } from "@/lib/teach/format-number";
import { loadTranscriptFilterOptions } from "@/lib/teach/list-transcripts";
import { loadClassReport } from "@/lib/teach/load-class-report";
import { parseTranscriptFilters, type TranscriptFilters, transcriptQuery } from "@/lib/teach/transcript-filters";
import { loadPageClass } from "../../../load-page-class";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach");
  return { title: t("meta.reports") };
}

const cell = "p-2";
/** MathDial's human teachers' telling rate, for comparison. */
const MATHDIAL_HUMAN_TELLING = 0.16;
const num = "p-2 tabular-nums";
/** The research terms the reports keep as secondary text, explained once. */
const GLOSSARY = ["successAtK", "tellingAtK", "tellingRate", "mathdial", "moves", "class"] as const;

export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await params;
  const { cls } = await loadPageClass(classId);
  const [t, locale] = await Promise.all([getTranslations("teach.reports"), getLocale()]);
  const share = (x: number | null) => formatShare(x, locale);
  const hints = (x: number | null) => (x === null ? "–" : formatNumber(x, locale, 2));
  const sp = await searchParams;
  const problemParam = typeof sp.problem === "string" && /^[\w-]{1,64}$/.test(sp.problem) ? sp.problem : null;
  const kParam = Number(typeof sp.k === "string" ? sp.k : DEFAULT_K);
  const k = (K_VALUES as readonly number[]).includes(kParam) ? kParam : DEFAULT_K;
  const [options, report] = await Promise.all([
    loadTranscriptFilterOptions(db, cls),
    loadClassReport(db, cls, problemParam),
  ]);
  const problems = report.problems;
  const problemTitle = new Map(options.sets.flatMap((s) => s.problems.map((p) => [p.id, p.title] as const)));
  const moves = summariseMoves(report.moves);
  const steps = summariseSteps(report.runs, k);
  const current = metricsAtK(report.runs, k);
  const base = `/teach/classes/${cls.id}`;
  const noFilter = parseTranscriptFilters({});
  const tx = (change: Partial<TranscriptFilters>) =>
    `${base}/transcripts${transcriptQuery(noFilter, { ...(problemParam ? { problem: problemParam } : {}), ...change })}`;
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="reports" title={t("title", { name: cls.name })} />

      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-label={t("choose")}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="r-problem" className="text-sm font-medium">
            {t("problem")}
          </label>
          <select
            id="r-problem"
            name="problem"
            defaultValue={problemParam ?? ""}
            className="max-w-xs rounded border border-slate-400 bg-white px-2 py-1.5"
          >
            <option value="">{t("wholeClass")}</option>
            {options.sets.map((set) => (
              <optgroup key={set.id} label={set.title}>
                {set.problems.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="r-k" className="text-sm font-medium">
            {t("k")}
          </label>
          <select
            id="r-k"
            name="k"
            defaultValue={String(k)}
            className="rounded border border-slate-400 bg-white px-2 py-1.5"
          >
            {K_VALUES.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">
          {t("show")}
        </button>
      </form>

      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("tellingTitle")}</h2>
          <p className="mt-1">
            {moves.total === 0
              ? t("noTurns")
              : t.rich("tellingLead", {
                  rate: share(moves.tellingRate),
                  total: moves.total,
                  strong: (chunks) => <strong data-testid="telling-rate">{chunks}</strong>,
                  link: (chunks) => (
                    <Link href={tx({ move: "telling" })} className="text-blue-800 underline">
                      {chunks}
                    </Link>
                  ),
                })}
          </p>
          <p className="mt-1" data-testid="telling-compare">
            {t("tellingCompare", { human: share(MATHDIAL_HUMAN_TELLING) })}
          </p>
          <p className="mt-1">
            {report.runs.length === 0
              ? t("noSteps")
              : t.rich("hintsLead", {
                  average: hints(averageHints(report.runs)),
                  runs: report.runs.length,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
          </p>
          <p className="mt-2 text-xs text-slate-700">{t("tellingTerm")}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold" id="atk-title">
            {t("whoFirst")}
          </h2>
          {current.successRate === null ? (
            <p className="mt-1">{t("noSteps")}</p>
          ) : (
            <>
              <p className="mt-1" data-testid="success-lead">
                {t.rich("successLead", {
                  k,
                  rate: share(current.successRate),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </p>
              <p className="mt-1">
                {t.rich("tellingAtLead", {
                  k,
                  rate: share(current.tellingRate),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </p>
            </>
          )}
          <table className="mt-2 w-full border-collapse text-start text-sm" aria-labelledby="atk-title">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={cell}>
                  {t("kColumn")}
                </th>
                <th scope="col" className={cell}>
                  {t("successAtK")}
                </th>
                <th scope="col" className={cell}>
                  {t("tellingAtK")}
                </th>
              </tr>
            </thead>
            <tbody>
              {K_VALUES.map((v) => {
                const m = metricsAtK(report.runs, v);
                return (
                  <tr
                    key={v}
                    className={
                      v === k ? "border-b border-slate-200 bg-blue-50 font-semibold" : "border-b border-slate-200"
                    }
                  >
                    <th scope="row" className={cell}>
                      {v}
                    </th>
                    <td className={num}>{share(m.successRate)}</td>
                    <td className={num}>{share(m.tellingRate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-700">{t("atKNote")}</p>
        </div>
      </div>

      <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium">{t("glossary.title")}</summary>
        <dl className="mt-2 flex flex-col gap-2">
          {GLOSSARY.map((g) => (
            <div key={g}>
              <dt className="font-semibold">{t(`glossary.${g}.term`)}</dt>
              <dd>{t(`glossary.${g}.meaning`)}</dd>
            </div>
          ))}
        </dl>
      </details>

      <div>
        <h2 className="mb-1 text-lg font-semibold" id="moves-title">
          {t("tutorMoves")}
        </h2>
        <p className="mb-2 text-sm">{t("movesLead")}</p>
        {moves.total === 0 ? (
          <p>{t("noTurns")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-start text-sm" aria-labelledby="moves-title">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={cell}>
                    {t("columns.move")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.subMove")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.turns")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.share")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.transcripts")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {moves.moves.flatMap((m) =>
                  m.subMoves.map((s, i) => (
                    <tr key={`${m.move}-${s.subMove}`} className="border-b border-slate-200">
                      {i === 0 ? (
                        <th scope="rowgroup" rowSpan={m.subMoves.length} className={`${cell} align-top`}>
                          {t("moveShare", { move: moveWords(m.move, locale), share: share(m.share) })}
                        </th>
                      ) : null}
                      <th scope="row" className={`${cell} font-normal`}>
                        {subMoveWords(s.subMove, locale)}
                      </th>
                      <td className={num}>{formatNumber(s.n, locale)}</td>
                      <td className={num}>{share(s.share)}</td>
                      <td className={cell}>
                        <Link
                          href={tx({ move: m.move as TranscriptFilters["move"], subMove: s.subMove })}
                          className="text-blue-800 underline"
                          aria-label={t("transcriptsWith", {
                            move: moveWords(m.move, locale),
                            subMove: subMoveWords(s.subMove, locale),
                          })}
                        >
                          {t("transcripts")}
                        </Link>
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        )}
      </div>

      {!problemParam && problems.length ? (
        <div>
          <h2 className="mb-2 text-lg font-semibold" id="problems-title">
            {t("byProblem")}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-start text-sm" aria-labelledby="problems-title">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={cell}>
                    {t("columns.problem")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.sessions")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.tellingRate")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.successAt", { k })}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.tellingAt", { k })}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.hintsPerStep")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p) => {
                  const runs = report.runs.filter((r) => r.problemId === p.id);
                  const m = metricsAtK(runs, k);
                  const mv = summariseMoves(report.moves.filter((x) => x.problemId === p.id));
                  return (
                    <tr key={p.id} className="border-b border-slate-200">
                      <th scope="row" className={`${cell} font-normal`}>
                        <Link href={`${base}/reports?problem=${p.id}&k=${k}`} className="text-blue-800 underline">
                          <MathText text={p.title} />
                        </Link>{" "}
                        <span className="text-xs text-slate-700">({p.setTitle})</span>
                      </th>
                      <td className={num}>
                        <Link
                          href={tx({ problem: p.id })}
                          className="text-blue-800 underline"
                          aria-label={t("transcriptsOf", { count: p.sessions, title: p.title })}
                        >
                          {formatNumber(p.sessions, locale)}
                        </Link>
                      </td>
                      <td className={num}>{share(mv.tellingRate)}</td>
                      <td className={num}>{share(m.successRate)}</td>
                      <td className={num}>{share(m.tellingRate)}</td>
                      <td className={num}>{hints(averageHints(runs))}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}

      {problemParam ? (
        <div>
          <h2 className="mb-2 text-lg font-semibold" id="steps-title">
            {t("byStep", { title: problemTitle.get(problemParam) ?? t("problemFallback") })}
          </h2>
          {steps.length === 0 ? (
            <p>{t("noSteps")}</p>
          ) : (
            <table className="w-full border-collapse bg-white text-start text-sm" aria-labelledby="steps-title">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={cell}>
                    {t("columns.step")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.attemptsAtStep")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.successAt", { k })}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.tellingAt", { k })}
                  </th>
                  <th scope="col" className={cell}>
                    {t("columns.hintsAverage")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {steps.map((s) => (
                  <tr key={`${s.problemId}-${s.stepIndex}`} className="border-b border-slate-200">
                    <th scope="row" className={cell}>
                      {s.stepIndex + 1}
                    </th>
                    <td className={num}>{formatNumber(s.atK.runs, locale)}</td>
                    <td className={num}>{share(s.atK.successRate)}</td>
                    <td className={num}>
                      {share(s.atK.tellingRate)}{" "}
                      {s.atK.telling ? (
                        <Link
                          href={tx({ flags: ["revealed"] })}
                          className="text-blue-800 underline"
                          aria-label={t("revealedAtStep", { step: s.stepIndex + 1 })}
                        >
                          {t("transcriptsParen")}
                        </Link>
                      ) : null}
                    </td>
                    <td className={num}>{hints(s.avgHints)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ) : null}

      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("wrongAnswers")}</h2>
        {report.wrongAnswers.length === 0 ? (
          <p>{t("noWrongAnswers")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {report.wrongAnswers.slice(0, 30).map((w) => (
              <li key={w.stepId} className="rounded-lg border border-slate-200 bg-white p-3">
                <h3 className="text-sm font-semibold">
                  <MathText text={w.problemTitle} />, {t("stepN", { step: w.stepIndex + 1 })}{" "}
                  <span className="font-normal">
                    <MathText text={w.prompt} />
                  </span>
                </h3>
                <div className="overflow-x-auto">
                  <table className="mt-2 w-full border-collapse text-start text-sm">
                    <caption className="sr-only">
                      {t("wrongCaption", { step: w.stepIndex + 1, title: w.problemTitle })}
                    </caption>
                    <thead>
                      <tr className="border-b border-slate-300">
                        <th scope="col" className={cell}>
                          {t("columns.answer")}
                        </th>
                        <th scope="col" className={cell}>
                          {t("columns.times")}
                        </th>
                        <th scope="col" className={cell}>
                          {t("columns.misconception")}
                        </th>
                        <th scope="col" className={cell}>
                          {t("columns.transcripts")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {w.answers.map((a) => (
                        <tr key={a.answer} className="border-b border-slate-200">
                          <th scope="row" className={`${cell} font-mono font-normal`}>
                            {a.answer || t("empty")}
                          </th>
                          <td className={num}>{formatNumber(a.count, locale)}</td>
                          <td className={cell}>
                            {a.misconception ?? <span className="text-slate-700">{t("notAnticipated")}</span>}
                          </td>
                          <td className={cell}>
                            <Link
                              href={tx({ problem: undefined, step: w.stepId, answer: a.answer })}
                              className="text-blue-800 underline"
                              aria-label={t("transcriptsWithAnswer", { answer: a.answer })}
                            >
                              {t("transcripts")}
                            </Link>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
