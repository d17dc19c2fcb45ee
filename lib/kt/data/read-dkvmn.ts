import type { KtRow } from "../types";
import { KtDataError, parseBinary, splitLines } from "./kt-data-error";

/**
 * DKVMN's three-line format: per student (1) sequence length, (2) comma-separated skill ids,
 * (3) comma-separated 0/1 responses. There are no item ids, so the item is the skill itself
 * ("kc:<id>"), which makes item difficulty collapse to skill difficulty. Students are numbered
 * by their order in the file.
 */
export function parseDkvmn(text: string, file: string): KtRow[] {
  const lines = splitLines(text);
  const rows: KtRow[] = [];
  let i = 0;
  let student = 0;
  const splitList = (s: string) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== "");
  while (i < lines.length) {
    if (lines[i]!.trim() === "") {
      i++;
      continue;
    }
    if (i + 2 >= lines.length) throw new KtDataError(file, i + 1, "incomplete student block (need 3 lines)");
    const n = Number(lines[i]!.trim());
    if (!Number.isInteger(n) || n < 0)
      throw new KtDataError(file, i + 1, `expected a sequence length, got "${lines[i]}"`);
    const skills = splitList(lines[i + 1]!);
    const answers = splitList(lines[i + 2]!);
    if (skills.length !== n) throw new KtDataError(file, i + 2, `expected ${n} skill ids, got ${skills.length}`);
    if (answers.length !== n) throw new KtDataError(file, i + 3, `expected ${n} responses, got ${answers.length}`);
    for (let k = 0; k < n; k++) {
      const skill = skills[k]!;
      rows.push({
        student: String(student),
        item: { itemId: `kc:${skill}`, skills: [skill] },
        correct: parseBinary(answers[k]!, file, i + 3),
        hintsUsed: 0,
        t: 0,
      });
    }
    student++;
    i += 3;
  }
  return rows;
}
