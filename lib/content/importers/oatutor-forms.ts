import { roundToDecimals, roundToSigfigs } from "@/lib/tutor/answers/round-number";

/**
 * The answer forms a question asks for in its own words ("Round to two decimal places",
 * "Write it in lowest terms", "Factor completely", "in interval notation"). OATutor has no
 * field for them; its authors wrote them into the step text.
 */
export interface AskedForms {
  decimals?: number;
  sigfigs?: number;
  scientific?: boolean;
  simplified?: boolean;
  /** Asks for a fraction ("as a ratio of two integers"): an equal decimal is not the answer. */
  fraction?: boolean;
  mixed?: boolean;
  improper?: boolean;
  factored?: boolean;
  expanded?: boolean;
  exact?: boolean;
  interval?: boolean;
  inequality?: boolean;
}

const COUNT: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const PLACE: Record<string, number> = {
  "whole number": 0,
  integer: 0,
  "whole dollar": 0,
  dollar: 0,
  unit: 0,
  one: 0,
  tenth: 1,
  hundredth: 2,
  cent: 2,
  thousandth: 3,
  "ten-thousandth": 4,
  "ten thousandth": 4,
};

function count(word: string): number | undefined {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : COUNT[w];
}

export function askedForms(context: string): AskedForms {
  const t = context.replace(/\s+/g, " ").toLowerCase();
  const forms: AskedForms = {};
  const places = /\b(\d+|zero|one|two|three|four|five|six) decimal (?:places?|digits?)\b/.exec(t);
  const nearest =
    /\bnearest (whole number|integer|whole dollar|dollar|unit|one|tenth|hundredth|cent|thousandth|ten[- ]thousandth)s?\b/.exec(
      t,
    );
  if (places) forms.decimals = count(places[1]!);
  else if (nearest) forms.decimals = PLACE[nearest[1]!];
  const figures = /\b(\d+|one|two|three|four|five|six) (?:significant (?:figures?|digits?)|sig\.? figs?)\b/.exec(t);
  if (figures) forms.sigfigs = count(figures[1]!);
  if (/scientific notation/.test(t)) forms.scientific = true;
  if (/lowest terms|simplest form|simplif(?:y|ied)|reduced? fraction|reduce/.test(t)) forms.simplified = true;
  if (
    /as an? (?:(?:im)?proper |common )?fraction|(?:what|which) fraction|ratio of two integers|fraction form|mixed number|lowest terms|simplest form/.test(
      t,
    )
  )
    forms.fraction = true;
  if (/mixed number/.test(t)) forms.mixed = true;
  if (/improper fraction/.test(t)) forms.improper = true;
  if (/\bfactor(?:ed|ise|ize|ing)?\b(?! of)/.test(t)) forms.factored = true;
  if (/\b(?:expand|multiply|distribute)\b|\b(?:combin|collect)\w* (?:the )?like terms/.test(t)) forms.expanded = true;
  if (/\bexact(?:ly)? (?:value|answer|form)|simplest radical form|in terms of (?:pi|π|\\pi)/.test(t))
    forms.exact = true;
  if (/interval notation/.test(t)) forms.interval = true;
  if (/inequality notation|as an inequality/.test(t)) forms.inequality = true;
  return forms;
}

/**
 * The rounding fields for a numeric answer, only where the authored value itself is rounded
 * that way (a question may ask for two places and the author give 2.5: shown "2.50").
 */
export function numericForms(
  value: number,
  forms: AskedForms,
): { decimals?: number; sigfigs?: number; scientific?: boolean } {
  const out: { decimals?: number; sigfigs?: number; scientific?: boolean } = {};
  if (forms.scientific && value !== 0) {
    out.scientific = true;
    if (forms.sigfigs !== undefined && roundToSigfigs(value, forms.sigfigs) === value) out.sigfigs = forms.sigfigs;
    return out;
  }
  if (forms.decimals !== undefined && forms.decimals <= 12 && roundToDecimals(value, forms.decimals) === value) {
    out.decimals = forms.decimals;
  } else if (forms.sigfigs !== undefined && value !== 0 && roundToSigfigs(value, forms.sigfigs) === value) {
    out.sigfigs = forms.sigfigs;
  }
  return out;
}
