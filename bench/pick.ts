// npx tsx bench/pick.ts [--seeds 1,2,3,4,5 --learners 10 --cap 1500 --posttest-at 300 --train 200]
//   [--sims latent,bkt-assist09,bkt-statics,elo] [--policies policy,lessons,...] [--all]
//   [--precision 0.9] [--threshold 0.9]  "mastered": calibrated per seed at this precision, or fixed
//   [--model project|simple] [--fit-model path/to/fit-model.ts]  which tracing model
//   [--weights '{"need":1}'] [--target 0.7] [--move-on 12]  picker options, for tuning
//   [--gap-days 1] [--delay-days 30]  days between sessions; delayed post-test after the last one
// Tune on seeds other than the reported ones (the gain rule was tuned on 1-5; held out: 6-10).
//
// Simulated learners practise under problem-choosing policies; every policy gets the same tracing
// model, the same state and the same "mastered" level, and meets the same learners (same seed per
// learner). Learners come from several simulators (lib/kt/simulate), none of them the tracing
// model: `latent` (continuous skills gated by prerequisites, clock-time forgetting), `bkt-assist09`
// and `bkt-statics` (plain BKT learners whose per-skill parameters are fitted by EM on the real
// ASSISTments 2009 / OLI Statics training data in ../shared/data/kt and mapped onto the simulated
// skills), `elo` (an Elo/logistic learner, compensatory, no prerequisites). Per simulator and seed:
// a curriculum, the tracing model fitted on other learners of that simulator, and "mastered"
// calibrated on those training learners: the lowest threshold on the model's mastery that is
// right (truly mastered) at least --precision of the time; its precision and recall are then
// measured on held-out learners. Policies: the project's chooseNext (`policy`: the model's live
// mastery; `product`: the values the product shows, decision 014), and the baselines
// `oatutor-ready` (OATutor's heuristic among prerequisite-ready problems), `lessons` (one lesson
// per skill in course order, OATutor's heuristic inside, next lesson once mastered), `skill-builder`
// (ASSISTments: three right in a row, then the next skill; 10 problems per skill per day),
// `random`, `fixed` (course order, no model) and `oatutor` (OATutor's heuristic over every problem,
// kept for comparison: not a fair baseline on a prerequisite-gated curriculum), and `oracle`, which
// reads the simulator's truth (lessons in course order, moving on the moment a skill is truly
// mastered): not a baseline, a bound on what knowing when to move on is worth; `policy-truth`, the
// gain rule reading the same truth: beside oracle, what the gain rule's order is worth once
// "when is it learnt" is known exactly (decision 023, ninth session).
// Opportunities to mastery = steps until the simulator says every skill is mastered (learners
// who never get there count at the cap). Post-test after --posttest-at steps.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readKtFile } from "@/lib/kt/data/read-kt-file";
import { fitChainBkt } from "@/lib/kt/model/chain-bkt";
import { fitModel } from "@/lib/kt/model/fit-model";
import { fitSimpleBkt } from "@/lib/kt/model/fit-simple-bkt";
import { buildPickIndex } from "@/lib/kt/pick/build-pick-index";
import { fitLearntClassifier, LEARNT_FEATURES, type LearntClassifier } from "@/lib/kt/pick/learnt-classifier";
import type { PickWeights } from "@/lib/kt/pick/types";
import { assignBktParams, type BktSkillParams, drawBktLearner, fitBktPool } from "@/lib/kt/simulate/bkt-learner";
import {
  agreementAt,
  calibrateThreshold,
  learntPairs,
  masteryCurve,
  masteryPairs,
  proxyLearntPairs,
} from "@/lib/kt/simulate/calibrate-mastery";
import { createRng, deriveSeed } from "@/lib/kt/simulate/create-rng";
import { drawEloLearner } from "@/lib/kt/simulate/elo-learner";
import { makeCurriculum } from "@/lib/kt/simulate/make-curriculum";
import {
  makeChooseNextPolicy,
  makeDetectorGainPolicy,
  makeFixedPolicy,
  makeLessonsPolicy,
  makeOatutorPolicy,
  makeOatutorReadyPolicy,
  makeOraclePolicy,
  makeRandomPolicy,
  makeSkillBuilderPolicy,
  makeTruthGainPolicy,
  toPickProblems,
} from "@/lib/kt/simulate/make-policies";
import { makeTrainingData } from "@/lib/kt/simulate/make-training-rows";
import { type EpisodeResult, type Policy, runEpisode } from "@/lib/kt/simulate/run-episode";
import { type DrawSimLearner, drawLatentLearner, type SimLearner } from "@/lib/kt/simulate/sim-learner";
import type { KtModel, KtRow, StudentState } from "@/lib/kt/types";
import { arg, percentile, printTable, root } from "./lib";

