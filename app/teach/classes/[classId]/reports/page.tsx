import type { Metadata } from "next";
import Link from "next/link";
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
import { subMoveWords } from "@/lib/teach/describe-turn";
import { loadTranscriptFilterOptions } from "@/lib/teach/list-transcripts";
import { loadClassReport } from "@/lib/teach/load-class-report";
import { parseTranscriptFilters, type TranscriptFilters, transcriptQuery } from "@/lib/teach/transcript-filters";
import { loadPageClass } from "../../../load-page-class";

export const metadata: Metadata = { title: "Reports" };

const cell = "p-2";
const num = "p-2 tabular-nums";

export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await params;
  const { cls } = await loadPageClass(classId);
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
  const base = `/teach/classes/${cls.id}`;
  const noFilter = parseTranscriptFilters({});
  const tx = (change: Partial<TranscriptFilters>) =>
    `${base}/transcripts${transcriptQuery(noFilter, { ...(problemParam ? { problem: problemParam } : {}), ...change })}`;
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="reports" title={`Reports: ${cls.name}`} />

      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-label="Choose report"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="r-problem" className="text-sm font-medium">
            Problem
          </label>
          <select
            id="r-problem"
            name="problem"
            defaultValue={problemParam ?? ""}
            className="max-w-xs rounded border border-slate-400 bg-white px-2 py-1.5"
          >
            <option value="">Whole class (all problems)</option>
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
            k (tutor turns per step)
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
          Show
        </button>
      </form>

      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">Telling</h2>
          <p className="mt-1">
            Telling rate: <strong data-testid="telling-rate">{formatShare(moves.tellingRate)}</strong> of {moves.total}{" "}
            tutor turns (
            <Link href={tx({ move: "telling" })} className="text-blue-800 underline">
              transcripts with telling
            </Link>
            ). MathDial&apos;s human teachers: 16%.
          </p>
          <p className="mt-1">
            Average hints per step: <strong>{averageHints(report.runs)?.toFixed(2) ?? "–"}</strong> over{" "}
            {report.runs.length} step attempts.
          </p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold" id="atk-title">
            Who states the answer first
          </h2>
          <table className="mt-2 w-full border-collapse text-left text-sm" aria-labelledby="atk-title">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={cell}>
                  k
                </th>
                <th scope="col" className={cell}>
                  success@k (student)
                </th>
                <th scope="col" className={cell}>
                  telling@k (tutor)
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
                    <td className={num}>{formatShare(m.successRate)}</td>
                    <td className={num}>{formatShare(m.tellingRate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-700">
            Per step: did the student answer correctly (success) or did the tutor reveal the answer (telling) first,
            within k tutor turns of the step starting?
          </p>
        </div>
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold" id="moves-title">
          Tutor moves
        </h2>
        {moves.total === 0 ? (
          <p>No tutor turns yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm" aria-labelledby="moves-title">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={cell}>
                    Move
                  </th>
                  <th scope="col" className={cell}>
                    Sub-move
                  </th>
                  <th scope="col" className={cell}>
                    Turns
                  </th>
                  <th scope="col" className={cell}>
                    Share
                  </th>
                  <th scope="col" className={cell}>
                    Transcripts
                  </th>
                </tr>
              </thead>
              <tbody>
                {moves.moves.flatMap((m) =>
                  m.subMoves.map((s, i) => (
                    <tr key={`${m.move}-${s.subMove}`} className="border-b border-slate-200">
                      {i === 0 ? (
                        <th scope="rowgroup" rowSpan={m.subMoves.length} className={`${cell} align-top`}>
                          {m.move} ({formatShare(m.share)})
                        </th>
                      ) : null}
                      <th scope="row" className={`${cell} font-normal`}>
                        {subMoveWords(s.subMove)}
                      </th>
                      <td className={num}>{s.n}</td>
                      <td className={num}>{formatShare(s.share)}</td>
                      <td className={cell}>
                        <Link
                          href={tx({ move: m.move as TranscriptFilters["move"], subMove: s.subMove })}
                          className="text-blue-800 underline"
                          aria-label={`Transcripts with ${m.move}: ${subMoveWords(s.subMove)}`}
                        >
                          Transcripts
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
            By problem
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm" aria-labelledby="problems-title">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={cell}>
                    Problem
                  </th>
                  <th scope="col" className={cell}>
                    Sessions
                  </th>
                  <th scope="col" className={cell}>
                    Telling rate
                  </th>
                  <th scope="col" className={cell}>
                    success@{k}
                  </th>
                  <th scope="col" className={cell}>
                    telling@{k}
                  </th>
                  <th scope="col" className={cell}>
                    Hints per step
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
                          aria-label={`${p.sessions} transcripts of ${p.title}`}
                        >
                          {p.sessions}
                        </Link>
                      </td>
                      <td className={num}>{formatShare(mv.tellingRate)}</td>
                      <td className={num}>{formatShare(m.successRate)}</td>
                      <td className={num}>{formatShare(m.tellingRate)}</td>
                      <td className={num}>{averageHints(runs)?.toFixed(2) ?? "–"}</td>
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
            By step: {problemTitle.get(problemParam) ?? "problem"}
          </h2>
          {steps.length === 0 ? (
            <p>No steps worked yet.</p>
          ) : (
            <table className="w-full border-collapse bg-white text-left text-sm" aria-labelledby="steps-title">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={cell}>
                    Step
                  </th>
                  <th scope="col" className={cell}>
                    Attempts at the step
                  </th>
                  <th scope="col" className={cell}>
                    success@{k}
                  </th>
                  <th scope="col" className={cell}>
                    telling@{k}
                  </th>
                  <th scope="col" className={cell}>
                    Hints used (average)
                  </th>
                </tr>
              </thead>
              <tbody>
                {steps.map((s) => (
                  <tr key={`${s.problemId}-${s.stepIndex}`} className="border-b border-slate-200">
                    <th scope="row" className={cell}>
                      {s.stepIndex + 1}
                    </th>
                    <td className={num}>{s.atK.runs}</td>
                    <td className={num}>{formatShare(s.atK.successRate)}</td>
                    <td className={num}>
                      {formatShare(s.atK.tellingRate)}{" "}
                      {s.atK.telling ? (
                        <Link
                          href={tx({ flags: ["revealed"] })}
                          className="text-blue-800 underline"
                          aria-label={`Transcripts with a revealed answer, step ${s.stepIndex + 1}`}
                        >
                          (transcripts)
                        </Link>
                      ) : null}
                    </td>
                    <td className={num}>{s.avgHints?.toFixed(2) ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ) : null}

      <div>
        <h2 className="mb-2 text-lg font-semibold">Most frequent wrong answers</h2>
        {report.wrongAnswers.length === 0 ? (
          <p>No wrong answers recorded.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {report.wrongAnswers.slice(0, 30).map((w) => (
              <li key={w.stepId} className="rounded-lg border border-slate-200 bg-white p-3">
                <h3 className="text-sm font-semibold">
                  <MathText text={w.problemTitle} />, step {w.stepIndex + 1}:{" "}
                  <span className="font-normal">
                    <MathText text={w.prompt} />
                  </span>
                </h3>
                <table className="mt-2 w-full border-collapse text-left text-sm">
                  <caption className="sr-only">
                    Wrong answers to step {w.stepIndex + 1} of {w.problemTitle}
                  </caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className={cell}>
                        Answer
                      </th>
                      <th scope="col" className={cell}>
                        Times
                      </th>
                      <th scope="col" className={cell}>
                        Misconception
                      </th>
                      <th scope="col" className={cell}>
                        Transcripts
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {w.answers.map((a) => (
                      <tr key={a.answer} className="border-b border-slate-200">
                        <th scope="row" className={`${cell} font-mono font-normal`}>
                          {a.answer || "(empty)"}
                        </th>
                        <td className={num}>{a.count}</td>
                        <td className={cell}>
                          {a.misconception ?? <span className="text-slate-700">not anticipated</span>}
                        </td>
                        <td className={cell}>
                          <Link
                            href={tx({ problem: undefined, step: w.stepId, answer: a.answer })}
                            className="text-blue-800 underline"
                            aria-label={`Transcripts with the answer ${a.answer}`}
                          >
                            Transcripts
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
