import { z } from "zod";
import { normalizeOption } from "@/lib/tutor/answers/check-choice";
import type { TutorProblem } from "@/lib/tutor/types";
import { hasControls } from "@/lib/validation/text";

/**
 * Content in several languages. A problem version is written in one language
 * (ProblemVersion.language); a translation (ProblemTranslation) replaces its texts only: title,
 * statement, and per step the prompt, each hint rung's text and each wrong answer's feedback,
 * matched by position (and, for a multiple-choice step, optionally the options' wording, in the
 * same order). Answers, skills, scaffold answers, wrong-answer matches and the structure stay the
 * version's, so a translated problem is graded exactly like the original. Pure.
 */

/** A language code: "en", "es", "sv", "pt-BR". */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "a language code such as en, es or sv");

/** Line breaks and tabs are part of Markdown; every other control character is refused. */
const noControls = (s: string) => !hasControls(s.replace(/[\n\t]/g, ""));

function text(max?: number) {
  const base = z.string().trim().min(1, "must not be empty");
  return (max ? base.max(max) : base).refine(noControls, "must not contain control characters");
}

export const translationStep = z
  .object({
    prompt: text(),
    /** Each rung's text, in the ladder's order (scaffold answers are the version's). */
    hints: z.array(text()),
    /** Each wrong answer's feedback, in the version's order (matches are the version's). */
    wrongAnswers: z.array(text()),
    /**
     * A multiple-choice step's options in this language, in the version's order (the right one
     * stays at the same position). Without it the options are shown as the version words them.
     */
    options: z.array(text(500)).optional(),
  })
  .strict();

export const translationStepsSchema = z.array(translationStep).min(1);

export const translationSchema = z
  .object({
    title: text(300),
    statement: text(),
    steps: translationStepsSchema,
  })
  .strict();

export type TranslationStep = z.infer<typeof translationStep>;
export type Translation = z.infer<typeof translationSchema>;

/** What a translation must line up with: the number of steps, rungs and wrong answers. */
export interface TranslationShape {
  steps: {
    hints: readonly unknown[];
    wrongAnswers: readonly unknown[];
    answer?: { kind: string; options?: readonly string[] } | unknown;
  }[];
}

function optionsOf(answer: unknown): readonly string[] | null {
  const a = answer as { kind?: string; options?: readonly string[] } | undefined;
  return a?.kind === "choice" && Array.isArray(a.options) ? a.options : null;
}

export interface TranslationIssue {
  path: (string | number)[];
  message: string;
}

/** Where a translation does not line up with its version (empty when it does). Pure. */
export function translationMismatches(shape: TranslationShape, t: Pick<Translation, "steps">): TranslationIssue[] {
  const issues: TranslationIssue[] = [];
  if (t.steps.length !== shape.steps.length) {
    issues.push({
      path: ["steps"],
      message: `has ${t.steps.length} steps; the problem has ${shape.steps.length}`,
    });
    return issues;
  }
  for (const [i, step] of shape.steps.entries()) {
    const ts = t.steps[i] as TranslationStep;
    if (ts.hints.length !== step.hints.length)
      issues.push({
        path: ["steps", i, "hints"],
        message: `step ${i + 1} has ${ts.hints.length} hints; the problem's step has ${step.hints.length}`,
      });
    if (ts.wrongAnswers.length !== step.wrongAnswers.length)
      issues.push({
        path: ["steps", i, "wrongAnswers"],
        message: `step ${i + 1} has ${ts.wrongAnswers.length} wrong-answer texts; the problem's step has ${step.wrongAnswers.length}`,
      });
    if (ts.options) {
      const own = optionsOf(step.answer);
      if (!own)
        issues.push({
          path: ["steps", i, "options"],
          message: `step ${i + 1} has options; the problem's step is not a choice`,
        });
      else if (own.length !== ts.options.length)
        issues.push({
          path: ["steps", i, "options"],
          message: `step ${i + 1} has ${ts.options.length} options; the problem's step has ${own.length}`,
        });
      else if (new Set(ts.options.map(normalizeOption)).size !== ts.options.length)
        issues.push({ path: ["steps", i, "options"], message: `step ${i + 1}: two options read the same` });
    }
  }
  return issues;
}

/** A stored translation row, as a new version may inherit it. */
export interface CarriedTranslation {
  language: string;
  title: string;
  statement: string;
  steps: unknown;
}

/**
 * Which of the previous version's translations a new version keeps: those that still line up
 * with its steps (same number of steps, and per step of hints, wrong answers and, where given,
 * options). The others are left behind with the reason (the admin must translate again); so is
 * one in the new version's own language, and one `except` names (an import that brings its own).
 * Pure.
 */
