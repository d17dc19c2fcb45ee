import { askedForms } from "@/lib/content/importers/oatutor-forms";
import { type AnswerSpec, formatAnswer } from "@/lib/tutor/answers";
import { readSpecMath } from "@/lib/tutor/answers/check-expression";
import { hasLikeTerms, isExpanded, isFactored } from "@/lib/tutor/answers/compare-expressions";
import { gcd } from "@/lib/tutor/answers/parse-number";

/**
 * A form the step's own words ask for ("What fraction …?", "in lowest terms", "combine like
 * terms", "factor") that its answer does not require, so a student who gives the value in
 * another form ("0.625", "10/16", "4x + 2x + 6") is told "correct". Null when the words and the
 * answer agree. The OATutor importer reads the same words into the answer (oatutor-forms.ts);
 * this is the same reading for content written by hand. Pure.
 */
export function unenforcedForm(prompt: string, answer: AnswerSpec): string | null {
  const forms = askedForms(prompt);
  const shown = formatAnswer(answer);
  if (answer.kind === "fraction") {
    if (forms.fraction && answer.acceptDecimal)
      return `asks for a fraction but accepts the equal decimal as correct: turn off "Accept an equal decimal" (acceptDecimal: false), or reword the question`;
    const m = /^-?(\d+)\/(\d+)$/.exec(answer.value.replace(/\s+/g, ""));
    if (forms.simplified && !answer.requireSimplified && m && gcd(Number(m[1]), Number(m[2])) === 1)
      return `asks for lowest terms but accepts an unsimplified fraction equal to ${shown}: turn on "Require lowest terms" (requireSimplified: true)`;
  }
  if (answer.kind === "expression" && (answer.form ?? "any") === "any") {
    const e = readSpecMath(answer.value, answer.variables);
    if (!e) return null;
    if (forms.factored && isFactored(e))
      return `asks for a factored answer but accepts ${shown} multiplied out: choose the form "Factored" (form: "factored")`;
    if (forms.expanded && isExpanded(e) && !hasLikeTerms(e))
      return `asks for an expanded or simplified answer but accepts ${shown} with brackets or like terms left: choose the form "Expanded" (form: "expanded")`;
  }
  return null;
}
