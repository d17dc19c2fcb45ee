import { latexToPlain } from "@/lib/math-reading";
import { parseEquation, solvedForm } from "../answers/check-equation";
import { fractionTarget } from "../answers/check-fraction";
import { parseNumber } from "../answers/parse-number";
import type { AnswerSpec, ChoiceSpec, ScalarAnswerSpec } from "../answers/spec";

/**
 * What a text must not let a student read off before the policy tells it: the values, words
 * and options an answer consists of. One answer gives several secrets (a list's items; a
 * percentage's 62.5 and 0.625).
 */
export type Secret =
  | { kind: "value"; value: number }
  | { kind: "phrase"; phrase: string }
  | { kind: "option"; spec: ChoiceSpec; text: string; value: number | null }
  | { kind: "form"; spec: ScalarAnswerSpec }
  /** A fraction's numerator and denominator, each stated on its own ("the top is 6 ... the bottom is 12"). */
  | { kind: "parts"; parts: number[]; named: boolean }
  /**
   * Code or chemistry written with its symbols: "make_array(left_end,right_end)" in any spacing
   * or quotes, "Al3+" as "Al^{3+}" or "Al³⁺", an equation with its species in any order, and an
   * ion or compound of a chemistry answer on its own.
   */
  | { kind: "notation"; match: "code" | "chemistry"; text: string };

export function listSecrets(spec: AnswerSpec): Secret[] {
  if (spec.kind === "list") return spec.items.flatMap(scalarSecrets);
  return scalarSecrets(spec);
}

function scalarSecrets(spec: ScalarAnswerSpec): Secret[] {
  switch (spec.kind) {
    case "numeric":
      return [{ kind: "value", value: spec.value }];
    case "fraction": {
      const t = fractionTarget(spec);
      if (!t) return [];
      return [{ kind: "value", value: t.value }, ...fractionParts(Math.abs(t.num), t.den)];
    }
    case "percentage":
      return [
        { kind: "value", value: spec.value },
        { kind: "value", value: spec.value / 100 },
      ];
    case "expression": {
      const constant = Number(spec.value);
      return Number.isFinite(constant) ? [{ kind: "value", value: constant }] : [{ kind: "form", spec }];
    }
    case "equation": {
      const eq = parseEquation(spec.value);
      const solved = eq ? solvedForm(eq) : null;
      return solved
        ? [
            { kind: "value", value: solved.value },
            { kind: "form", spec },
          ]
        : [{ kind: "form", spec }];
    }
    case "choice": {
      const text = spec.options[spec.correct] ?? "";
      const n = parseNumber(text.replace(/^\$|\$$/g, ""));
      const f = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(latexToPlain(text.replace(/^\$|\$$/g, "")));
      return [
        { kind: "option", spec, text, value: n ? n.value : null },
        ...(f ? fractionParts(Number(f[1]), Number(f[2])) : []),
      ];
    }
    case "text": {
      const phrases = spec.accepted.map((phrase) => ({ kind: "phrase" as const, phrase }));
      const match = spec.match;
      if (match !== "code" && match !== "chemistry") return phrases;
      // The words of the answer too ("make array left end right end"): spelt out, backwards, in pieces.
      return [...spec.accepted.map((text) => ({ kind: "notation" as const, match, text })), ...phrases];
    }
  }
}

/**
 * A fraction's numerator and denominator stated apart ("the top is 6 ... the bottom is 12").
 * A part equal to 1 is on every screen, so with one the text must also name the parts
 * ("numerator", "top number", "denominator") for them to count.
 */
function fractionParts(num: number, den: number): Secret[] {
  if (den < 2 || num < 1 || num === den) return [];
  return [{ kind: "parts", parts: [num, den], named: num === 1 }];
}
