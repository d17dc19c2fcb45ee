/**
 * Everything chooseNext needs that depends only on the content (problems, skills, prerequisites),
 * with skills and problems turned into small integers. Build once per content version and pass it
 * to every call: building is O(problems x skills per problem + prerequisite edges).
 */
import type { KtItem } from "@/lib/kt/types";
import type { PickProblem, PrerequisiteGraph } from "./types";

export interface PickIndex {
  problems: readonly PickProblem[];
  problemIndex: Map<string, number>;
  skillIds: string[];
  skillIndex: Map<string, number>;
  /** Per problem: its distinct skills, and per step its skills (indices). */
  problemSkills: Int32Array[];
  stepSkills: Int32Array[][];
  /** Per problem: the KtItems handed to model.predict (built once, not per call). */
  items: (readonly KtItem[])[];
  /** Per problem: position in (setOrder, position, id) order, the tie-break. */
  rank: Int32Array;
  /** Per skill: prerequisites that some problem practises (others count as given). */
  prereqs: Int32Array[];
  /** Per skill: topological level among candidate skills (0 = no candidate prerequisites). */
  level: Int32Array;
  /** Per skill: problems that practise it, by rank. */
  skillProblems: Int32Array[];
}

function computeLevels(prereqs: Int32Array[]): Int32Array {
  const level = new Int32Array(prereqs.length).fill(-1);
  const onPath = new Uint8Array(prereqs.length);
  // Iterative DFS: deep graphs must not overflow the stack; a cycle edge is ignored.
  for (let root = 0; root < prereqs.length; root++) {
    if ((level[root] as number) >= 0) continue;
    const stack: [number, number][] = [[root, 0]];
    onPath[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1] as [number, number];
      const [s, k] = top;
      const pre = prereqs[s] as Int32Array;
      if (k < pre.length) {
        top[1] = k + 1;
        const p = pre[k] as number;
        if ((level[p] as number) < 0 && !onPath[p]) {
          onPath[p] = 1;
          stack.push([p, 0]);
        }
        continue;
      }
      let lv = 0;
      for (const p of pre) if ((level[p] as number) >= 0) lv = Math.max(lv, (level[p] as number) + 1);
      level[s] = lv;
      onPath[s] = 0;
      stack.pop();
    }
  }
  return level;
}

export function buildPickIndex(problems: readonly PickProblem[], graph: PrerequisiteGraph): PickIndex {
  const skillIndex = new Map<string, number>();
  const skillIds: string[] = [];
  const intern = (s: string) => {
    let i = skillIndex.get(s);
    if (i === undefined) {
      i = skillIds.length;
      skillIndex.set(s, i);
      skillIds.push(s);
    }
    return i;
  };
  const problemIndex = new Map<string, number>();
  const stepSkills: Int32Array[][] = [];
  const problemSkills: Int32Array[] = [];
  problems.forEach((p, i) => {
    problemIndex.set(p.id, i);
    const steps = p.steps.map((st) => Int32Array.from(new Set(st.skills.map(intern))));
    stepSkills.push(steps);
    problemSkills.push(Int32Array.from(new Set(steps.flatMap((s) => [...s]))));
  });
  const prereqs = skillIds.map((s) => {
    const pre = (graph[s] ?? []).map((p) => skillIndex.get(p)).filter((p): p is number => p !== undefined);
    return Int32Array.from(new Set(pre));
  });
  const order = problems
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = problems[a] as PickProblem;
      const pb = problems[b] as PickProblem;
      return pa.setOrder - pb.setOrder || pa.position - pb.position || (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0);
    });
  const rank = new Int32Array(problems.length);
  order.forEach((pi, r) => {
    rank[pi] = r;
  });
  const lists: number[][] = skillIds.map(() => []);
  for (const pi of order) for (const s of problemSkills[pi] as Int32Array) (lists[s] as number[]).push(pi);
  return {
    problems,
    problemIndex,
    skillIds,
    skillIndex,
    problemSkills,
    stepSkills,
    items: problems.map((p) => p.steps),
    rank,
    prereqs,
    level: computeLevels(prereqs),
    skillProblems: lists.map((l) => Int32Array.from(l)),
  };
}