const seeds = arg("seeds", "1,2,3,4,5").split(",").map(Number);
const learners = Number(arg("learners", "10"));
const cap = Number(arg("cap", "1500"));
const posttestAt = Number(arg("posttest-at", "300"));
const trainLearners = Number(arg("train", "200"));
const modelChoice = arg("model", "project");
const fitModelPath = arg("fit-model", "");
const weights = JSON.parse(arg("weights", "{}")) as Partial<PickWeights>;
const target = Number(arg("target", "0.7"));
const moveOnAfter = Number(arg("move-on", "12"));
const gapDays = Number(arg("gap-days", "1"));
const delayDays = Number(arg("delay-days", "30"));
const precision = Number(arg("precision", "0.9"));
// `policy` runs chooseNext with the app's options but the calibrated threshold; `policy-after`
// also reviews parked skills first (PickInput.parked "after"); `policy-auto` does that only when
// the calibration reached its precision target on the training learners (the model's "mastered"
// can be trusted to leave a skill out of review), else it is `policy`. The goal line judges
// policy-auto (decision 023 says how it was chosen). --parked changes `policy`'s mode.
// `policy-gain` is chooseNext's rule "gain" (expected learning gain per opportunity under the
// model's calibrated P(learnt), stop rule, review by doubt); the candidate `policy-gain-auto`
// uses it when the calibration curve reaches P(learnt) >= --gain-at (default 0.99: the model can
// say "surely learnt"), else policy-auto. --extra '{"gain":{"minGain":0.2}}' adds options to
// policy-gain and policy-evidence (tuning); --diagnose prints where the steps went.
// The candidate `policy-evidence` (third session) is the gain rule under every simulator, given
// each skill's current run of right first attempts (PickInput.streaks): three in a row count as
// "learnt" where the model cannot say so itself. The candidate `policy-fitted` (seventh session)
// is the gain rule with P(learnt) from a logistic model fitted on the training learners' truth
// over the model's mastery and the student's record per skill (practice count, wrong answers,
// current run; lib/kt/pick/learnt-classifier.ts): it needs the learners' truth to fit against.
// Without that truth (tenth session): `policy-pooled` (one classifier fitted on every simulator's
// learners at --pooled-seeds), `policy-loso` (fitted without the simulator it is judged under),
// `policy-proxy` (fitted on the training learners' own logs, "learnt" = --proxy NEED/AHEAD of the
// next first attempts right), `policy-self` (the tracing model's own mastery as P(learnt)) and
// the candidate `policy-bkt`, the product's picker once a fit is current: the gain rule with
// P(learnt) from per-skill BKT fitted by EM on the training learners' first attempts
// (lib/kt/pick/bkt-detector.ts; forgetting that consolidates with practice, a stop at P 0.995 and
// review by the detector's doubt: decision 023, eleventh session; review by a fresh problem near
// the target success, not the skill's one-step problem: twelfth session), the tracing model for
// the rest. The goal line judges it. `policy-chain` (fifteenth session, tried and not adopted) is
// the same with a chain of --chain-states knowledge states per skill as the detector
// (lib/kt/model/chain-bkt.ts); `policy-select` (sixteenth session, tried and not adopted) takes,
// per skill, BKT or the chain, whichever predicts held-out training students' answers better.
const parked = arg("parked", "review") as "review" | "after" | "practise";
const fixedThreshold = arg("threshold", "");
// --diagnose: per policy, where the opportunities went (steps on skills already truly mastered,
// steps after all but one skill were mastered).
const diagnose = process.argv.includes("--diagnose");
const extraOpts = JSON.parse(arg("extra", "{}")) as Record<string, unknown>;
// policy-gain-auto takes the gain rule when the calibration curve reaches this P(learnt). 0.95
// was declared before seeds 6-10; under Elo learners the curve reached 0.95-0.98 on 4 of those
// 5 seeds and the gain rule lost there, so 0.99 (both BKT simulators reach 1.0 at every seed)
// was fixed after seeing them and checked on fresh seeds 11-15 (decision 023).
const gainAt = Number(arg("gain-at", "0.99"));
// lessons-fitted and oatutor-ready-fitted move on when the learnt classifier's P(learnt) reaches
// this. Default 0.5: their best on seeds 1-5 among 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9 and 0.95
// (moving on early and letting OATutor's lowest-first phase catch what was left pays for them).
const fittedAt = Number(arg("fitted-at", "0.5"));
// policy-proxy's label: "learnt" when at least NEED of the next AHEAD first attempts on the skill are right.
const [proxyNeed, proxyAhead] = arg("proxy", "2/3").split("/").map(Number) as [number, number];
// policy-pooled's classifier is fitted on every simulator's training learners at these seeds
// (none of the reported runs use them): one classifier for every population, as a product would ship.
const pooledSeeds = arg("pooled-seeds", "901,902,903,904,905").split(",").map(Number);
/** The fair baselines as issue 17 named them, each with the tracing model at its own calibrated threshold. */
const ISSUE_FAIR = ["oatutor-ready", "lessons", "skill-builder", "random", "fixed"];
/** Every fair baseline: those, and two given the candidate's learnt classifier as well (decision 023). */
const FAIR = ["oatutor-ready", "lessons", "oatutor-ready-fitted", "lessons-fitted", "skill-builder", "random", "fixed"];
const CANDIDATE = "policy-bkt";
const DEFAULT_POLICIES = [
  "policy",
  "policy-after",
  "policy-auto",
  "policy-gain",
  "policy-gain-auto",
  "policy-evidence",
  "policy-fitted",
  CANDIDATE,
  ...FAIR,
  "oatutor",
  "oracle",
  "policy-truth",
];
const ALL_POLICIES = [
  ...DEFAULT_POLICIES,
  "policy-pooled",
  "policy-chain",
  "policy-select",
  "policy-loso",
  "policy-proxy",
  "policy-self",
  "evidence-no-curve",
  "policy-doubt",
  "product",
  "policy-no-time",
  "product-no-time",
];
const policyNames = process.argv.includes("--all")
  ? ALL_POLICIES
  : arg("policies", DEFAULT_POLICIES.join(",")).split(",");
