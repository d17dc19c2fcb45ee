import { z } from "zod";
import { answerSpec } from "@/lib/tutor/answers";
import type { ContentBundleInput, problemInput, SkillInput, stepInput } from "../format";
import { oatutorAnswerSpec } from "./oatutor-answer";
import { findOatutorProblems } from "./oatutor-files";
import { buildLadder, type PathwayItem } from "./oatutor-ladder";
import { isRejection } from "./oatutor-latex";
import { type ChosenVariables, oatutorText, variabilize } from "./oatutor-text";
import {
  type Conversion,
  type ConvertOptions,
  finishBundle,
  humanize,
  lastSentence,
  RecordErrors,
  type SkippedRecord,
  type SourceFile,
  slug,
  stableHash,
  truncate,
} from "./shared";

type StepInput = z.input<typeof stepInput>;
type ProblemInput = z.input<typeof problemInput>;

/**
 * OATutor content pool -> Stepwise bundle. Layout (any prefix before it is fine):
 *   <pid>/<pid>.json, <pid>/steps/<sid>/<sid>.json, <pid>/steps/<sid>/tutoring/<sid>DefaultPathway.json
 * plus an optional skillModel.json (step id -> knowledge components). One problem set per
 * lesson; keys "oatutor-<problem id>". See docs/content-format.md for the mapping rules;
 * answers: oatutor-answer.ts (multiple choice), oatutor-math.ts (maths), oatutor-string.ts
 * ("string" answers), oatutor-forms.ts (forms the question asks for); hints: oatutor-ladder.ts.
 * With skipInvalid, a problem with any step whose answer cannot be imported faithfully is left
 * out and each such record reported with a reason code; a scaffold whose own answer cannot be
 * imported stays as a plain hint, reported in `downgraded`.
 *
 * Language: a problem's language is its course's. OATutor keeps it in coursePlans.json (one
 * entry per course: courseName, language), found among the files, next to the folder, or given as
 * `coursePlans`; its codes are read as locale codes, except "se" (what OATutor writes for its
 * Swedish course, Sweden's country code) which is Swedish, "sv". Without a course plan, the
 * courses known from OATutor-Content @ c26295e (KNOWN_COURSE_LANGUAGES: "Matematik 4" is Swedish)
 * take their language from that table, and every other course is English.
 */

const variables = z.record(z.string(), z.array(z.union([z.string(), z.number()]).transform(String))).default({});

const problemFile = z.object({
  id: z.string().min(1),
  title: z.string().default(""),
  body: z.string().default(""),
  variabilization: variables,
  oer: z.string().default(""),
  license: z.string().default(""),
  lesson: z.string().default(""),
  lessonId: z.string().default(""),
  courseName: z.string().default(""),
  /** Not in OATutor's files today: the course plan has it (see "Language" above). */
  language: z.string().optional(),
});

const stepFile = z.object({
  id: z.string().min(1),
  stepAnswer: z.array(z.union([z.string(), z.number()]).transform(String)).min(1),
  problemType: z.string().default("TextBox"),
  stepTitle: z.string().default(""),
  stepBody: z.string().default(""),
  answerType: z.string().optional(),
  variabilization: variables,
  choices: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  precision: z.number().int().min(0).max(12).optional(),
});

const pathwayItemBase = z.object({
  id: z.string().min(1),
  type: z.enum(["hint", "scaffold", "solution"]),
  dependencies: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  title: z.string().default(""),
  text: z.string().default(""),
  variabilization: variables,
  problemType: z.string().optional(),
  answerType: z.string().optional(),
  hintAnswer: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  choices: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  precision: z.number().int().min(0).max(12).optional(),
});
const pathwayItem: z.ZodType<PathwayItem> = pathwayItemBase.extend({
  subHints: z.lazy(() => z.array(pathwayItem)).optional(),
}) as unknown as z.ZodType<PathwayItem>;
const pathwayFile = z.array(pathwayItem);

const skillModelFile = z.record(z.string(), z.array(z.string()));

export type OatutorSkillModel = z.infer<typeof skillModelFile>;

const coursePlansFile = z.array(z.object({ courseName: z.string(), language: z.string().optional() }).passthrough());

/** Course name -> language code, from OATutor's coursePlans.json. */
export type OatutorCourseLanguages = Record<string, string>;

/** OATutor's language codes that are not locale codes. */
const OATUTOR_LANGUAGE_CODES: Record<string, string> = { se: "sv" };

/** coursePlans.json at OATutor-Content @ c26295e: the courses that are not in English. */
export const KNOWN_COURSE_LANGUAGES: OatutorCourseLanguages = { "Matematik 4": "sv" };

/** An OATutor language field as a locale code ("se" -> "sv", "EN" -> "en"); null when it is not one. */
export function oatutorLanguage(code: string | undefined): string | null {
  const c = code?.trim().toLowerCase();
  if (!c || !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(c)) return null;
  return OATUTOR_LANGUAGE_CODES[c] ?? c;
}

