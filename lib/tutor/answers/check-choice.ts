import { checkNumeric } from "./check-numeric";
import { containsPhrase, normalizeText } from "./check-text";
import { answerPart, isNonAnswer, looksLikeGibberish, stripWrappers } from "./normalize-input";
import { parseNumber } from "./parse-number";
import type { ChoiceSpec } from "./spec";
import type { CheckResult } from "./types";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

export type ChoicePick = { status: "ok"; index: number } | { status: "none" } | { status: "ambiguous" };

function letterIndex(letter: string, count: number): number {
  const i = LETTERS.indexOf(letter);
  return i >= 0 && i < count ? i : -1;
}

/** Options that are plain numbers ("12", "3/4") are matched by value, not by position. */
export function numericOptions(spec: ChoiceSpec): boolean {
  return spec.options.some((o) => parseNumber(o.replace(/^\$/, "")) !== null);
}

/**
 * Which option the student chose: its text (normalised), its letter ("b", "B)", "(b)",
 * "option b", "B."), its 1-based number when options are not numbers, an equal value when
 * they are, or the one option whose text appears in the message as whole words (not negated).
 * Two different options named ("a or b") is ambiguous.
 */
export function pickOption(spec: ChoiceSpec, input: string): ChoicePick {
  const n = spec.options.length;
  const opts = spec.options.map(normalizeText);
  const core = stripWrappers(answerPart(input)).replace(/^(?:option|choice|answer|letter|number)\s+/, "");
  const said = normalizeText(core);
  const exact = opts.indexOf(said);
  if (exact >= 0 && said) return { status: "ok", index: exact };

  const bare = /^[([]?([a-z])[)\].:]?$/.exec(core);
  if (bare && letterIndex(bare[1]!, n) >= 0) return { status: "ok", index: letterIndex(bare[1]!, n) };
  // "b) 3/4": the letter needs a delimiter, so "a triangle" is not read as option a.
  const labelled = /^[([]?([a-z])[)\].:]\s+(.+)$/.exec(core);
  if (labelled && letterIndex(labelled[1]!, n) >= 0) {
    const idx = letterIndex(labelled[1]!, n);
    const restIdx = opts.indexOf(normalizeText(labelled[2]!));
    return restIdx >= 0 && restIdx !== idx ? { status: "ambiguous" } : { status: "ok", index: idx };
  }
  const twoLetters = /^[([]?([a-z])[)\].]?\s*(?:or|and|,|\/)\s*[([]?([a-z])[)\].]?$/.exec(core);
  if (twoLetters && letterIndex(twoLetters[1]!, n) >= 0 && letterIndex(twoLetters[2]!, n) >= 0)
    return { status: "ambiguous" };

  if (!numericOptions(spec)) {
    const num = /^(?:#|no\.?\s*)?(\d+)[.)]?$/.exec(core);
    if (num) {
      const k = Number(num[1]);
      if (k >= 1 && k <= n) return { status: "ok", index: k - 1 };
    }
  } else {
    const matches = spec.options
      .map((o, i) => ({
        i,
        r: checkNumeric({ kind: "numeric", value: parseNumber(o.replace(/^\$/, ""))?.value ?? Number.NaN }, input),
      }))
      .filter((m) => m.r.verdict === "correct");
    if (matches.length >= 1) return { status: "ok", index: matches[0]!.i };
  }

  if (/\b(?:not|never)\b/.test(core)) return { status: "none" };
  const contained = opts.map((o, i) => (containsPhrase(said, o) ? i : -1)).filter((i) => i >= 0);
  // Drop options contained in a longer matched option ("3" inside "3 apples").
  const maximal = contained.filter(
    (i) => !contained.some((j) => j !== i && opts[j]!.length > opts[i]!.length && containsPhrase(opts[j]!, opts[i]!)),
  );
  if (maximal.length === 1) return { status: "ok", index: maximal[0]! };
  if (maximal.length > 1) return { status: "ambiguous" };
  return { status: "none" };
}

export function checkChoice(spec: ChoiceSpec, input: string): CheckResult {
  if (isNonAnswer(input)) return { verdict: "unparseable" };
  const pick = pickOption(spec, input);
  if (pick.status === "ambiguous") return { verdict: "unparseable" };
  if (pick.status === "none") {
    if (looksLikeGibberish(input)) return { verdict: "unparseable" };
    return { verdict: "incorrect", understood: normalizeText(stripWrappers(input)) || undefined };
  }
  const understood = spec.options[pick.index];
  return { verdict: pick.index === spec.correct ? "correct" : "incorrect", understood };
}
