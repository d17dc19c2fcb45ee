import { round4 } from "../math";
import type { SkillParamsView, StudentState } from "../types";
import { BIAS, GLOBAL_BASE, GLOBAL_NAMES } from "./feature-layout";
import type { StepwiseModel } from "./stepwise-model";

/** A fresh student's state after `times` plain attempts on a single-skill item. */
function replay(model: StepwiseModel, skill: string, correct: boolean, times: number): StudentState {
  const state = model.initialState();
  const item = { itemId: "", skills: [skill] };
  for (let i = 0; i < times; i++) model.update(state, item, { correct, hintsUsed: 0, t: 0 });
  return state;
}

/** Straight successes a new student needs to reach mastery 0.95 (capped at 50). */
function successesToMaster(model: StepwiseModel, skill: string): number {
  const state = model.initialState();
  const item = { itemId: "", skills: [skill] };
  for (let i = 0; i < 50; i++) {
    if (model.mastery(state, skill, 0) >= 0.95) return i;
    model.update(state, item, { correct: true, hintsUsed: 0, t: 0 });
  }
  return 50;
}

/**
 * Per skill: the raw weights (easiness in logits; perSuccess / perFailure per ln(1+count);
 * recency on the decayed correctness average; gapSinceSkill per ln(1+attempts elsewhere);
 * hoursSinceSkill per ln(1+hours since last practised), with timeDecay), and
 * readable quantities for a new student on an average item of the skill: pCorrectFresh,
 * guessLike (P(correct) after 5 straight failures), slipLike (P(wrong) after 5 straight
 * successes), the mastery gained by one success and lost by one failure, and successesToMaster.
 */
export function describeSkills(model: StepwiseModel): SkillParamsView[] {
  const { layout, weights, config } = model;
  const views: SkillParamsView[] = [];
  for (const [skill, k] of layout.skillIndex) {
    const base = layout.skillBase + layout.skillStride * k;
    const params: Record<string, number> = { easiness: round4(weights[base]!) };
    layout.dense.forEach((name, m) => {
      params[name] = round4(weights[base + 1 + m]!);
    });
    const fresh = model.initialState();
    const m0 = model.mastery(fresh, skill, 0);
    params.decayPerOpportunity = config.skillDecay;
    params.pCorrectFresh = round4(model.pKnowledge(fresh, skill));
    params.guessLike = round4(model.pKnowledge(replay(model, skill, false, 5), skill));
    params.slipLike = round4(1 - model.pKnowledge(replay(model, skill, true, 5), skill));
    params.masteryFresh = round4(m0);
    params.masteryPerSuccess = round4(model.mastery(replay(model, skill, true, 1), skill, 0) - m0);
    params.masteryPerFailure = round4(model.mastery(replay(model, skill, false, 1), skill, 0) - m0);
    params.successesToMaster = successesToMaster(model, skill);
    views.push({ skill, params });
  }
  return views;
}

/** The student-level weights, for reports beside describe(). */
export function describeGlobal(model: StepwiseModel): Record<string, number> {
  const out: Record<string, number> = { bias: round4(model.weights[BIAS]!) };
  GLOBAL_NAMES.forEach((name, m) => {
    out[name] = round4(model.weights[GLOBAL_BASE + m]!);
  });
  return out;
}
