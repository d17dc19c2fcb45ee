// npx tsx bench/pick.ts [--learners 200 --seed 1 --cap 1500 --posttest-at 300 --train 300]
//   [--model project|simple] [--fit-model path/to/fit-model.ts]  which tracing model
//   [--only policy,oatutor] [--weights '{"need":1}'] [--target 0.7] [--move-on 12]  for tuning
//   [--gap-days 1] [--delay-days 30]  days between sessions; delayed post-test after the last one
// Tune on seeds other than the reported one (the defaults were tuned on seeds 101-103).
// Simulated learners (lib/kt/simulate: a generative model that is NOT the tracing model) practise
// under four problem-choosing policies: the project's chooseNext, OATutor's default heuristic,
// random order and a fixed curriculum order. Same learners and seeds for every policy. The tracing
// model is fitted on a separate set of simulated learners, then updated online from first attempts.
// Time axis: sessions of 30 steps (a minute each) every --gap-days days; the learners forget in
// clock time (simulate-learner.ts), and the model sees the attempts' times (clock-time forgetting,
// decision 007's time addendum). Time-aware review (issue 13 part 4) is compared in four rows:
// policy / policy-no-time (the picker reads the model's live mastery, at `now` or without a clock)
// and product / product-no-time (the picker gets the values the product shows, each skill's
// mastery at its last evidence, plus, when time-aware, the model's predicted recall at `now`).
// Besides the post-test after --posttest-at steps, a delayed post-test --delay-days after the
// learner's last session measures retention.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { fitModel } from "@/lib/kt/model/fit-model";
import { buildPickIndex } from "@/lib/kt/pick/build-pick-index";
import type { PickWeights } from "@/lib/kt/pick/types";
import { createRng, deriveSeed } from "@/lib/kt/simulate/create-rng";
import { fitSimpleBkt } from "@/lib/kt/simulate/fit-simple-bkt";
import { makeCurriculum } from "@/lib/kt/simulate/make-curriculum";
import {
  makeChooseNextPolicy,
  makeFixedPolicy,
  makeOatutorPolicy,
  makeRandomPolicy,
  toPickProblems,
} from "@/lib/kt/simulate/make-policies";
import { makeTrainingRows } from "@/lib/kt/simulate/make-training-rows";
import { type EpisodeResult, type Policy, runEpisode } from "@/lib/kt/simulate/run-episode";
import { drawLearner } from "@/lib/kt/simulate/simulate-learner";
import type { KtModel, KtRow } from "@/lib/kt/types";
import { arg, percentile, printTable } from "./lib";

const learners = Number(arg("learners", "200"));
const seed = Number(arg("seed", "1"));
const cap = Number(arg("cap", "1500"));
const posttestAt = Number(arg("posttest-at", "300"));
const trainLearners = Number(arg("train", "300"));
const modelChoice = arg("model", "project");
// Another fit-model.ts (e.g. a frozen copy) to compare against; default: the project's.
const fitModelPath = arg("fit-model", "");
const weights = JSON.parse(arg("weights", "{}")) as Partial<PickWeights>;
const target = Number(arg("target", "0.7"));
const moveOnAfter = Number(arg("move-on", "12"));
const gapDays = Number(arg("gap-days", "1"));
const delayDays = Number(arg("delay-days", "30"));

/** The project's model by default; the stand-in BKT with --model simple; or another fit-model.ts. */
async function fitTracingModel(rows: KtRow[]): Promise<{ model: KtModel; label: string }> {
  if (modelChoice === "simple") return { model: fitSimpleBkt(rows), label: "simple-bkt (stand-in)" };
  if (!fitModelPath) return { model: fitModel(rows), label: "project fitModel" };
  const mod = (await import(pathToFileURL(path.resolve(fitModelPath)).href)) as {
    fitModel: (rows: KtRow[]) => KtModel | Promise<KtModel>;
  };
  return { model: await mod.fitModel(rows), label: fitModelPath };
}

