import type { KtRow } from "../types";
import { KtDataError, parseBinary, splitLines } from "./kt-data-error";

const REQUIRED = ["user_id", "item_id", "correct", "skill_id"] as const;

/**
 * Gervet et al.'s preprocessed ASSISTments file: tab-separated with header
 * `user_id item_id timestamp correct skill_id`, one row per problem, chronological per user.
 *
 * KC definition (`kc`): "combined" (default) is `skill_id`, the id of the item's skill *set*,
 * one per row, as in the published IRT/PFA numbers. "original" uses `itemSkills` (item → the
 * original Q-matrix skills, prefixed "q" so they never collide with combined ids; items missing
 * from the map keep their combined id); "both" carries the combined id and the original skills.
 */
export type GervetKc = "combined" | "original" | "both";

export function parseGervet(
  text: string,
  file: string,
  itemSkills?: Map<string, string[]>,
  kc: GervetKc = itemSkills ? "original" : "combined",
): KtRow[] {
  const lines = splitLines(text);
  const header = (lines[0] ?? "").trim().split(/\t|,/);
  const col = Object.fromEntries(REQUIRED.map((name) => [name, header.indexOf(name)]));
  for (const name of REQUIRED) {
    if (col[name] === -1) throw new KtDataError(file, 1, `header lacks column "${name}" (got "${lines[0] ?? ""}")`);
  }
  const tCol = header.indexOf("timestamp");
  if (kc !== "combined" && !itemSkills) throw new KtDataError(file, null, `KC "${kc}" needs the item→skills map`);
  const skillsOf = (itemId: string, combined: string): string[] => {
    const original = kc === "combined" ? undefined : itemSkills?.get(itemId);
    if (!original) return [combined];
    return kc === "both" ? [combined, ...original] : original;
  };
  const rows: KtRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const f = line.split(/\t|,/);
    if (f.length < header.length)
      throw new KtDataError(file, i + 1, `expected ${header.length} fields, got ${f.length}`);
    const user = f[col.user_id!]!.trim();
    const itemId = f[col.item_id!]!.trim();
    const skill = f[col.skill_id!]!.trim();
    if (!user || !itemId || !skill) throw new KtDataError(file, i + 1, "empty user, item or skill id");
    const t = tCol >= 0 ? Number(f[tCol]) : 0;
    if (!Number.isFinite(t)) throw new KtDataError(file, i + 1, `timestamp is not a number: "${f[tCol]}"`);
    rows.push({
      student: user,
      item: { itemId, skills: skillsOf(itemId, skill) },
      correct: parseBinary(f[col.correct!]!, file, i + 1),
      hintsUsed: 0,
      t,
    });
  }
  return rows;
}

/** `item_skills.derived.csv`: header `item_id,skill_ids`, skills `;`-separated original indices. */
export function parseItemSkills(text: string, file: string): Map<string, string[]> {
  const lines = splitLines(text);
  if ((lines[0] ?? "").trim() !== "item_id,skill_ids") {
    throw new KtDataError(file, 1, `expected header "item_id,skill_ids", got "${lines[0] ?? ""}"`);
  }
  const map = new Map<string, string[]>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    const [item, skills] = line.split(",");
    if (!item || !skills) throw new KtDataError(file, i + 1, `expected "item_id,skill_ids", got "${line}"`);
    map.set(
      item,
      skills.split(";").map((s) => `q${s.trim()}`),
    );
  }
  return map;
}
