/**
 * Reveal checks and ladder rungs for CLASS sub-problems. A step is a two-option choice between
 * the authored answer and the authored incorrect response, so a text gives the step away when it
 * restates what only the right option says (its distinctive words), not merely when it asserts
 * "the answer is …" (which is all the checker's choice rule looks for). Pure.
 */

const STOP = new Set(
  `the a an and or of to in on for with that this these those is are was were be been by as at from it its
their they them which who what when where how why can will would should may might not but also into than
then there such more most other some any each both all has have had does do did only very just about
because while through between within without over under same different`.split(/\s+/),
);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export interface ChoiceStep {
  right: string;
  wrong: string;
}

function grams(text: string, n: number): Set<string> {
  const w = norm(text).split(" ");
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

/**
 * Whether `text` tells which option is right: it contains the right option (as written), four
 * words in a row that only the right option has ("organs that work together" against "tissues
 * that work together"), or at least 60% (and two or more) of the words only the right option has.
 */
export function revealsOption(text: string, step: ChoiceStep): boolean {
  const t = norm(text);
  const r = norm(step.right);
  if (r.length >= 12 && t.includes(r)) return true;
  const wrong = grams(step.wrong, 5);
  const own = grams(text, 5);
  const wrongWords = contentWords(step.wrong);
  const distinct = [...contentWords(step.right)].filter((w) => !wrongWords.has(w));
  for (const g of grams(step.right, 5)) {
    if (!wrong.has(g) && own.has(g) && [...contentWords(g)].some((w) => !wrongWords.has(w))) return true;
  }
  if (distinct.length < 2) return false;
  const words = contentWords(text);
  const hit = distinct.filter((w) => words.has(w)).length;
  return hit >= 2 && hit / distinct.length >= 0.6;
}

/** Safe to show at step `index`: reveals neither its option nor a later step's. */
export function keepsAnswers(text: string, steps: ChoiceStep[], index: number): boolean {
  return steps.every((s, j) => j < index || !revealsOption(text, s));
}

function overlap(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  return [...x].filter((w) => y.has(w)).length / Math.min(x.size, y.size);
}

/**
 * The fact that bears most on the question (shared words), if it gives nothing away and does not
 * merely repeat the step's own hint.
 */
export function focusFact(
  facts: string[],
  question: string,
  hint: string,
  steps: ChoiceStep[],
  index: number,
): string | null {
  const q = contentWords(question);
  let best: string | null = null;
  let bestScore = 0;
  for (const f of facts) {
    const words = contentWords(f);
    const score = [...q].filter((w) => words.has(w)).length;
    if (score > bestScore && overlap(f, hint) < 0.6 && keepsAnswers(f, steps, index)) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The authored feedback without its sentences that state the right option (or a later step's),
 * and without a sentence that only points back at one of those ("This allows ..."); null if none
 * is left.
 */
export function trimFeedback(feedback: string, steps: ChoiceStep[], index: number): string | null {
  const sentences = feedback.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.trim());
  const kept: string[] = [];
  let dropped = false;
  for (const s of sentences) {
    const ok: boolean =
      keepsAnswers(s, steps, index) && !(dropped && /^(?:this|that|these|those|it|they|such)\b/i.test(s));
    if (ok) kept.push(s);
    dropped = !ok;
  }
  // Sentences that tell nothing one by one may still tell together.
  while (kept.length > 0 && !keepsAnswers(kept.join(" "), steps, index)) kept.pop();
  return kept.length > 0 ? kept.join(" ") : null;
}
