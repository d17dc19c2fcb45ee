import { z } from "zod";
import { answerSpec } from "@/lib/tutor/answers/spec";
import { languageCode, translationMismatches, translationSchema } from "./translation";

/**
 * The Stepwise content format: what the seed loads, what `content:import --format stepwise`
 * reads and `content:export` writes. Keys are stable identifiers chosen by the author
 * (or derived from the source by an importer); re-importing the same keys updates in place.
 */

/** A content key (skills, sets, problems): also what an import's "Problem-set key" field must be. */
export const contentKey = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "lowercase letters, digits, '.', '_' or '-'");
const key = contentKey;

export const skillInput = z
  .object({
    key,
    name: z.string().min(1).max(200),
    description: z.string().max(2000).default(""),
    /** Keys of skills that should be mastered first. */
    prerequisites: z.array(key).default([]),
  })
  .strict();

export const hintInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("hint"), text: z.string().min(1) }).strict(),
  z
    .object({
      kind: z.literal("scaffold"),
      /** A smaller question the student answers inside the dialogue. */
      text: z.string().min(1),
      answer: answerSpec,
    })
    .strict(),
  /** The last rung: tells the step's answer (counted as "telling"). */
  z.object({ kind: z.literal("bottom_out"), text: z.string().min(1) }).strict(),
]);

export const wrongAnswerInput = z
  .object({
    /** What the student types, interpreted with the step's answer kind ("12", "3/8", "2x+3"). */
    match: z.string().min(1),
    /** Targeted feedback that points at the error without giving the answer. */
    feedback: z.string().min(1),
    /** A short label for the misconception, e.g. "added denominators". */
    misconception: z.string().min(1).max(200),
  })
  .strict();

export const stepInput = z
  .object({
    prompt: z.string().min(1),
    answer: answerSpec,
    skills: z.array(key).min(1),
    hints: z.array(hintInput).min(1),
    wrongAnswers: z.array(wrongAnswerInput).default([]),
  })
  .strict();

export const sourceInput = z
  .object({
    name: z.string().min(1),
    url: z.string().optional(),
    licence: z.string().min(1),
    attribution: z.string().optional(),
  })
  .strict();

export const problemInput = z
  .object({
    key,
    title: z.string().min(1).max(300),
    /** Markdown with $...$ / $$...$$ KaTeX math. */
    statement: z.string().min(1),
    steps: z.array(stepInput).min(1),
    source: sourceInput.optional(),
    /** The language the problem is written in (default "en"). */
    language: languageCode.optional(),
    /**
     * Translations by language: the texts only (title, statement, per step the prompt, each
     * rung's text and each wrong answer's feedback, by position); answers, skills and structure
     * are the problem's. See lib/content/translation.ts.
     */
    translations: z.record(languageCode, translationSchema).optional(),
  })
  .strict();

export const problemSetInput = z
  .object({
    key,
    title: z.string().min(1).max(300),
    description: z.string().max(5000).default(""),
    published: z.boolean().default(true),
    problems: z.array(problemInput).min(1),
  })
  .strict();

export const contentBundle = z
  .object({
    format: z.literal("stepwise"),
    version: z.literal(1),
    skills: z.array(skillInput).default([]),
    problemSets: z.array(problemSetInput).default([]),
  })
  .strict()
  .superRefine((bundle, ctx) => {
    // A key names one thing: a second problem (or set, or skill) with the same key would
    // silently replace or merge into the first, so the whole bundle is refused instead.
    const seen = new Map<string, string>();
    const check = (kind: string, key: string, path: (string | number)[]) => {
      const where = path.join(".");
      const first = seen.get(`${kind}:${key}`);
      if (first) {
        ctx.addIssue({
          code: "custom",
          path,
          message: `duplicate ${kind} key "${key}" (first used at ${first}): keys must be unique`,
        });
      } else seen.set(`${kind}:${key}`, where);
    };
    for (const [i, skill] of bundle.skills.entries()) check("skill", skill.key, ["skills", i, "key"]);
    for (const [i, set] of bundle.problemSets.entries()) {
      check("problem set", set.key, ["problemSets", i, "key"]);
      for (const [j, p] of set.problems.entries()) {
        check("problem", p.key, ["problemSets", i, "problems", j, "key"]);
        for (const [language, t] of Object.entries(p.translations ?? {})) {
          const path = ["problemSets", i, "problems", j, "translations", language];
          if (language === (p.language ?? "en"))
            ctx.addIssue({ code: "custom", path, message: `the problem is written in "${language}" already` });
          for (const issue of translationMismatches(p, t))
            ctx.addIssue({ code: "custom", path: [...path, ...issue.path], message: issue.message });
        }
      }
    }
  });

export type SkillInput = z.infer<typeof skillInput>;
export type HintInput = z.infer<typeof hintInput>;
export type WrongAnswerInput = z.infer<typeof wrongAnswerInput>;
export type StepInput = z.infer<typeof stepInput>;
export type ProblemInput = z.infer<typeof problemInput>;
export type ProblemSetInput = z.infer<typeof problemSetInput>;
export type ContentBundle = z.infer<typeof contentBundle>;
export type ContentBundleInput = z.input<typeof contentBundle>;