export function carryTranslations<T extends CarriedTranslation>(
  shape: TranslationShape & { language: string },
  previous: readonly T[],
  except: readonly string[] = [],
): { carried: T[]; left: { language: string; reason: string }[] } {
  const carried: T[] = [];
  const left: { language: string; reason: string }[] = [];
  for (const t of previous) {
    if (except.includes(t.language)) continue;
    if (t.language === shape.language) {
      left.push({ language: t.language, reason: "the problem is now written in this language" });
      continue;
    }
    const parsed = translationSchema.safeParse({ title: t.title, statement: t.statement, steps: t.steps });
    const issue = parsed.success
      ? translationMismatches(shape, parsed.data)[0]
      : { message: "not a valid translation" };
    if (issue) left.push({ language: t.language, reason: issue.message });
    else carried.push(t);
  }
  return { carried, left };
}

/** The translation schema for one version: the texts, and the same counts as its steps. */
export function translationSchemaFor(shape: TranslationShape) {
  return translationSchema.superRefine((t, ctx) => {
    for (const issue of translationMismatches(shape, t)) ctx.addIssue({ code: "custom", ...issue });
  });
}

/**
 * The problem with the translation's texts in place of its own. Everything else (answers,
 * scaffold answers, wrong-answer matches, ids, skills) is kept. Throws when the translation does
 * not line up with the problem (stored translations are validated, so that is corrupt data).
 */
export function applyTranslation<P extends TutorProblem>(problem: P, t: Translation): P {
  const mismatch = translationMismatches(problem, t)[0];
  if (mismatch) throw new Error(`translation does not fit the problem: ${mismatch.message}`);
  return {
    ...problem,
    title: t.title,
    statement: t.statement,
    steps: problem.steps.map((step, i) => {
      const ts = t.steps[i] as TranslationStep;
      const answer = step.answer;
      // Translated options: a wrong answer authored as an option's text is that option, translated.
      const options = ts.options && answer.kind === "choice" ? ts.options : null;
      const matchOf = (match: string) => {
        if (!options || answer.kind !== "choice") return match;
        const k = answer.options.findIndex((o) => normalizeOption(o) === normalizeOption(match));
        return k >= 0 ? (options[k] as string) : match;
      };
      return {
        ...step,
        prompt: ts.prompt,
        ...(options && answer.kind === "choice" ? { answer: { ...answer, options: [...options] } } : {}),
        hints: step.hints.map((h, k) => ({ ...h, text: ts.hints[k] as string })),
        wrongAnswers: step.wrongAnswers.map((w, k) => ({
          ...w,
          match: matchOf(w.match),
          feedback: ts.wrongAnswers[k] as string,
        })),
      };
    }),
  };
}

/** A problem's texts as a translation (what the admin form starts from). Pure. */
export function textsOf(problem: {
  title: string;
  statement: string;
  steps: { prompt: string; answer: unknown; hints: { text: string }[]; wrongAnswers: { feedback: string }[] }[];
}): Translation {
  return {
    title: problem.title,
    statement: problem.statement,
    steps: problem.steps.map((s) => {
      const options = optionsOf(s.answer);
      return {
        prompt: s.prompt,
        hints: s.hints.map((h) => h.text),
        wrongAnswers: s.wrongAnswers.map((w) => w.feedback),
        ...(options ? { options: [...options] } : {}),
      };
    }),
  };
}

/**
 * What the translation form starts from: the saved translation's texts (a stored row, which
 * carries more than its texts: language, dates), or the original's when none is saved or the
 * saved one no longer reads as a translation. Pure.
 */
export function formTexts(
  saved: { title: unknown; statement: unknown; steps: unknown } | undefined,
  original: Parameters<typeof textsOf>[0],
): Translation {
  const parsed = saved
    ? translationSchema.safeParse({ title: saved.title, statement: saved.statement, steps: saved.steps })
    : null;
  return parsed?.success ? parsed.data : textsOf(original);
}

/** "es-MX" -> "es". */
export function baseLanguage(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

export interface ContentLanguageChoice {
  /** The language to show the problem in: the version's own or a translation's. */
  language: string;
  /** True when that is not the student's language (the page says so). */
  notice: boolean;
}

/**
 * Which language a student sees a problem in: theirs when the version is written in it or a
 * translation to it exists (the exact code first, then the same base language: "es-MX" reads
 * "es"), else the version's own language with a notice. Pure.
 */
export function pickContentLanguage(
  versionLanguage: string,
  available: readonly string[],
  studentLocale: string,
): ContentLanguageChoice {
  const wanted = studentLocale.trim().toLowerCase();
  const own = versionLanguage.trim().toLowerCase();
  if (own === wanted) return { language: versionLanguage, notice: false };
  const exact = available.find((l) => l.toLowerCase() === wanted);
  if (exact) return { language: exact, notice: false };
  const base = baseLanguage(wanted);
  if (baseLanguage(own) === base) return { language: versionLanguage, notice: false };
  const near = available.find((l) => baseLanguage(l) === base);
  if (near) return { language: near, notice: false };
  return { language: versionLanguage, notice: true };
}

/** Whether a session shows content in another language than the student's (for the notice). */
export function needsLanguageNotice(session: { locale: string; contentLanguage: string }): boolean {
  return baseLanguage(session.locale) !== baseLanguage(session.contentLanguage);
}