const DATA = path.resolve(root, "../shared/data/kt");
const DATASETS: Record<string, string> = {
  "bkt-assist09": "assist2009/gervet/preprocessed_data_train.csv",
  "bkt-statics": "statics/gervet/preprocessed_data_train.csv",
};
const chainStates = Number(arg("chain-states", "3"));
const simNames = arg("sims", "latent,bkt-assist09,bkt-statics,elo").split(",");

/** Per skill, the held-out (2-fold by student) log-likelihood of each candidate's predictions. */
function heldOutSkillLl(train: (rows: KtRow[]) => KtModel, rows: KtRow[]): Map<string, number> {
  const fold = (student: string) => {
    let h = 0;
    for (let i = 0; i < student.length; i++) h = (h * 31 + student.charCodeAt(i)) | 0;
    return h & 1;
  };
  const out = new Map<string, number>();
  for (const f of [0, 1]) {
    const model = train(rows.filter((r) => fold(r.student) !== f));
    const states = new Map<string, StudentState>();
    for (const r of rows) {
      if (fold(r.student) !== f) continue;
      let st = states.get(r.student);
      if (!st) {
        st = model.initialState();
        states.set(r.student, st);
      }
      const p = Math.min(1 - 1e-6, Math.max(1e-6, model.predict(st, r.item, r.t)));
      const ll = Math.log(r.correct ? p : 1 - p);
      for (const s of r.item.skills) out.set(s, (out.get(s) ?? 0) + ll);
      model.update(st, r.item, { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t });
    }
  }
  return out;
}

/** Per skill, the candidate detector whose predictions of unseen students' answers were best. */
function selectDetector(rows: KtRow[], trainers: ((rows: KtRow[]) => KtModel)[]): KtModel {
  const lls = trainers.map((train) => heldOutSkillLl(train, rows));
  const full = trainers.map((train) => train(rows));
  const pick = new Map<string, number>();
  const counts = trainers.map(() => 0);
  for (const skill of lls[0]?.keys() ?? []) {
    let best = 0;
    for (let i = 1; i < trainers.length; i++)
      if ((lls[i]?.get(skill) ?? -Infinity) > (lls[best]?.get(skill) ?? -Infinity)) best = i;
    pick.set(skill, best);
    counts[best] = (counts[best] ?? 0) + 1;
  }
  if (process.env.PICK_DEBUG) console.log("selected per skill:", counts.join(" / "));
  const subs = new WeakMap<StudentState, StudentState[]>();
  const of = (st: StudentState) => {
    let v = subs.get(st);
    if (!v) {
      v = full.map((m) => m.initialState());
      subs.set(st, v);
    }
    return v;
  };
  const first = full[0] as KtModel;
  return {
    kind: "select",
    initialState: () => ({ skills: {}, global: {} }),
    predict: (st, item, t) => first.predict(of(st)[0] as StudentState, item, t),
    update: (st, item, obs) => {
      const v = of(st);
      for (let i = 0; i < full.length; i++) (full[i] as KtModel).update(v[i] as StudentState, item, obs);
      return st;
    },
    mastery: (st, skill, t) => {
      const i = pick.get(skill) ?? 0;
      return (full[i] as KtModel).mastery(of(st)[i] as StudentState, skill, t);
    },
    describe: () => first.describe(),
    toJSON: () => ({}),
  };
}

async function fitTracingModel(rows: KtRow[]): Promise<{ model: KtModel; label: string }> {
  if (modelChoice === "simple") return { model: fitSimpleBkt(rows), label: "simple-bkt (stand-in)" };
  if (!fitModelPath) return { model: fitModel(rows), label: "project fitModel" };
  const mod = (await import(pathToFileURL(path.resolve(fitModelPath)).href)) as {
    fitModel: (rows: KtRow[]) => KtModel | Promise<KtModel>;
  };
  return { model: await mod.fitModel(rows), label: fitModelPath };
}

type MakeDraw = (c: ReturnType<typeof makeCurriculum>, seed: number) => DrawSimLearner;
const simulators = new Map<string, MakeDraw | null>();