async function main(): Promise<void> {
  const curriculum = makeCurriculum(deriveSeed(seed, 1));
  const problems = toPickProblems(curriculum);
  const index = buildPickIndex(problems, curriculum.prerequisites);
  const fitStart = performance.now();
  const rows = makeTrainingRows(curriculum, trainLearners, deriveSeed(seed, 2));
  const { model, label } = await fitTracingModel(rows);
  const fitMs = performance.now() - fitStart;

  const kinds: Record<string, number> = {};
  const kindsOf: Record<string, Record<string, number>> = {};
  const count = (name: string) => (k: string) => {
    const c = kindsOf[name] ?? {};
    kindsOf[name] = c;
    c[k] = (c[k] ?? 0) + 1;
    if (name === "policy") kinds[k] = (kinds[k] ?? 0) + 1;
  };
  const pickOpts = { weights, targetSuccess: target, moveOnAfter };
  const policies: Record<string, () => Policy> = {
    policy: () => makeChooseNextPolicy(problems, index, pickOpts, count("policy")),
    "policy-no-time": () =>
      makeChooseNextPolicy(problems, index, { ...pickOpts, timeAwareReview: false }, count("policy-no-time")),
    product: () => makeChooseNextPolicy(problems, index, pickOpts, count("product"), true),
    "product-no-time": () =>
      makeChooseNextPolicy(problems, index, { ...pickOpts, timeAwareReview: false }, count("product-no-time"), true),
    oatutor: makeOatutorPolicy,
    random: makeRandomPolicy,
    fixed: () => makeFixedPolicy(curriculum),
  };
  // --only policy,oatutor runs a subset (for tuning); the final JSON needs all four.
  const only = arg("only", "");
  if (only) for (const k of Object.keys(policies)) if (!only.split(",").includes(k)) delete policies[k];
  const results: Record<string, EpisodeResult[]> = Object.fromEntries(Object.keys(policies).map((k) => [k, []]));
  const runStart = performance.now();
  for (let k = 0; k < learners; k++) {
    for (const [name, make] of Object.entries(policies)) {
      // Same seed per learner for every policy: same traits, same prior knowledge.
      const rng = createRng(deriveSeed(seed, 3, k));
      const learner = drawLearner(curriculum, rng);
      results[name]?.push(
        runEpisode(curriculum, learner, model, make(), rng, {
          cap,
          posttestAt,
          daysBetweenSessions: gapDays,
          delayDays,
        }),
      );
    }
  }
  const runMs = performance.now() - runStart;

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  const summary = Object.fromEntries(
    Object.entries(results).map(([name, rs]) => {
      // Learners who never master count at the cap (a lower bound on their true cost).
      const opp = rs.map((r) => r.toMastery ?? cap);
      const sorted = [...opp].sort((a, b) => a - b);
      const early = rs.filter(
        (r) => r.toEstimatedMastery !== null && (r.toMastery === null || r.toEstimatedMastery < r.toMastery),
      );
      return [
        name,
        {
          opportunities: mean(opp),
          median: percentile(sorted, 50),
          p90: percentile(sorted, 90),
          never: rs.filter((r) => r.toMastery === null).length,
          posttest: mean(rs.map((r) => r.posttest)),
          delayed: mean(rs.map((r) => r.delayedPosttest)),
          modelSaidDoneEarly: early.length,
        },
      ];
    }),
  );
  const s = (name: string) => summary[name] as (typeof summary)[string];

  console.log(
    `curriculum: ${curriculum.skills.length} skills, ${curriculum.problems.length} problems, ${Math.max(...curriculum.skills.map((x) => x.level)) + 1} levels`,
  );
  console.log(
    `tracing model: ${label}, fitted on ${trainLearners} other learners (${rows.length} rows) in ${round(fitMs / 1000)} s`,
  );
  console.log(
    `learners ${learners}, seed ${seed}, cap ${cap} steps, post-test after ${posttestAt} steps and ${delayDays} days after the last session; sessions every ${gapDays} day(s); ran in ${round(runMs / 1000)} s`,
  );
  printTable(
    Object.entries(summary).map(([name, x]) => ({
      policy: name,
      "mean opp. to mastery": round(x.opportunities),
      median: x.median,
      p90: x.p90,
      "never (cap)": x.never,
      "post-test": round(x.posttest, 3),
      [`post-test +${delayDays}d`]: round(x.delayed, 3),
      "model said done early": x.modelSaidDoneEarly,
    })),
  );
  console.log(`policy picks by kind: ${JSON.stringify(kinds)}`);
  for (const [name, k] of Object.entries(kindsOf))
    if (name !== "policy") console.log(`${name} picks by kind: ${JSON.stringify(k)}`);
  if (only) return;
  const reduction = 1 - s("policy").opportunities / s("oatutor").opportunities;
  console.log(
    JSON.stringify({
      learners,
      seed,
      model: label,
      policy_opportunities: round(s("policy").opportunities),
      oatutor_opportunities: round(s("oatutor").opportunities),
      random_opportunities: round(s("random").opportunities),
      fixed_opportunities: round(s("fixed").opportunities),
      policy_posttest: round(s("policy").posttest, 3),
      oatutor_posttest: round(s("oatutor").posttest, 3),
      random_posttest: round(s("random").posttest, 3),
      fixed_posttest: round(s("fixed").posttest, 3),
      reduction_vs_oatutor: round(reduction, 3),
      policy_no_time_opportunities: round(s("policy-no-time").opportunities),
      product_opportunities: round(s("product").opportunities),
      product_no_time_opportunities: round(s("product-no-time").opportunities),
      policy_no_time_posttest: round(s("policy-no-time").posttest, 3),
      product_posttest: round(s("product").posttest, 3),
      product_no_time_posttest: round(s("product-no-time").posttest, 3),
      delay_days: delayDays,
      gap_days: gapDays,
      delayed_posttest: Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, round(v.delayed, 3)])),
      never_mastered: Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, v.never])),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
