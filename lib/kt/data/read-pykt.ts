import type { KtRow } from "../types";
import { KtDataError, parseBinary, splitLines } from "./kt-data-error";

/** Splits one CSV line honouring double quotes (pyKT quotes its comma-separated lists). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * pyKT's per-student CSV: header `fold,uid,concepts,responses` (test adds `cidxs`; some datasets
 * add `questions`). Lists are comma-separated and chronological. KC = `concepts`. Items are the
 * `questions` when present, else the concept ("kc:<id>"). Padding entries (-1), which pyKT's
 * windowed files contain, are dropped.
 */
export function parsePykt(text: string, file: string): KtRow[] {
  const lines = splitLines(text);
  const header = splitCsvLine(lines[0] ?? "").map((h) => h.trim());
  const uidCol = header.indexOf("uid");
  const cCol = header.indexOf("concepts");
  const rCol = header.indexOf("responses");
  const qCol = header.indexOf("questions");
  if (uidCol < 0 || cCol < 0 || rCol < 0) {
    throw new KtDataError(file, 1, `header needs uid, concepts, responses (got "${lines[0] ?? ""}")`);
  }
  const rows: KtRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === "") continue;
    const f = splitCsvLine(lines[i]!);
    if (f.length < header.length)
      throw new KtDataError(file, i + 1, `expected ${header.length} fields, got ${f.length}`);
    const uid = f[uidCol]!.trim();
    const concepts = f[cCol]!.split(",").map((x) => x.trim());
    const responses = f[rCol]!.split(",").map((x) => x.trim());
    const questions = qCol >= 0 ? f[qCol]!.split(",").map((x) => x.trim()) : null;
    if (concepts.length !== responses.length) {
      throw new KtDataError(file, i + 1, `${concepts.length} concepts but ${responses.length} responses`);
    }
    for (let k = 0; k < concepts.length; k++) {
      const concept = concepts[k]!;
      if (concept === "-1" || responses[k] === "-1") continue;
      if (concept === "") throw new KtDataError(file, i + 1, `empty concept at position ${k + 1}`);
      const q = questions?.[k];
      rows.push({
        student: uid,
        item: { itemId: q && q !== "NA" && q !== "-1" ? q : `kc:${concept}`, skills: [concept] },
        correct: parseBinary(responses[k]!, file, i + 1),
        hintsUsed: 0,
        t: 0,
      });
    }
  }
  return rows;
}