/** Per simulator: how to draw a learner for a curriculum and seed (null: data missing). Memoised. */
function simulator(name: string): MakeDraw | null {
  if (!simulators.has(name)) simulators.set(name, loadSimulator(name));
  return simulators.get(name) ?? null;
}

function loadSimulator(name: string): MakeDraw | null {
  if (name === "latent") return () => drawLatentLearner;
  if (name === "elo") return () => drawEloLearner;
  const file = DATASETS[name];
  if (!file) throw new Error(`unknown simulator ${name}`);
  const full = path.join(DATA, file);
  if (!existsSync(full)) return null;
  const pool = fitBktPool(readKtFile("gervet", full).rows);
  console.log(`${name}: ${pool.length} fitted per-skill BKT parameter sets kept from ${file}`);
  return (c, seed) => {
    const params: BktSkillParams[] = assignBktParams(c, pool, createRng(deriveSeed(seed, 4)));
    return (cur, rng) => drawBktLearner(cur, params, rng);
  };
}

/** Per simulator and seed: the curriculum, its learners, the training learners and what is fitted on them. */
interface Prepared {
  curriculum: ReturnType<typeof makeCurriculum>;
  draw: DrawSimLearner;
  problems: ReturnType<typeof toPickProblems>;
  index: ReturnType<typeof buildPickIndex>;
  training: ReturnType<typeof makeTrainingData>;
  model: KtModel;
  label: string;
  /** The learnt classifier's training pairs (features, truth) from the training learners. */
  lp: { x: Float64Array; y: Uint8Array };
}
const preparedCache = new Map<string, Prepared>();

/** Null when the simulator's data is missing. Memoised: policy-loso reads every simulator's pairs. */
async function prepare(sim: string, seed: number): Promise<Prepared | null> {
  const key = `${sim}:${seed}`;
  const hit = preparedCache.get(key);
  if (hit) return hit;
  const make = simulator(sim);
  if (!make) return null;
  const curriculum = makeCurriculum(deriveSeed(seed, 1));
  const draw = make(curriculum, seed);
  const problems = toPickProblems(curriculum);
  const index = buildPickIndex(problems, curriculum.prerequisites);
  const training = makeTrainingData(curriculum, trainLearners, deriveSeed(seed, 2), 500, draw);
  const fitted = await fitTracingModel(training.rows);
  const lp = learntPairs(fitted.model, training);
  const prep = { curriculum, draw, problems, index, training, model: fitted.model, label: fitted.label, lp };
  preparedCache.set(key, prep);
  return prep;
}

/**
 * One learnt classifier fitted on the training learners of every simulator (all four, whatever
 * --sims says) but `except`, at these seeds, pooled: policy-loso's (leave one simulator out) and
 * policy-pooled's (every simulator, at seeds no reported run uses).
 */
async function pooledClassifier(at: readonly number[], except = ""): Promise<LearntClassifier> {
  const parts: { x: Float64Array; y: Uint8Array }[] = [];
  for (const sim of ["latent", "bkt-assist09", "bkt-statics", "elo"]) {
    if (sim === except) continue;
    for (const seed of at) {
      const prep = await prepare(sim, seed);
      if (prep) parts.push(prep.lp);
    }
  }
  const n = parts.reduce((a, p) => a + p.y.length, 0);
  const x = new Float64Array(n * LEARNT_FEATURES.length);
  const y = new Uint8Array(n);
  let at0 = 0;
  for (const p of parts) {
    x.set(p.x, at0 * LEARNT_FEATURES.length);
    y.set(p.y, at0);
    at0 += p.y.length;
  }
  return fitLearntClassifier(x, y);
}