export function parseOatutorCoursePlans(file: SourceFile): OatutorCourseLanguages {
  const plans = parseJson(file, coursePlansFile, new RecordErrors(false), "course plans") ?? [];
  const out: OatutorCourseLanguages = {};
  for (const p of plans) {
    const language = oatutorLanguage(p.language);
    if (language) out[p.courseName] = language;
  }
  return out;
}

export const OATUTOR_LICENCE = "CC BY 4.0";

/** "https://openstax.org/... <OpenStax: Elementary Algebra>" -> { url, name }. */
export function parseOatutorLink(value: string): { url?: string; name?: string } {
  const m = /^\s*(\S*)\s*(?:<([^>]*)>)?\s*$/.exec(value);
  if (!m) return { name: value.trim() || undefined };
  return { url: m[1] || undefined, name: m[2]?.trim() || undefined };
}

/**
 * OATutor's chooseVariables: one draw per problem, r in [0, longest option list), then option
 * (r + 1) % length of every variable, so parallel lists stay aligned. OATutor draws r from
 * `random-seed` with a per-session seed; we draw it from a hash of the problem id (a fixed
 * seed), so every import of the same problem picks the same variant.
 */
export function chooseVariables(vars: Record<string, string[]>, seed: string): ChosenVariables {
  const names = Object.keys(vars);
  const longest = Math.max(0, ...names.map((n) => vars[n]?.length ?? 0));
  if (longest === 0) return {};
  const r = stableHash(`oatutor-variables:${seed}`) % longest;
  const chosen: ChosenVariables = {};
  for (const n of names) {
    const options = vars[n] ?? [];
    if (options.length) chosen[n] = options[(r + 1) % options.length] as string;
  }
  return chosen;
}

function parseJson<T>(file: SourceFile, schema: z.ZodType<T>, errors: RecordErrors, record: string): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (e) {
    errors.fail(file.path, record, "(file)", `not valid JSON: ${(e as Error).message}`, "invalid-json");
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    errors.fail(
      file.path,
      record,
      issue?.path.join(".") || "(record)",
      issue?.message ?? "invalid",
      "invalid-record",
      issue,
    );
    return null;
  }
  return parsed.data;
}

/** A conversion plus the scaffolds kept as plain hints because their answers could not be imported. */
export interface OatutorConversion extends Conversion {
  downgraded: SkippedRecord[];
}

