// npx tsx bench/kt.ts [--problems 10000 --skills 500 --attempts 5000 --picks 200 --model project|simple]
// Cost of the two per-attempt operations the product runs: one next-problem pick (chooseNext with
// a prebuilt index) and one tracing-model update, for a student with a long history, against naive
// baselines measured in the same process: a straightforward scan of all problems x skills that
// asks the model everything afresh (no index, no caching), and an update that replays the
// student's whole history. Timings are per call; machines are shared, so read the ratios.
import os from "node:os";
import { fitModel } from "@/lib/kt/model/fit-model";
import { fitSimpleBkt } from "@/lib/kt/model/fit-simple-bkt";
import { buildPickIndex } from "@/lib/kt/pick/build-pick-index";
import { chooseNext } from "@/lib/kt/pick/choose-next";
import type { PickProblem, PrerequisiteGraph, RecentProblem } from "@/lib/kt/pick/types";
import { createRng, deriveSeed } from "@/lib/kt/simulate/create-rng";
import { makeCurriculum } from "@/lib/kt/simulate/make-curriculum";
import { makeFixedPolicy, toPickProblems } from "@/lib/kt/simulate/make-policies";
import { makeTrainingRows } from "@/lib/kt/simulate/make-training-rows";
import { runEpisode } from "@/lib/kt/simulate/run-episode";
import { drawLearner } from "@/lib/kt/simulate/simulate-learner";
import type { KtModel, KtRow, StudentState } from "@/lib/kt/types";
import { arg, percentile, printTable } from "./lib";

const nProblems = Number(arg("problems", "10000"));
const nSkills = Number(arg("skills", "500"));
const nAttempts = Number(arg("attempts", "5000"));
const nPicks = Number(arg("picks", "200"));
const seed = Number(arg("seed", "1"));
const modelChoice = arg("model", "project");

function fitTracingModel(rows: KtRow[]): { model: KtModel; label: string } {
  if (modelChoice === "simple") return { model: fitSimpleBkt(rows), label: "simple-bkt (stand-in)" };
  return { model: fitModel(rows), label: "project fitModel" };
}

/**
 * The naive pick: the same policy written the obvious way. Every call walks every problem and
 * asks the model for each skill and prerequisite again, and checks history with array scans.
 */
function naivePick(
  problems: readonly PickProblem[],
  graph: PrerequisiteGraph,
  model: KtModel,
  state: StudentState,
  now: number,
  history: readonly RecentProblem[],
): string | null {
  const thr = 0.95;
  const latest = [...history].sort((a, b) => b.completedAt - a.completedAt).slice(0, 3);
  let best: string | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const p of problems) {
    if (latest.some((h) => h.problemId === p.id)) continue;
    const skills = [...new Set(p.steps.flatMap((s) => s.skills))];
    const ready = skills.every((s) => (graph[s] ?? []).every((q) => model.mastery(state, q, now) >= thr));
    const open = skills.filter((s) => model.mastery(state, s, now) < thr);
    if (!ready || open.length === 0) continue;
    const useful = p.steps.filter((st) => st.skills.some((s) => model.mastery(state, s, now) < thr)).length;
    const need = thr - Math.min(...open.map((s) => model.mastery(state, s, now)));
    const seen = history.some((h) => h.problemId === p.id) ? 0.2 : 0;
    const success = p.steps.reduce((a, st) => a + model.predict(state, st, now), 0) / p.steps.length;
    const score = useful / p.steps.length + 0.5 * need - seen - Math.abs(success - 0.7);
    if (score > bestScore) [best, bestScore] = [p.id, score];
  }
  return best;
}

