/**
 * A small BKT with time-based forgetting, implementing KtModel. The product fits one beside its
 * tracing model as the picker's detector of "learnt" (lib/kt/pick/bkt-detector.ts, decision 023);
 * it also stands in for the project's tracing model in tests and benches (the picker must work
 * with any KtModel). Per skill: prior, learn, guess, slip; a forgetting rate per day pulls mastery
 * back toward the prior between practice, so a skill's mastery can drop below 0.95 without new
 * evidence (what review needs), more slowly the more the skill was practised (`consolidation`).
 * Multi-skill steps: P(correct) is the product over skills, and EVERY skill is updated (unlike
 * OATutor, which updates only the first).
 */
import { z } from "zod";
import type { KtItem, KtModel, KtObservation, SkillParamsView, StudentState } from "@/lib/kt/types";

export interface BktParams {
  prior: number;
  learn: number;
  guess: number;
  slip: number;
}

export interface SimpleBktConfig {
  skills: Record<string, BktParams>;
  /** Used for skills missing from `skills`. */
  fallback: BktParams;
  /** Per day, toward the prior. 0 = classic BKT. */
  forgetPerDay: number;
  /** Memory consolidates: the forgetting rate is divided by 1 + consolidation x practice count. */
  consolidation?: number;
}

const DAY_MS = 86_400_000;
export const DEFAULT_BKT: BktParams = { prior: 0.1, learn: 0.15, guess: 0.2, slip: 0.1 };

export class SimpleBkt implements KtModel {
  readonly kind = "simple-bkt";
  readonly config: SimpleBktConfig;

  constructor(config: Partial<SimpleBktConfig> = {}) {
    this.config = { skills: {}, fallback: DEFAULT_BKT, forgetPerDay: 0, ...config };
  }

  private params(skill: string): BktParams {
    return this.config.skills[skill] ?? this.config.fallback;
  }

  initialState(): StudentState {
    return { skills: {}, global: { attempts: 0 } };
  }

  mastery(state: StudentState, skill: string, t: number): number {
    const prm = this.params(skill);
    const s = state.skills[skill];
    if (!s) return prm.prior;
    const p = s.p ?? prm.prior;
    const dt = t - (s.t ?? 0);
    if (this.config.forgetPerDay <= 0 || dt <= 0 || p <= prm.prior) return p;
    const rate = this.config.forgetPerDay / (1 + (this.config.consolidation ?? 0) * (s.n ?? 0));
    return prm.prior + (p - prm.prior) * Math.exp((-rate * dt) / DAY_MS);
  }

  predict(state: StudentState, item: KtItem, t: number): number {
    let p = 1;
    for (const skill of item.skills) {
      const prm = this.params(skill);
      const m = this.mastery(state, skill, t);
      p *= m * (1 - prm.slip) + (1 - m) * prm.guess;
    }
    return p;
  }

  update(state: StudentState, item: KtItem, obs: KtObservation): StudentState {
    // A first attempt after hints is not evidence of unaided success: count it as incorrect.
    const correct = obs.correct && obs.hintsUsed === 0;
    for (const skill of item.skills) {
      const prm = this.params(skill);
      const m = this.mastery(state, skill, obs.t);
      const post = correct
        ? (m * (1 - prm.slip)) / (m * (1 - prm.slip) + (1 - m) * prm.guess)
        : (m * prm.slip) / (m * prm.slip + (1 - m) * (1 - prm.guess));
      const prev = state.skills[skill];
      state.skills[skill] = { p: post + (1 - post) * prm.learn, t: obs.t, n: (prev?.n ?? 0) + 1 };
    }
    state.global.attempts = (state.global.attempts ?? 0) + 1;
    return state;
  }

  describe(): SkillParamsView[] {
    return Object.entries(this.config.skills).map(([skill, p]) => ({
      skill,
      params: {
        ...p,
        forgetPerDay: this.config.forgetPerDay,
        ...(this.config.consolidation !== undefined && { consolidation: this.config.consolidation }),
      },
    }));
  }

  toJSON(): unknown {
    return { kind: this.kind, ...this.config };
  }
}

const unit = z.number().finite().min(0).max(1);
const bktParamsSchema = z.object({ prior: unit, learn: unit, guess: unit, slip: unit });
const simpleBktSchema = z.object({
  kind: z.literal("simple-bkt"),
  skills: z.record(z.string(), bktParamsSchema),
  fallback: bktParamsSchema,
  forgetPerDay: z.number().finite().min(0).max(10),
  consolidation: z.number().finite().min(0).max(100).optional(),
});

/** Rebuilds a SimpleBkt from its toJSON() (a stored fit's detector); throws on anything else. */
export function loadSimpleBkt(json: unknown): SimpleBkt {
  const parsed = simpleBktSchema.safeParse(json);
  if (!parsed.success) throw new Error(`loadSimpleBkt: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const { kind: _kind, ...config } = parsed.data;
  return new SimpleBkt(config);
}