export function convertOatutor(
  files: SourceFile[],
  opts: ConvertOptions & { skillModel?: OatutorSkillModel; courseLanguages?: OatutorCourseLanguages } = {},
  label = "oatutor",
): OatutorConversion {
  const errors = new RecordErrors(!!opts.skipInvalid);
  const downgraded: SkippedRecord[] = [];
  const found = findOatutorProblems(files);
  if (found.problems.length === 0) {
    errors.fail(
      label,
      "content pool",
      "(folder)",
      "no problems found (expected <id>/<id>.json with steps/)",
      "no-problems",
    );
  }
  let skillModel = opts.skillModel;
  if (!skillModel && found.skillModel) {
    skillModel = parseJson(found.skillModel, skillModelFile, new RecordErrors(false), "skill model") ?? undefined;
  }
  const courseLanguages =
    opts.courseLanguages ?? (found.coursePlans ? parseOatutorCoursePlans(found.coursePlans) : KNOWN_COURSE_LANGUAGES);
  const skills = new Map<string, SkillInput>();
  const sets = new Map<string, { key: string; title: string; description: string; problems: ProblemInput[] }>();
  // Problem keys are lower-case: two ids that differ only by case would collide.
  const keys = new Map<string, string>();
  for (const pf of found.problems) {
    const before = errors.skipped.length;
    const problem = parseJson(pf.problem, problemFile, errors, "problem");
    if (!problem) continue;
    const record = `problem ${problem.id}`;
    const fail = (file: string, field: string, message: string, reason: string) =>
      errors.fail(file, record, field, message, reason);
    const key = `oatutor-${slug(problem.id, 100)}`;
    const holder = keys.get(key);
    if (holder !== undefined) {
      fail(pf.problem.path, "id", `its key "${key}" is already taken by problem ${holder}`, "duplicate-key");
      continue;
    }
    keys.set(key, problem.id);
    const problemVars = chooseVariables(problem.variabilization, problem.id);
    const steps: StepInput[] = [];
    const notes: SkippedRecord[] = [];
    if (pf.steps.length === 0) fail(pf.problem.path, "steps", "the problem has no steps/<id>/<id>.json", "no-steps");
    for (const s of pf.steps) {
      const step = parseJson(s.file, stepFile, errors, `${record} step`);
      if (!step) continue;
      const stepVars = { ...problemVars, ...chooseVariables(step.variabilization, problem.id) };
      const title = oatutorText(variabilize(step.stepTitle, stepVars));
      const body = oatutorText(variabilize(step.stepBody, stepVars));
      const mapped = oatutorAnswerSpec({
        answers: step.stepAnswer.map((a) => variabilize(a, stepVars)),
        answerType: step.answerType,
        problemType: step.problemType,
        choices: step.choices?.map((c) => variabilize(c, stepVars)),
        precision: step.precision,
        // Where OATutor authors say which form they want ("Expand", "in lowest terms").
        context: `${oatutorText(variabilize(problem.body, problemVars))}\n${title}\n${body}`,
      });
      if (isRejection(mapped)) {
        fail(s.file.path, `step ${step.id}: stepAnswer`, mapped.message, mapped.reason);
        continue;
      }
      const answer = answerSpec.parse(mapped);
      const pathway = s.pathway
        ? (parseJson(s.pathway, pathwayFile, errors, `${record} step ${step.id} pathway`) ?? [])
        : [];
      const ladder = buildLadder(
        pathway,
        answer,
        (item) => ({ ...stepVars, ...chooseVariables(item.variabilization, problem.id) }),
        `${oatutorText(variabilize(problem.body, problemVars))}\n${title}\n${body}`,
      );
      for (const d of ladder.downgraded) {
        notes.push({
          file: s.pathway?.path ?? s.file.path,
          record,
          field: `step ${step.id}: ${d.field}`,
          message: `scaffold kept as a hint: ${d.rejection.message}`,
          reason: d.rejection.reason,
        });
      }
      const kcs = skillModel?.[step.id]?.filter((k) => k.trim()) ?? [];
      const stepSkills = (kcs.length ? kcs : [problem.lesson || problem.courseName || "oatutor"]).map((kc) => {
        const key = kcs.length ? `oatutor.${slug(kc, 100)}` : `oatutor.lesson-${slug(kc, 100)}`;
        if (!skills.has(key)) {
          skills.set(key, {
            key,
            name: kcs.length ? humanize(kc) : `OATutor lesson ${kc}`,
            description: kcs.length
              ? `OATutor knowledge component "${kc}".`
              : `Problems of the OATutor lesson "${kc}".`,
            prerequisites: [],
          });
        }
        return key;
      });
      steps.push({
        prompt: [...new Set([title, body].filter(Boolean))].join("\n") || "What is your answer?",
        answer: mapped,
        skills: [...new Set(stepSkills)],
        hints: ladder.hints,
        wrongAnswers: [],
      });
    }
    if (errors.skipped.length > before || steps.length === 0) continue;
    downgraded.push(...notes);
    let statement = oatutorText(variabilize(problem.body, problemVars));
    const first = steps[0] as StepInput;
    if (!statement) {
      // OATutor lessons often leave the body empty and put the word problem in the step title.
      statement = first.prompt;
      if (steps.length === 1 || first.prompt.length > 80) first.prompt = lastSentence(first.prompt);
    }
    const oer = parseOatutorLink(problem.oer);
    const licence = parseOatutorLink(problem.license).name || problem.license.trim() || OATUTOR_LICENCE;
    const setKey = opts.setKey ?? `oatutor-${slug(`${problem.courseName} ${problem.lesson || problem.lessonId}`, 100)}`;
    const set = sets.get(setKey) ?? {
      key: setKey,
      title: opts.setKey ? "OATutor problems" : `${problem.courseName || "OATutor"}: ${problem.lesson || "lesson"}`,
      description: `Imported from OATutor (CAHLR/OATutor-Content, ${OATUTOR_LICENCE}).`,
      problems: [],
    };
    sets.set(setKey, set);
    const language = oatutorLanguage(problem.language) ?? courseLanguages[problem.courseName] ?? "en";
    set.problems.push({
      key,
      ...(language !== "en" ? { language } : {}),
      // Some OATutor titles are whole paragraphs; the statement keeps the text.
      title: truncate(oatutorText(variabilize(problem.title, problemVars)) || problem.id, 300),
      statement,
      steps,
      source: {
        name: "OATutor",
        url: oer.url ?? "https://github.com/CAHLR/OATutor-Content",
        licence,
        attribution: `OATutor (CAHLR) problem ${problem.id}${oer.name ? `, adapted from ${oer.name}` : ""}`,
      },
    });
  }
  const bundle: ContentBundleInput = {
    format: "stepwise",
    version: 1,
    skills: [...skills.values()].sort((a, b) => a.key.localeCompare(b.key)),
    problemSets: [...sets.values()].map((s) => ({ ...s, published: !opts.draft })),
  };
  return { bundle: finishBundle(bundle, label), skipped: errors.skipped, downgraded };
}

export function parseOatutorSkillModel(file: SourceFile): OatutorSkillModel {
  return parseJson(file, skillModelFile, new RecordErrors(false), "skill model") as OatutorSkillModel;
}