interface Calibration {
  threshold: number;
  trainPrecision: number;
  trainRecall: number;
  precision: number;
  recall: number;
  firstCall: number;
  reached: boolean;
  precision95: number;
  recall95: number;
  /** The most the calibration curve ever says P(learnt) is (policy-gain-auto: gain rule at >= --gain-at). */
  curveTop: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const range = (xs: number[], d = 1) => `${round(Math.min(...xs), d)}-${round(Math.max(...xs), d)}`;

async function main(): Promise<void> {
  const start = performance.now();
  const results: Record<string, Record<string, EpisodeResult[][]>> = {};
  const calibrations: Record<string, Calibration[]> = {};
  let label = "";
  let pooled: LearntClassifier | null = null;
  const diagnosis: Record<
    string,
    { wasted: number; tail: number; steps: number; n: number; kinds: Record<string, number> }
  > = {};
  for (const sim of simNames) {
    if (!simulator(sim)) {
      console.log(`${sim}: skipped, ${DATASETS[sim]} not found under ${DATA}`);
      continue;
    }
    results[sim] = Object.fromEntries(policyNames.map((p) => [p, []]));
    calibrations[sim] = [];
    for (const seed of seeds) {
      const prep = (await prepare(sim, seed)) as Prepared;
      const { curriculum, draw, problems, index, training, model, lp } = prep;
      label = prep.label;
      const trained = masteryPairs(model, training);
      const calibrated = calibrateThreshold(trained, precision);
      const curve = masteryCurve(trained);
      const classifier = fitLearntClassifier(lp.x, lp.y);
      // policy-proxy: the same rule with a classifier fitted on the training learners' own logs,
      // no truth: "learnt" = at least --proxy NEED/AHEAD of the next first attempts on the skill right.
      const proxy = policyNames.includes("policy-proxy")
        ? (() => {
            const pp = proxyLearntPairs(model, training, proxyAhead, proxyNeed);
            return fitLearntClassifier(pp.x, pp.y);
          })()
        : null;
      // policy-bkt's detector: per-skill BKT fitted by EM on the training learners' first attempts.
      const detector = policyNames.includes("policy-bkt") ? fitSimpleBkt(training.rows) : null;
      // policy-chain's detector: a chain of --chain-states knowledge states per skill, fitted the same way.
      const chain = policyNames.includes("policy-chain") ? fitChainBkt(training.rows, chainStates) : null;
      // policy-select's detector: per skill, BKT or the chain, whichever predicted held-out students better.
      const selected = policyNames.includes("policy-select")
        ? selectDetector(training.rows, [(r) => fitSimpleBkt(r), (r) => fitChainBkt(r, chainStates)])
        : null;
      // policy-loso: the same rule with a classifier fitted only on the OTHER simulators' learners.
      const loso = policyNames.includes("policy-loso") ? await pooledClassifier([seed], sim) : null;
      // policy-pooled: one classifier fitted on every simulator's learners at --pooled-seeds.
      pooled ??= policyNames.includes("policy-pooled") ? await pooledClassifier(pooledSeeds) : null;
      if (process.env.PICK_DEBUG) console.log(sim, seed, classifier.weights.map((w) => round(w, 2)).join(" "));
      // The most the calibration ever says: >= 0.95 means the model can tell "surely learnt".
      const curveTop = curve.p[curve.p.length - 1] ?? 0;
      const threshold = fixedThreshold ? Number(fixedThreshold) : calibrated.threshold;
      const held = masteryPairs(model, makeTrainingData(curriculum, 40, deriveSeed(seed, 5), 500, draw));
      const at = agreementAt(held, threshold);
      const at95 = agreementAt(held, 0.95);
      calibrations[sim]?.push({
        threshold,
        trainPrecision: calibrated.precision,
        trainRecall: calibrated.recall,
        precision: at.precision,
        recall: at.recall,
        firstCall: at.firstCallPrecision,
        reached: calibrated.reached,
        precision95: at95.precision,
        recall95: at95.recall,
        curveTop,
      });
      const pickOpts = { weights, targetSuccess: target, moveOnAfter, threshold, parked };
      const base = { threshold };
      // The baselines given policy-fitted's knowledge: P(learnt) by the same classifier, moving on
      // at --fitted-at.
      const fittedBase = { threshold: fittedAt, learnt: classifier };
      let current: SimLearner | null = null;
      let lastKind = "";
      const onPick = (kind: string) => {
        lastKind = kind;
      };
      const makers: Record<string, () => Policy> = {
        oracle: () => makeOraclePolicy(curriculum, current as SimLearner),
        // The gain rule with the simulator's truth as its detector (the order's worth, beside oracle).
        "policy-truth": () =>
          makeTruthGainPolicy(problems, index, { ...pickOpts, ...extraOpts }, () => current as SimLearner),
        policy: () => makeChooseNextPolicy(problems, index, pickOpts),
        "policy-after": () => makeChooseNextPolicy(problems, index, { ...pickOpts, parked: "after" }),
        "policy-auto": () =>
          makeChooseNextPolicy(problems, index, { ...pickOpts, parked: calibrated.reached ? "after" : parked }, onPick),
        "policy-doubt": () =>
          makeChooseNextPolicy(
            problems,
            index,
            { ...pickOpts, ...extraOpts, masteredCurve: curve, reviewBy: "doubt" },
            onPick,
          ),
        "policy-gain-auto": () =>
          curveTop >= gainAt
            ? makeChooseNextPolicy(problems, index, { ...pickOpts, masteredCurve: curve, rule: "gain" }, onPick)
            : makeChooseNextPolicy(
                problems,
                index,
                { ...pickOpts, parked: calibrated.reached ? "after" : parked },
                onPick,
              ),
        "policy-gain": () =>
          makeChooseNextPolicy(
            problems,
            index,
            { ...pickOpts, masteredCurve: curve, rule: "gain", ...extraOpts },
            onPick,
          ),
        "policy-evidence": () =>
          makeChooseNextPolicy(
            problems,
            index,
            { ...pickOpts, masteredCurve: curve, rule: "gain", ...extraOpts },
            onPick,
            false,
            true,
          ),
        "policy-fitted": () =>
          makeChooseNextPolicy(
            problems,
            index,
            { ...pickOpts, rule: "gain", learntClassifier: classifier, ...extraOpts },
            onPick,
          ),
        // The gain rule with P(learnt) from per-skill BKT fitted by EM on the training learners'
        // logs (no truth), the tracing model for everything else: the product's picker.
        "policy-bkt": () =>
          makeDetectorGainPolicy(problems, index, { ...pickOpts, ...extraOpts }, detector ?? model, onPick),
        "policy-chain": () =>
          makeDetectorGainPolicy(problems, index, { ...pickOpts, ...extraOpts }, chain ?? model, onPick),
        "policy-select": () =>
          makeDetectorGainPolicy(problems, index, { ...pickOpts, ...extraOpts }, selected ?? model, onPick),
        // The gain rule on the tracing model's own mastery as P(learnt): no calibration, no truth.
        "policy-self": () => makeChooseNextPolicy(problems, index, { ...pickOpts, rule: "gain", ...extraOpts }, onPick),
        "policy-pooled": () =>
          makeChooseNextPolicy(
            problems,
            index,
            { ...pickOpts, rule: "gain", learntClassifier: pooled ?? classifier, ...extraOpts },
            onPick,
          ),
        "policy-proxy": () =>
          makeChooseNextPolicy(
            problems,
            index,
            { ...pickOpts, rule: "gain", learntClassifier: proxy ?? classifier, ...extraOpts },
            onPick,
          ),
        "policy-loso": () =>
          makeChooseNextPolicy(
            problems,
            index,
            { ...pickOpts, rule: "gain", learntClassifier: loso ?? classifier, ...extraOpts },
            onPick,
          ),
        "evidence-no-curve": () =>
          makeChooseNextPolicy(problems, index, { ...pickOpts, rule: "gain", ...extraOpts }, onPick, false, true),
        product: () => makeChooseNextPolicy(problems, index, pickOpts, undefined, true),
        "policy-no-time": () => makeChooseNextPolicy(problems, index, { ...pickOpts, timeAwareReview: false }),
        "product-no-time": () =>
          makeChooseNextPolicy(problems, index, { ...pickOpts, timeAwareReview: false }, undefined, true),
        "oatutor-ready": () => makeOatutorReadyPolicy(base),
        "oatutor-ready-fitted": () => makeOatutorReadyPolicy(fittedBase),
        "lessons-fitted": () => makeLessonsPolicy(curriculum, fittedBase),
        lessons: () => makeLessonsPolicy(curriculum, base),
        "skill-builder": () => makeSkillBuilderPolicy(curriculum),
        random: makeRandomPolicy,
        fixed: () => makeFixedPolicy(curriculum),
        oatutor: () => makeOatutorPolicy(base),
      };
      const perSeed: Record<string, EpisodeResult[]> = Object.fromEntries(policyNames.map((p) => [p, []]));
      for (let k = 0; k < learners; k++) {
        for (const name of policyNames) {
          const makePolicy = makers[name];
          if (!makePolicy) throw new Error(`unknown policy ${name}`);
          // Same seed per learner for every policy: same traits, same prior knowledge.
          const rng = createRng(deriveSeed(seed, 3, k));
          const learner = draw(curriculum, rng);
          current = learner;
          const known = new Uint8Array(curriculum.skills.length);
          const skillIndex = new Map(curriculum.skills.map((s, i) => [s.id, i]));
          let step = 0;
          let wasted = 0;
          let lastOneFrom = -1;
          let done = false;
          lastKind = "";
          const byKind: Record<string, number> = {};
          const onAttempt = diagnose
            ? (row: KtRow, l: SimLearner, minute: number) => {
                if (done) return;
                step++;
                if (row.item.skills.every((s) => known[skillIndex.get(s) ?? 0])) {
                  wasted++;
                  byKind[lastKind] = (byKind[lastKind] ?? 0) + 1;
                }
                for (let i = 0; i < known.length; i++) known[i] = l.skillMastered(i, minute) ? 1 : 0;
                const left = known.length - known.reduce((a, b) => a + b, 0);
                if (left === 1 && lastOneFrom < 0) lastOneFrom = step;
                if (left > 1) lastOneFrom = -1;
                if (left === 0) done = true;
              }
            : undefined;
          const r = runEpisode(curriculum, learner, model, makePolicy(), rng, {
            cap,
            posttestAt,
            daysBetweenSessions: gapDays,
            delayDays,
            threshold,
            ...(onAttempt && { onAttempt }),
          });
          if (diagnose) {
            const key = `${sim}\t${name}`;
            const d = diagnosis[key] ?? { wasted: 0, tail: 0, steps: 0, n: 0, kinds: {} };
            diagnosis[key] = d;
            d.wasted += wasted;
            d.tail += lastOneFrom >= 0 ? step - lastOneFrom : 0;
            d.steps += step;
            d.n++;
            for (const [k, v] of Object.entries(byKind)) d.kinds[k] = (d.kinds[k] ?? 0) + v;
          }
          perSeed[name]?.push(r);
        }
      }
      for (const name of policyNames) results[sim]?.[name]?.push(perSeed[name] ?? []);
      console.log(
        `${sim} seed ${seed}: mastered = model mastery >= ${threshold} (train first-call precision ${round(calibrated.firstCallPrecision, 3)}${calibrated.reached ? "" : ", target not reached: best F1"}; P(learnt) tops out at ${round(curveTop, 3)}); ${round((performance.now() - start) / 1000)} s so far`,
      );
    }
  }

  if (diagnose) {
    console.log("\nwhere the steps went (per learner, until all truly mastered or the cap):");
    printTable(
      Object.entries(diagnosis).map(([k, d]) => {
        const [sim, policy] = k.split("\t");
        return {
          simulator: sim ?? "",
          policy: policy ?? "",
          steps: round(d.steps / d.n),
          "on mastered skills": round(d.wasted / d.n),
          "last skill alone": round(d.tail / d.n),
          "on mastered, by pick kind": Object.entries(d.kinds)
            .map(([k, v]) => `${k || "-"} ${round(v / d.n)}`)
            .join(", "),
        };
      }),
    );
  }
  console.log(
    `\ntracing model: ${label}, fitted per simulator and seed on ${trainLearners} other learners; seeds ${seeds.join(",")}, ${learners} learners per seed; cap ${cap} steps; post-test after ${posttestAt} steps; sessions of 30 steps every ${gapDays} day(s); ${round((performance.now() - start) / 1000)} s in all`,
  );
  console.log(
    `\n"mastered" for the tracing model, calibrated on training learners (first-call precision >= ${precision}, else best F1), measured on 40 held-out learners per seed (precision and recall over every attempt):`,
  );
  printTable(
    Object.entries(calibrations).map(([sim, cs]) => ({
      simulator: sim,
      threshold: range(
        cs.map((c) => c.threshold),
        2,
      ),
      "first-call precision": round(mean(cs.map((c) => c.firstCall)), 3),
      precision: round(mean(cs.map((c) => c.precision)), 3),
      recall: round(mean(cs.map((c) => c.recall)), 3),
      "precision @0.95": round(mean(cs.map((c) => c.precision95)), 3),
      "recall @0.95": round(mean(cs.map((c) => c.recall95)), 3),
      "P(learnt) at most": range(
        cs.map((c) => c.curveTop),
        2,
      ),
    })),
  );
  const summary: Record<string, Record<string, Record<string, number | string>>> = {};
  const rows: Record<string, string | number>[] = [];
  for (const [sim, byPolicy] of Object.entries(results)) {
    summary[sim] = {};
    for (const [name, perSeed] of Object.entries(byPolicy)) {
      const opp = perSeed.map((rs) => mean(rs.map((r) => r.toMastery ?? cap)));
      const post = perSeed.map((rs) => mean(rs.map((r) => r.posttest)));
      const delayed = perSeed.map((rs) => mean(rs.map((r) => r.delayedPosttest)));
      const pooled = perSeed
        .flat()
        .map((r) => r.toMastery ?? cap)
        .sort((a, b) => a - b);
      const never = perSeed.flat().filter((r) => r.toMastery === null).length;
      const s = {
        opportunities: round(mean(opp)),
        opportunities_min: round(Math.min(...opp)),
        opportunities_max: round(Math.max(...opp)),
        median: percentile(pooled, 50),
        p90: percentile(pooled, 90),
        never,
        learners: pooled.length,
        posttest: round(mean(post), 3),
        posttest_min: round(Math.min(...post), 3),
        posttest_max: round(Math.max(...post), 3),
        delayed: round(mean(delayed), 3),
      };
      (summary[sim] as Record<string, Record<string, number | string>>)[name] = s;
      rows.push({
        simulator: sim,
        policy: name,
        "mean opp.": s.opportunities,
        "(seed min-max)": `${s.opportunities_min}-${s.opportunities_max}`,
        median: s.median,
        p90: s.p90,
        never: `${never}/${pooled.length}`,
        "post-test": s.posttest,
        "(seed min-max) ": `${s.posttest_min}-${s.posttest_max}`,
        [`+${delayDays}d`]: s.delayed,
      });
    }
  }
  console.log(
    "\nopportunities to true mastery (mean of seed means; median, p90 over all learners; never = hit the cap):",
  );
  printTable(rows);

  // Per project policy and simulator: the best fair baseline (fewest opportunities) and the goal,
  // judged twice: against every fair baseline (those given the candidate's learnt classifier too),
  // and against the baselines as the issue defined them (each with the tracing model at its own
  // calibrated threshold).
  type Goal = Record<string, Record<string, Record<string, number | string | boolean>>>;
  const judge = (baselines: readonly string[]): Goal => {
    const goal: Goal = {};
    for (const who of [
      "policy",
      "policy-after",
      "policy-auto",
      "policy-gain",
      "policy-gain-auto",
      "policy-fitted",
      "policy-loso",
      "policy-pooled",
      "policy-proxy",
      "policy-self",
      CANDIDATE,
    ]) {
      for (const [sim, byPolicy] of Object.entries(summary)) {
        const fair = baselines.filter((f) => byPolicy[f]);
        const p = byPolicy[who];
        if (!p || !fair.length) continue;
        const best = fair.reduce((a, b) =>
          (byPolicy[a]?.opportunities as number) <= (byPolicy[b]?.opportunities as number) ? a : b,
        );
        const b = byPolicy[best] as Record<string, number>;
        const reduction = 1 - (p.opportunities as number) / (b.opportunities as number);
        // "Equal or better": within 0.005 of the baseline's mean post-test counts as equal.
        const posttestOk = (p.posttest as number) >= (b.posttest as number) - 0.005;
        goal[who] ??= {};
        (goal[who] as Goal[string])[sim] = {
          best_fair: best,
          best_fair_opportunities: b.opportunities as number,
          best_fair_posttest: b.posttest as number,
          opportunities: p.opportunities as number,
          posttest: p.posttest as number,
          reduction: round(reduction, 3),
          posttest_ok: posttestOk,
          met: reduction >= 0.25 && posttestOk,
        };
      }
    }
    return goal;
  };
  const printGoal = (title: string, goal: Goal) => {
    console.log(`\n${title}`);
    printTable(
      Object.entries(goal).flatMap(([who, bySim]) =>
        Object.entries(bySim).map(([sim, g]) => ({
          policy: who,
          simulator: sim,
          "best fair baseline": `${g.best_fair} (${g.best_fair_opportunities}, post ${g.best_fair_posttest})`,
          "this policy": `${g.opportunities} (post ${g.posttest})`,
          "fewer by": `${round(100 * (g.reduction as number))}%`,
          "post-test ok": String(g.posttest_ok),
          met: String(g.met),
        })),
      ),
    );
  };
  const metEverywhere = (goal: Goal) =>
    // Only a verdict when the candidate ran under every simulator asked for (and a baseline too).
    Object.keys(goal[CANDIDATE] ?? {}).length === Object.keys(summary).length &&
    Object.keys(summary).length > 0 &&
    Object.values(goal[CANDIDATE] ?? {}).every((g) => g.met);
  const goal = judge(FAIR);
  const goalIssue = judge(ISSUE_FAIR);
  printGoal(
    `goal: >= 25% fewer opportunities than the best fair baseline at an equal or better post-test (within 0.005), every fair baseline (${FAIR.join(", ")}); judged for ${CANDIDATE}:`,
    goal,
  );
  printGoal(
    `the same goal against the baselines as issue 17 defined them, each with the tracing model at its own calibrated threshold (${ISSUE_FAIR.join(", ")}):`,
    goalIssue,
  );
  // What the gain rule's order is worth once mastery is known exactly: policy-truth (the gain
  // rule reading the simulator's truth) against oracle (lessons in course order reading it).
  const orderWorth = Object.fromEntries(
    Object.entries(summary).flatMap(([sim, byPolicy]) => {
      const t = byPolicy["policy-truth"];
      const o = byPolicy.oracle;
      if (!t || !o) return [];
      return [
        [
          sim,
          {
            reduction: round(1 - (t.opportunities as number) / (o.opportunities as number), 3),
            posttest: t.posttest as number,
            oracle_posttest: o.posttest as number,
          },
        ],
      ];
    }),
  );
  if (Object.keys(orderWorth).length) {
    console.log(
      "\nthe order's worth with perfect knowledge of mastery (policy-truth against oracle, both reading the simulator's truth):",
    );
    printTable(
      Object.entries(orderWorth).map(([sim, w]) => ({
        simulator: sim,
        "fewer by": `${round(100 * w.reduction)}%`,
        "post-test": `${w.posttest} (oracle ${w.oracle_posttest})`,
      })),
    );
  }
  console.log(
    JSON.stringify({
      model: label,
      seeds,
      learners_per_seed: learners,
      cap,
      posttest_at: posttestAt,
      precision_target: precision,
      calibration: Object.fromEntries(
        Object.entries(calibrations).map(([sim, cs]) => [
          sim,
          {
            thresholds: cs.map((c) => c.threshold),
            target_reached: cs.map((c) => c.reached),
            first_call_precision: round(mean(cs.map((c) => c.firstCall)), 3),
            precision: round(mean(cs.map((c) => c.precision)), 3),
            recall: round(mean(cs.map((c) => c.recall)), 3),
            precision_at_095: round(mean(cs.map((c) => c.precision95)), 3),
            recall_at_095: round(mean(cs.map((c) => c.recall95)), 3),
            p_learnt_top: cs.map((c) => round(c.curveTop, 3)),
          },
        ]),
      ),
      results: summary,
      goal,
      goal_issue_baselines: goalIssue,
      order_worth: orderWorth,
      candidate: CANDIDATE,
      goal_met_everywhere: metEverywhere(goal),
      goal_met_everywhere_issue_baselines: metEverywhere(goalIssue),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
