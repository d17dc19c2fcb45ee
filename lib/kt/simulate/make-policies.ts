/**
 * Problem-choosing policies for the bench: the project's chooseNext, OATutor's default heuristic,
 * random order and a fixed curriculum order. All see only what a real tutor would.
 */
import type { PickIndex } from "@/lib/kt/pick/build-pick-index";
import { chooseNext } from "@/lib/kt/pick/choose-next";
import type { PickInput, PickProblem } from "@/lib/kt/pick/types";
import { shuffleCopy } from "./create-rng";
import type { Curriculum } from "./make-curriculum";
import type { Policy } from "./run-episode";

export function toPickProblems(c: Curriculum): PickProblem[] {
  return c.problems.map((p) => ({
    id: p.id,
    setOrder: p.setOrder,
    position: p.position,
    steps: p.steps.map((s) => ({ itemId: s.itemId, skills: s.skills })),
  }));
}

/**
 * The project's policy: chooseNext with the full completion history as `recent`. With
 * `shownValues`, it gets the product's mastery (PickInput.mastery): each skill's value at its
 * last first attempt, the model's prior for a new student where unpractised (decision 014).
 */
export function makeChooseNextPolicy(
  problems: PickProblem[],
  index: PickIndex,
  extra: Partial<PickInput> = {},
  onPick?: (kind: string) => void,
  shownValues = false,
): Policy {
  let priors: Record<string, number> | null = null;
  return (ctx) => {
    if (shownValues && !priors) {
      const fresh = ctx.model.initialState();
      priors = Object.fromEntries(ctx.curriculum.skills.map((s) => [s.id, ctx.model.mastery(fresh, s.id, 0)]));
    }
    const pick = chooseNext({
      ...(priors && { mastery: { ...priors, ...ctx.shown } }),
      problems,
      prerequisites: ctx.curriculum.prerequisites,
      index,
      model: ctx.model,
      state: ctx.state,
      now: ctx.now,
      recent: ctx.history,
      ...extra,
    });
    onPick?.(pick.kind);
    return pick.problemId;
  };
}

/**
 * OATutor's default heuristic (src/models/BKT/problem-select-heuristics/defaultHeuristic.js): a
 * problem's mastery is the product of its skills' mastery; pick the lowest one that is not
 * completed and below 0.95, ties at random. With allowRecycle, completed problems come back when
 * none is left. OATutor then ends the lesson; here the learner keeps going (lowest mastery first,
 * no repeats until every problem is done) so OATutor is compared on practice needed, not
 * penalised for stopping early; the bench reports how often the model said "all mastered" before
 * true mastery. Same tracing model as the project's policy, every skill updated (upstream updates
 * only a step's first skill and ships all BKT params at 0.1).
 */
export function makeOatutorPolicy(): Policy {
  const completed = new Set<string>();
  return (ctx) => {
    const mastery = new Map(ctx.curriculum.skills.map((s) => [s.id, ctx.model.mastery(ctx.state, s.id, ctx.now)]));
    const lowest = (belowThreshold: boolean): string | null => {
      let best: string[] = [];
      let bestM = Number.POSITIVE_INFINITY;
      for (const p of ctx.curriculum.problems) {
        const skills = new Set(p.steps.flatMap((s) => s.skills));
        let m = 1;
        for (const s of skills) m *= mastery.get(s) ?? 0;
        if (completed.has(p.id) || (belowThreshold && m >= 0.95)) continue;
        if (m < bestM) [best, bestM] = [[p.id], m];
        else if (m === bestM) best.push(p.id);
      }
      return best.length ? (best[Math.floor(ctx.rng() * best.length)] as string) : null;
    };
    let id = lowest(true);
    if (id === null) {
      completed.clear();
      id = lowest(true);
    }
    if (id === null) id = lowest(false);
    if (id === null) {
      completed.clear();
      id = lowest(false);
    }
    if (id !== null) completed.add(id);
    return id;
  };
}

/** Random order: a fresh shuffle of all problems, pass after pass. */
export function makeRandomPolicy(): Policy {
  let queue: string[] = [];
  return (ctx) => {
    if (queue.length === 0)
      queue = shuffleCopy(
        ctx.rng,
        ctx.curriculum.problems.map((p) => p.id),
      );
    return queue.shift() ?? null;
  };
}

/** Fixed curriculum: by the highest prerequisite level of the problem's skills, then set and position. */
export function makeFixedPolicy(c: Curriculum): Policy {
  const level = new Map(c.skills.map((s) => [s.id, s.level]));
  const top = (p: (typeof c.problems)[number]) =>
    Math.max(...p.steps.flatMap((s) => s.skills.map((k) => level.get(k) ?? 0)));
  const order = [...c.problems].sort((a, b) => top(a) - top(b) || a.setOrder - b.setOrder || a.position - b.position);
  let i = 0;
  return () => (order[i++ % order.length] as { id: string }).id;
}
