/**
 * Per skill: the student's current run of right first attempts without hints on steps that
 * practise it, counted back from the latest attempt (a wrong answer or a hint ends the run). The
 * direct evidence ASSISTments' skill builders move on by ("three right in a row"); the "gain"
 * rule reads a long enough run as "learnt" where the tracing model cannot say so itself
 * (PickInput.streaks, decision 023). Attempts in the order they were made.
 */
export interface StreakAttempt {
  skills: readonly string[];
  correct: boolean;
  hintsUsed: number;
}

/** What a run counts (and the learnt classifier's record): right at the first attempt, no hint. */
export function rightWithoutHints(a: StreakAttempt): boolean {
  return a.correct && a.hintsUsed === 0;
}

export function currentStreaks(attempts: readonly StreakAttempt[]): Record<string, number> {
  const out: Record<string, number> = {};
  extendStreaks(out, attempts, 0);
  return out;
}

/** The same, updated in place with the attempts after `from` (the bench's online use). */
export function extendStreaks(
  streaks: Record<string, number>,
  attempts: readonly StreakAttempt[],
  from: number,
): number {
  for (let i = from; i < attempts.length; i++) {
    const a = attempts[i] as StreakAttempt;
    const right = rightWithoutHints(a);
    for (const s of a.skills) streaks[s] = right ? (streaks[s] ?? 0) + 1 : 0;
  }
  return attempts.length;
}
