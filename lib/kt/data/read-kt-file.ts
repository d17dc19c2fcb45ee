import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { KtRow } from "../types";
import { KtDataError } from "./kt-data-error";
import { parseDkvmn } from "./read-dkvmn";
import { type GervetKc, parseGervet, parseItemSkills } from "./read-gervet";
import { parsePykt } from "./read-pykt";

export type KtFormat = "gervet" | "dkvmn" | "pykt";

export const ITEM_SKILLS_FILE = "item_skills.derived.csv";

/** Reads a whole file, turning a missing or unreadable path into a KtDataError naming it. */
export function readText(path: string): string {
  if (!existsSync(path)) throw new KtDataError(path, null, "file not found");
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new KtDataError(path, null, `cannot read: ${(e as Error).message}`);
  }
}

export interface ReadOptions {
  /**
   * Gervet only: the KC definition. "original" and "both" read item_skills.derived.csv beside
   * the file (original Q-matrix skills); if it is absent, the combined id is kept.
   */
  kc?: GervetKc;
}

/**
 * Reads one benchmark file into rows. `kc` reports the KC definition actually used.
 */
export function readKtFile(format: KtFormat, path: string, opts: ReadOptions = {}): { rows: KtRow[]; kc: string } {
  const text = readText(path);
  if (format === "dkvmn") return { rows: parseDkvmn(text, path), kc: "skill id" };
  if (format === "pykt") return { rows: parsePykt(text, path), kc: "concepts" };
  const kc = opts.kc ?? "combined";
  const mapPath = join(dirname(path), ITEM_SKILLS_FILE);
  if (kc !== "combined" && existsSync(mapPath)) {
    const map = parseItemSkills(readText(mapPath), mapPath);
    return { rows: parseGervet(text, path, map, kc), kc };
  }
  return { rows: parseGervet(text, path), kc: "combined" };
}
