import { MOVES } from "@/lib/tutor/types";
import { formatPercent } from "./format-number";

/**
 * MathDial's dialogue metrics and the move distribution, per class and per problem. Pure: the
 * database hands over one row per (session, step) and move counts (lib/teach/load-class-report.ts).
 *
 * Per step run (one session working one step), counting the tutor turns about that step in
 * order (k = 1 is the tutor's first reply on the step; the greeting is not counted):
 * - solveK: the first tutor turn that confirms a correct answer to the step (evaluation b, step
 *   done, not a reveal), i.e. the student stated the answer;
 * - tellK: the first tutor turn that revealed the step's answer (the bottom-out).
 * success@k: the student stated it first, within k tutor turns; telling@k: the tutor did.
 */
export interface StepRun {
  sessionId: string;
  problemId: string;
  stepIndex: number;
  solveK: number | null;
  tellK: number | null;
  /** Ladder rungs given on the step (the bottom-out excluded). */
  hints: number;
}

export const K_VALUES = [1, 2, 3, 4, 5] as const;
export const DEFAULT_K = 3;

export function succeededWithin(r: StepRun, k: number): boolean {
  return r.solveK !== null && r.solveK <= k && (r.tellK === null || r.solveK < r.tellK);
}

export function toldWithin(r: StepRun, k: number): boolean {
  return r.tellK !== null && r.tellK <= k && (r.solveK === null || r.tellK < r.solveK);
}

export interface AtK {
  k: number;
  runs: number;
  success: number;
  telling: number;
  /** Shares of runs (null when there are none). */
  successRate: number | null;
  tellingRate: number | null;
}

export function metricsAtK(runs: StepRun[], k: number): AtK {
  const success = runs.filter((r) => succeededWithin(r, k)).length;
  const telling = runs.filter((r) => toldWithin(r, k)).length;
  const n = runs.length;
  return {
    k,
    runs: n,
    success,
    telling,
    successRate: n ? success / n : null,
    tellingRate: n ? telling / n : null,
  };
}

export interface StepSummary {
  problemId: string;
  stepIndex: number;
  atK: AtK;
  avgHints: number | null;
}

/** Per (problem, step), in problem then step order of first appearance. */
export function summariseSteps(runs: StepRun[], k: number): StepSummary[] {
  const groups = new Map<string, StepRun[]>();
  for (const r of runs) {
    const key = `${r.problemId}|${r.stepIndex}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()]
    .map((g) => ({
      problemId: g[0]!.problemId,
      stepIndex: g[0]!.stepIndex,
      atK: metricsAtK(g, k),
      avgHints: averageHints(g),
    }))
    .sort((a, b) => a.problemId.localeCompare(b.problemId) || a.stepIndex - b.stepIndex);
}

export function averageHints(runs: StepRun[]): number | null {
  return runs.length ? runs.reduce((s, r) => s + r.hints, 0) / runs.length : null;
}

export interface MoveCount {
  problemId: string;
  move: string | null;
  subMove: string | null;
  n: number;
}

export interface MoveDistribution {
  total: number;
  telling: number;
  /** Share of tutor turns whose move is telling (null without turns). */
  tellingRate: number | null;
  moves: { move: string; n: number; share: number; subMoves: { subMove: string; n: number; share: number }[] }[];
}

/** Moves in the taxonomy's order (unknown ones after), sub-moves by count. */
export function summariseMoves(counts: MoveCount[]): MoveDistribution {
  const total = counts.reduce((s, c) => s + c.n, 0);
  const byMove = new Map<string, Map<string, number>>();
  for (const c of counts) {
    const move = c.move ?? "none";
    const sub = c.subMove ?? "none";
    const m = byMove.get(move) ?? new Map<string, number>();
    m.set(sub, (m.get(sub) ?? 0) + c.n);
    byMove.set(move, m);
  }
  const rank = (m: string) => {
    const i = (MOVES as readonly string[]).indexOf(m);
    return i < 0 ? MOVES.length : i;
  };
  const moves = [...byMove.entries()]
    .map(([move, subs]) => {
      const n = [...subs.values()].reduce((a, b) => a + b, 0);
      return {
        move,
        n,
        share: total ? n / total : 0,
        subMoves: [...subs.entries()]
          .map(([subMove, k]) => ({ subMove, n: k, share: total ? k / total : 0 }))
          .sort((a, b) => b.n - a.n || a.subMove.localeCompare(b.subMove)),
      };
    })
    .sort((a, b) => rank(a.move) - rank(b.move) || a.move.localeCompare(b.move));
  const telling = moves.find((m) => m.move === "telling")?.n ?? 0;
  return { total, telling, tellingRate: total ? telling / total : null, moves };
}

/** "42%" (one decimal under 10%), or "–" without data; in the locale's notation ("42 %" in Spanish). */
export function formatShare(x: number | null, locale = "en"): string {
  return formatPercent(x, locale);
}
