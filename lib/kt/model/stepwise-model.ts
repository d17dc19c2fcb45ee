import { sigmoid } from "../math";
import type { KtItem, KtModel, KtObservation, SkillParamsView, StudentState } from "../types";
import { type EasinessTable, lookupEasiness } from "./compute-easiness";
import { describeSkills } from "./describe-skills";
import { encodeFeatures, maxEntries } from "./encode-features";
import { isKnowledge, type Layout } from "./feature-layout";
import type { ModelConfig } from "./model-config";
import { readHidden, type SequenceModel, sequenceLogit, updateHidden } from "./sequence-gru";
import { createState, updateStudent } from "./update-student";

export const MODEL_KIND = "stepwise-lr";
/**
 * 2: the extra features (item history, per-skill ability, overall recency) and the optional GRU
 * exist. 3: clock-time forgetting (config timeDecay) exists.
 */
export const MODEL_VERSION = 3;
/** A version-2 model loads with clock-time forgetting off (its layout has no room for it). */
export const VERSION_2_FEATURES: Partial<ModelConfig> = { timeDecay: false };
/** The extra features' settings for a version-1 model: all off (its layout has no room for them). */
export const VERSION_1_FEATURES: Partial<ModelConfig> = {
  itemHistory: false,
  skillThetaStep: 0,
  globalDecay: 0,
  settledThetaRate: 0,
  ...VERSION_2_FEATURES,
};

/** The optional sequence half of the ensemble: P = σ((1 − blend)·z_logistic + blend·z_gru). */
export interface SequencePart {
  model: SequenceModel;
  blend: number;
}

/** Per-skill average of the momentary part of the logit (what mastery uses in its place). */
export interface MasteryOffsets {
  skills: Map<string, number>;
  fallback: number;
}

/**
 * The project's knowledge-tracing model: a logistic model over item and skill difficulty,
 * per-skill learning from successes and failures, recency, response patterns and a running
 * ability θ, with every student feature computed online from the student's own past attempts.
 */
export class StepwiseModel implements KtModel {
  readonly kind = MODEL_KIND;
  private sink = { idx: new Int32Array(64), val: new Float64Array(64) };
  private readonly knowledge: Uint8Array;
  private readonly anchors = new Map<string, [number, number]>();

  constructor(
    readonly config: ModelConfig,
    readonly layout: Layout,
    readonly weights: Float64Array,
    readonly easiness: EasinessTable,
    readonly offsets: MasteryOffsets,
    /** Prediction only: mastery reads the logistic model's knowledge part alone. */
    readonly sequence?: SequencePart,
  ) {
    this.knowledge = new Uint8Array(layout.size);
    for (let j = 0; j < layout.size; j++) this.knowledge[j] = isKnowledge(layout, j) ? 1 : 0;
  }

  initialState(): StudentState {
    return createState();
  }

  predict(state: StudentState, item: KtItem, t: number): number {
    const z = this.logit(state, item.skills, item.itemId, false, t);
    if (!this.sequence) return sigmoid(z);
    const { model, blend } = this.sequence;
    return sigmoid((1 - blend) * z + blend * sequenceLogit(model, readHidden(state.global, model.hidden), item));
  }

  update(state: StudentState, item: KtItem, obs: KtObservation): StudentState {
    updateStudent(this.config, state, item, obs, lookupEasiness(this.easiness, item));
    if (this.sequence) updateHidden(this.sequence.model, state.global, item, obs.correct);
    return state;
  }

  /**
   * P(correct) on an average-difficulty item of this skill from the knowledge part of the
   * model (difficulty, counts, recency, θ), with patterns, gaps and novelty replaced by their
   * training average for the skill. Success weights are ≥ 0, so a success never lowers it.
   * With timeDecay and a time `t` (ms; 0 = unknown), the time since the skill was last
   * practised counts too: the predicted recall at `t`, which only falls as `t` grows.
   */
  pKnowledge(state: StudentState, skill: string, t = 0): number {
    const offset = this.offsets.skills.get(skill) ?? this.offsets.fallback;
    return sigmoid(this.logit(state, [skill], null, true, t) + offset);
  }

  /**
   * pKnowledge rescaled like BKT's P(known): 0 at the level of a new student after
   * `masteryAnchor` straight failures, 1 after as many straight successes, clipped to [0, 1].
   * P(correct) itself rarely reaches 0.95 on real data; this scale makes "0.95 = mastered" mean
   * "about as good as a run of successes", and it is monotone in pKnowledge.
   */
  mastery(state: StudentState, skill: string, t: number): number {
    const p = this.pKnowledge(state, skill, t);
    const [lo, hi] = this.anchorsOf(skill);
    if (hi - lo < 1e-6) return p;
    return Math.min(1, Math.max(0, (p - lo) / (hi - lo)));
  }

  /** pKnowledge of a new student after `masteryAnchor` straight failures / successes (cached). */
  anchorsOf(skill: string): [number, number] {
    const key = this.layout.skillIndex.has(skill) ? skill : "";
    let a = this.anchors.get(key);
    if (!a) {
      const run = (correct: boolean) => {
        const state = this.initialState();
        const item = { itemId: "", skills: [skill] };
        for (let i = 0; i < this.config.masteryAnchor; i++) this.update(state, item, { correct, hintsUsed: 0, t: 0 });
        return this.pKnowledge(state, skill);
      };
      a = [run(false), run(true)];
      this.anchors.set(key, a);
    }
    return a;
  }

  describe(): SkillParamsView[] {
    return describeSkills(this);
  }

  toJSON(): unknown {
    return {
      kind: MODEL_KIND,
      version: MODEL_VERSION,
      config: this.config,
      skills: [...this.layout.skillIndex.keys()],
      items: [...this.layout.itemIndex.keys()],
      weights: Array.from(this.weights),
      easiness: {
        items: Object.fromEntries(this.easiness.items),
        skills: Object.fromEntries(this.easiness.skills),
        overall: this.easiness.overall,
      },
      masteryOffsets: { skills: Object.fromEntries(this.offsets.skills), fallback: this.offsets.fallback },
      ...(this.sequence && {
        sequence: {
          hidden: this.sequence.model.hidden,
          blend: this.sequence.blend,
          skills: [...this.sequence.model.skillIndex.keys()],
          items: [...this.sequence.model.itemIndex.keys()],
          weights: Array.from(this.sequence.model.weights),
        },
      }),
    };
  }

  /** The logit, or only its knowledge part (`knowledgeOnly`), for one item or average item. */
  logit(state: StudentState, skills: readonly string[], itemId: string | null, knowledgeOnly: boolean, t = 0): number {
    const need = maxEntries(skills.length);
    if (this.sink.idx.length < need) this.sink = { idx: new Int32Array(need), val: new Float64Array(need) };
    const { idx, val } = this.sink;
    const n = encodeFeatures(this.layout, this.config, state, skills, itemId, this.sink, 0, t);
    let z = 0;
    for (let q = 0; q < n; q++) if (!knowledgeOnly || this.knowledge[idx[q]!]) z += this.weights[idx[q]!]! * val[q]!;
    return z;
  }
}