function time(fn: () => void, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const curriculum = makeCurriculum(deriveSeed(seed, 1), { skills: nSkills, levels: 10, problems: nProblems });
  const problems = toPickProblems(curriculum);
  const graph = curriculum.prerequisites;
  const rows = makeTrainingRows(curriculum, 60, deriveSeed(seed, 2), 2000);
  const { model, label } = fitTracingModel(rows);

  // The student: 5,000 first attempts in curriculum order (half the skills met, many mastered).
  const rng = createRng(deriveSeed(seed, 3));
  const attempts: KtRow[] = [];
  const learner = drawLearner(curriculum, rng);
  const ep = runEpisode(curriculum, learner, model, makeFixedPolicy(curriculum), rng, {
    cap: nAttempts,
    posttestAt: nAttempts,
    stopAtMastery: false,
    onAttempt: (row) => attempts.push(row),
  });
  const { state, history, now } = ep;

  const t0 = performance.now();
  const index = buildPickIndex(problems, graph);
  const indexMs = performance.now() - t0;
  const base = { problems, prerequisites: graph, model, state, now, recent: history };
  const fresh = { ...base, state: model.initialState(), recent: [] };
  const sample = chooseNext({ ...base, index });
  // Warm up the JIT on every path before measuring.
  for (let i = 0; i < 20; i++) chooseNext({ ...base, index });
  naivePick(problems, graph, model, state, now, history);

  // Interleaved rounds, so load from other processes hits every variant alike.
  const pick: number[] = [];
  const pickFresh: number[] = [];
  const pickNoIndex: number[] = [];
  const naive: number[] = [];
  for (let round = 0; round < Math.max(1, nPicks / 10); round++) {
    pick.push(...time(() => chooseNext({ ...base, index }), 10));
    pickFresh.push(...time(() => chooseNext({ ...fresh, index }), 10));
    pickNoIndex.push(...time(() => chooseNext(base), 1));
    naive.push(...time(() => naivePick(problems, graph, model, state, now, history), 1));
  }
  for (const xs of [pick, pickFresh, pickNoIndex, naive]) xs.sort((a, b) => a - b);

  // One update: a copy of the student's state per call, so every call sees the same history.
  const items = attempts;
  let k = 0;
  const copies = Array.from({ length: 2000 }, () => structuredClone(state));
  const update = time(() => {
    const row = items[k % items.length] as KtRow;
    model.update(copies[k++] as StudentState, row.item, { correct: row.correct, hintsUsed: row.hintsUsed, t: now });
  }, copies.length);
  const replay = time(() => {
    const st = model.initialState();
    for (const row of items) model.update(st, row.item, row);
  }, 20);

  const ms = (xs: number[], p: number) => Math.round(percentile(xs, p) * 1000) / 1000;
  console.log(
    `${problems.length} problems, ${index.skillIds.length} skills, student with ${history.length} problems / ${ep.steps} attempts; model: ${label}`,
  );
  console.log(`index built once in ${Math.round(indexMs)} ms; sample pick: ${sample.kind}: ${sample.reason}`);
  printTable([
    { operation: "pick: chooseNext + prebuilt index", calls: pick.length, p50_ms: ms(pick, 50), p95_ms: ms(pick, 95) },
    {
      operation: "pick: same, fresh student",
      calls: pickFresh.length,
      p50_ms: ms(pickFresh, 50),
      p95_ms: ms(pickFresh, 95),
    },
    {
      operation: "pick: chooseNext, index per call",
      calls: pickNoIndex.length,
      p50_ms: ms(pickNoIndex, 50),
      p95_ms: ms(pickNoIndex, 95),
    },
    { operation: "pick: naive scan (baseline)", calls: naive.length, p50_ms: ms(naive, 50), p95_ms: ms(naive, 95) },
    { operation: "update: one attempt", calls: update.length, p50_ms: ms(update, 50), p95_ms: ms(update, 95) },
    {
      operation: "update: replay history (baseline)",
      calls: replay.length,
      p50_ms: ms(replay, 50),
      p95_ms: ms(replay, 95),
    },
  ]);
  console.log(
    JSON.stringify({
      problems: problems.length,
      skills: index.skillIds.length,
      attempts: ep.steps,
      model: label,
      pick_p95_ms: ms(pick, 95),
      update_p95_ms: ms(update, 95),
      naive_pick_p95_ms: ms(naive, 95),
      naive_update_p95_ms: ms(replay, 95),
      pick_speedup: Math.round((percentile(naive, 95) / percentile(pick, 95)) * 10) / 10,
      pick_speedup_p50: Math.round((percentile(naive, 50) / percentile(pick, 50)) * 10) / 10,
      update_speedup: Math.round(percentile(replay, 95) / percentile(update, 95)),
      // Other processes share these 2 cores: a high load inflates p95 far more than p50.
      load_avg_1m: Math.round(os.loadavg()[0] ?? 0),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
