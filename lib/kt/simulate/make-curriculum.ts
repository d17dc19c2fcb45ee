/**
 * A synthetic curriculum: skills in a prerequisite DAG (several levels) and multi-step problems.
 * Shapes follow textbook content: each problem set covers one level, each problem drills one main
 * skill, and some steps also use (or only use) one of that skill's prerequisites.
 */
import { createRng, drawInt, drawNormal, type Rng } from "./create-rng";

export interface SimSkill {
  id: string;
  name: string;
  /** 0 = no prerequisites; a skill's level is 1 + the highest level of its prerequisites. */
  level: number;
  prereqs: string[];
  /** How hard the skill is: an average item of it needs latent skill above this (logit scale). */
  difficulty: number;
  /** How fast learners pick it up (multiplies each learner's own rate). */
  learnability: number;
}

export interface SimStep {
  itemId: string;
  skills: string[];
  /** Item offset added to the skills' difficulty (0 = an average item). */
  offset: number;
}

export interface SimProblem {
  id: string;
  setOrder: number;
  position: number;
  /** The skill the problem drills (its lesson, in course order: one lesson per skill). */
  lesson: string;
  steps: SimStep[];
}

export interface Curriculum {
  skills: SimSkill[];
  problems: SimProblem[];
  /** skill -> prerequisite skills, the shape chooseNext takes. */
  prerequisites: Record<string, string[]>;
}

export interface CurriculumOptions {
  skills?: number;
  levels?: number;
  problems?: number;
  /** Probability that a step carries a second skill (a prerequisite of the main skill). */
  twoSkillStep?: number;
  /** Probability that a step practises only a prerequisite (a warm-up step). */
  prereqOnlyStep?: number;
}

function makeSkills(rng: Rng, count: number, levels: number): SimSkill[] {
  const skills: SimSkill[] = [];
  const byLevel: SimSkill[][] = [];
  for (let i = 0; i < count; i++) {
    // Spread skills evenly over the levels so every level has some.
    const level = Math.min(levels - 1, Math.floor((i * levels) / count));
    const below = byLevel[level - 1] ?? [];
    const prereqs = new Set<string>();
    if (level > 0) {
      // One prerequisite from the level just below keeps the level exact; a second sometimes
      // from any lower level makes it a DAG rather than a forest.
      prereqs.add((below[drawInt(rng, 0, below.length - 1)] as SimSkill).id);
      if (rng() < 0.5) {
        const lower = byLevel.slice(0, level).flat();
        prereqs.add((lower[drawInt(rng, 0, lower.length - 1)] as SimSkill).id);
      }
    }
    const skill: SimSkill = {
      id: `s${i}`,
      name: `Skill ${i} (level ${level})`,
      level,
      prereqs: [...prereqs],
      difficulty: drawNormal(rng, 0, 0.5),
      learnability: 0.09 + 0.06 * rng(),
    };
    skills.push(skill);
    const row = byLevel[level] ?? [];
    row.push(skill);
    byLevel[level] = row;
  }
  return skills;
}

function makeStep(rng: Rng, main: SimSkill, id: string, opts: Required<CurriculumOptions>): SimStep {
  const pre = main.prereqs;
  let skills = [main.id];
  if (pre.length > 0) {
    const other = pre[drawInt(rng, 0, pre.length - 1)] as string;
    const r = rng();
    if (r < opts.prereqOnlyStep) skills = [other];
    else if (r < opts.prereqOnlyStep + opts.twoSkillStep) skills = [main.id, other];
  }
  return { itemId: id, skills, offset: drawNormal(rng, 0, 0.4) };
}

/** Builds a curriculum from a seed; the same seed always gives the same curriculum. */
export function makeCurriculum(seed: number, options: CurriculumOptions = {}): Curriculum {
  const opts: Required<CurriculumOptions> = {
    skills: 24,
    levels: 5,
    problems: 240,
    twoSkillStep: 0.25,
    prereqOnlyStep: 0.15,
    ...options,
  };
  const rng = createRng(seed);
  const skills = makeSkills(rng, opts.skills, opts.levels);
  const positions = new Map<number, number>();
  const problems: SimProblem[] = [];
  for (let i = 0; i < opts.problems; i++) {
    // Round-robin over skills gives every skill about problems/skills problems.
    const main = skills[i % skills.length] as SimSkill;
    const position = positions.get(main.level) ?? 0;
    positions.set(main.level, position + 1);
    const id = `p${i}`;
    const nSteps = drawInt(rng, 1, 4);
    const steps = Array.from({ length: nSteps }, (_, k) => makeStep(rng, main, `${id}${"abcd"[k]}`, opts));
    problems.push({ id, setOrder: main.level, position, lesson: main.id, steps });
  }
  const prerequisites: Record<string, string[]> = {};
  for (const s of skills) prerequisites[s.id] = s.prereqs;
  return { skills, problems, prerequisites };
}
