import { seededRandom, sigmoid } from "../math";
import type { KtRow } from "../types";

/**
 * Simulated first attempts for tests: students of varying ability practise skills of varying
 * difficulty and learn a little from every attempt; some items carry two skills.
 */
export function makeSyntheticRows(students: number, attemptsEach: number, seed = 1): KtRow[] {
  const rand = seededRandom(seed);
  const skills = ["add", "sub", "mul", "div"];
  const difficulty = [-1, -0.3, 0.3, 1];
  const rows: KtRow[] = [];
  for (let s = 0; s < students; s++) {
    const ability = (rand() - 0.5) * 2;
    const practice = [0, 0, 0, 0];
    for (let t = 0; t < attemptsEach; t++) {
      const k = Math.floor(t / Math.max(1, attemptsEach / 4)) % 4;
      const pair = rand() < 0.2 ? (k + 1) % 4 : -1;
      const itemNo = Math.floor(rand() * 6);
      const kSkills = pair >= 0 ? [k, pair] : [k];
      const z = ability - kSkills.reduce((a, j) => a + difficulty[j]!, 0) + 0.35 * Math.log1p(practice[k]!);
      const correct = rand() < sigmoid(z);
      for (const j of kSkills) practice[j]!++;
      rows.push({
        student: `s${s}`,
        item: {
          itemId: `${skills[k]}-${pair >= 0 ? skills[pair] : ""}${itemNo}`,
          skills: kSkills.map((j) => skills[j]!),
        },
        correct,
        hintsUsed: 0,
        t: 0,
      });
    }
  }
  return rows;
}
