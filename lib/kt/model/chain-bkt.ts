/**
 * BKT with a chain of knowledge states instead of two: per skill, K states in a row, each with its
 * own chance of a right first attempt; practice moves a student at most one state up (with a
 * per-state chance), forgetting pulls the state distribution back toward where students start.
 * P(learnt) is the chance of the last state. With K = 2 it is BKT (guess = success of state 0,
 * 1 - slip = success of state 1).
 *
 * Why a chain (decision 023, fifteenth session): BKT's time to learn is geometric (memoryless), so
 * after many mixed answers it still expects learning at the same rate per try, and its guess
 * absorbs a learner who is half-way. A chain of K states makes the time to learn a sum of K - 1
 * waits (less spread, it grows more certain with practice) and gives the half-way learner a state
 * of its own. Fitted by EM per skill (fitChainBkt), like SimpleBkt.
 *
 * Bench only (`npx tsx bench/pick.ts --policies policy-chain`): tried as the picker's detector and
 * not adopted. It won under latent learners on two seed sets and lost under every other simulator
 * (the last state, "learnt", is whatever EM makes it: under BKT learners it split the learnt state
 * and P(learnt) rose late). Figures in decision 023, fifteenth session.
 */
import type { KtItem, KtModel, KtObservation, KtRow, SkillParamsView, StudentState } from "@/lib/kt/types";
import { CONSOLIDATION, FORGET_PER_DAY, groupSequences, type Obs } from "./fit-simple-bkt";

export interface ChainParams {
  /** Where students start: a distribution over the K states. */
  init: number[];
  /** P(move up one state) after a try in state k (k < K - 1). */
  advance: number[];
  /** P(right first attempt) in state k. */
  success: number[];
}

export interface ChainBktConfig {
  states: number;
  skills: Record<string, ChainParams>;
  fallback: ChainParams;
  /** Per day, toward `init`; divided by 1 + consolidation x practice count. */
  forgetPerDay: number;
  consolidation: number;
}

const DAY_MS = 86_400_000;

/** The starting point of EM and the parameters of an unseen skill: success rising over the chain. */
export function defaultChain(states: number): ChainParams {
  const init = Array.from({ length: states }, (_, k) => (k === 0 ? 0.7 : 0.3 / (states - 1)));
  const advance = Array.from({ length: states - 1 }, () => 0.15);
  const success = Array.from({ length: states }, (_, k) => 0.2 + (0.72 * k) / (states - 1));
  return { init, advance, success };
}

export class ChainBkt implements KtModel {
  readonly kind = "chain-bkt";
  readonly config: ChainBktConfig;

  constructor(config: Partial<ChainBktConfig> & { states: number }) {
    this.config = {
      skills: {},
      fallback: defaultChain(config.states),
      forgetPerDay: 0,
      consolidation: 0,
      ...config,
    };
  }

  private params(skill: string): ChainParams {
    return this.config.skills[skill] ?? this.config.fallback;
  }

  initialState(): StudentState {
    return { skills: {}, global: { attempts: 0 } };
  }

  /** The state distribution of a skill at time t (forgetting since its last try applied). */
  distribution(state: StudentState, skill: string, t: number): number[] {
    const prm = this.params(skill);
    const s = state.skills[skill];
    if (!s) return [...prm.init];
    const pi = prm.init.map((_, k) => s[`s${k}`] ?? 0);
    const dt = t - (s.t ?? 0);
    if (this.config.forgetPerDay <= 0 || dt <= 0) return pi;
    const rate = this.config.forgetPerDay / (1 + this.config.consolidation * (s.n ?? 0));
    const w = Math.exp((-rate * dt) / DAY_MS);
    return pi.map((p, k) => (prm.init[k] as number) + (p - (prm.init[k] as number)) * w);
  }

  mastery(state: StudentState, skill: string, t: number): number {
    const pi = this.distribution(state, skill, t);
    return pi[pi.length - 1] ?? 0;
  }

  predict(state: StudentState, item: KtItem, t: number): number {
    let p = 1;
    for (const skill of item.skills) {
      const prm = this.params(skill);
      const pi = this.distribution(state, skill, t);
      let q = 0;
      for (let k = 0; k < pi.length; k++) q += (pi[k] as number) * (prm.success[k] as number);
      p *= q;
    }
    return p;
  }

  update(state: StudentState, item: KtItem, obs: KtObservation): StudentState {
    // A first attempt after hints is not evidence of unaided success: count it as incorrect.
    const correct = obs.correct && obs.hintsUsed === 0;
    for (const skill of item.skills) {
      const prm = this.params(skill);
      const pi = this.distribution(state, skill, obs.t);
      const K = pi.length;
      let z = 0;
      for (let k = 0; k < K; k++) {
        const e = correct ? (prm.success[k] as number) : 1 - (prm.success[k] as number);
        pi[k] = (pi[k] as number) * e;
        z += pi[k] as number;
      }
      const next: SkillStateOut = { t: obs.t, n: (state.skills[skill]?.n ?? 0) + 1 };
      let carry = 0;
      for (let k = 0; k < K; k++) {
        const post = (pi[k] as number) / (z || 1);
        const up = k < K - 1 ? post * (prm.advance[k] as number) : 0;
        next[`s${k}`] = post - up + carry;
        carry = up;
      }
      state.skills[skill] = next;
    }
    state.global.attempts = (state.global.attempts ?? 0) + 1;
    return state;
  }

  describe(): SkillParamsView[] {
    return Object.entries(this.config.skills).map(([skill, p]) => ({
      skill,
      params: {
        ...Object.fromEntries(p.success.map((v, k) => [`success${k}`, v])),
        ...Object.fromEntries(p.advance.map((v, k) => [`advance${k}`, v])),
        forgetPerDay: this.config.forgetPerDay,
        consolidation: this.config.consolidation,
      },
    }));
  }

  toJSON(): unknown {
    return { kind: this.kind, ...this.config };
  }
}

type SkillStateOut = Record<string, number>;

// ---- Fitting ----

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** One Baum-Welch iteration over a skill's sequences (no forgetting: the grid chooses it after). */
function emStep(p: ChainParams, seqs: Obs[][]): ChainParams {
  const K = p.init.length;
  const initNum = new Float64Array(K);
  const advNum = new Float64Array(K);
  const advDen = new Float64Array(K);
  const okNum = new Float64Array(K);
  const okDen = new Float64Array(K);
  const e = (k: number, c: boolean) => (c ? (p.success[k] as number) : 1 - (p.success[k] as number));
  for (const seq of seqs) {
    const n = seq.length;
    const alpha = new Float64Array(n * K);
    const scale = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const c = (seq[i] as Obs).c;
      let z = 0;
      for (let k = 0; k < K; k++) {
        let prior: number;
        if (i === 0) prior = p.init[k] as number;
        else {
          const stay = k < K - 1 ? 1 - (p.advance[k] as number) : 1;
          prior = (alpha[(i - 1) * K + k] as number) * stay;
          if (k > 0) prior += (alpha[(i - 1) * K + k - 1] as number) * (p.advance[k - 1] as number);
        }
        const a = prior * e(k, c);
        alpha[i * K + k] = a;
        z += a;
      }
      scale[i] = z || 1e-300;
      for (let k = 0; k < K; k++) alpha[i * K + k] = (alpha[i * K + k] as number) / (scale[i] as number);
    }
    let beta = new Float64Array(K).fill(1);
    for (let i = n - 1; i >= 0; i--) {
      const c = (seq[i] as Obs).c;
      let g = 0;
      const gamma = new Float64Array(K);
      for (let k = 0; k < K; k++) {
        gamma[k] = (alpha[i * K + k] as number) * (beta[k] as number);
        g += gamma[k] as number;
      }
      for (let k = 0; k < K; k++) {
        const gk = (gamma[k] as number) / (g || 1);
        okDen[k] = (okDen[k] as number) + gk;
        if (c) okNum[k] = (okNum[k] as number) + gk;
        if (i === 0) initNum[k] = (initNum[k] as number) + gk;
        if (i < n - 1 && k < K - 1) advDen[k] = (advDen[k] as number) + gk;
      }
      if (i > 0) {
        // Transitions from i - 1 to i, and beta for i - 1.
        const s = scale[i] as number;
        const nb = new Float64Array(K);
        for (let k = 0; k < K; k++) {
          const stay = k < K - 1 ? 1 - (p.advance[k] as number) : 1;
          let b = stay * e(k, c) * (beta[k] as number);
          if (k < K - 1) {
            const up = (p.advance[k] as number) * e(k + 1, c) * (beta[k + 1] as number);
            b += up;
            advNum[k] = (advNum[k] as number) + ((alpha[(i - 1) * K + k] as number) * up) / s;
          }
          nb[k] = b / s;
        }
        beta = nb;
      }
    }
  }
  const init = p.init.map((_, k) => clamp(initNum[k] as number, 1e-6, Number.POSITIVE_INFINITY));
  const initSum = init.reduce((a, b) => a + b, 0);
  const success = p.success.map((_, k) => clamp((okNum[k] as number) / Math.max(1e-9, okDen[k] as number), 0.01, 0.99));
  // Keep the chain ordered (each state at least as likely right as the one below): EM could
  // otherwise swap states and make "the last state" mean something else.
  for (let k = 1; k < K; k++) success[k] = Math.max(success[k] as number, (success[k - 1] as number) + 0.01);
  return {
    init: init.map((v) => v / initSum),
    advance: p.advance.map((_, k) => clamp((advNum[k] as number) / Math.max(1e-9, advDen[k] as number), 0.005, 0.8)),
    success: success.map((v) => Math.min(0.995, v)),
  };
}

function logLikelihood(model: ChainBkt, data: Map<string, Obs[][]>): number {
  let ll = 0;
  for (const [skill, seqs] of data) {
    const item = { itemId: "", skills: [skill] };
    for (const seq of seqs) {
      const st = model.initialState();
      for (const o of seq) {
        const p = model.predict(st, item, o.t);
        ll += Math.log(Math.max(1e-12, o.c ? p : 1 - p));
        model.update(st, item, { correct: o.c, hintsUsed: 0, t: o.t });
      }
    }
  }
  return ll;
}

/** Fits a K-state chain per skill by EM on first attempts, then forgetting by likelihood on a grid. */
export function fitChainBkt(rows: KtRow[], states = 3, iterations = 40): ChainBkt {
  const data = groupSequences(rows);
  const skills: Record<string, ChainParams> = {};
  for (const [skill, seqs] of data) {
    let p = defaultChain(states);
    for (let k = 0; k < iterations; k++) p = emStep(p, seqs);
    skills[skill] = p;
  }
  let best = new ChainBkt({ states, skills });
  let bestLl = logLikelihood(best, data);
  for (const forgetPerDay of FORGET_PER_DAY)
    for (const consolidation of CONSOLIDATION) {
      const m = new ChainBkt({ states, skills, forgetPerDay, consolidation });
      const ll = logLikelihood(m, data);
      if (ll > bestLl) [best, bestLl] = [m, ll];
    }
  return best;
}
