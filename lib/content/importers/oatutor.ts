import { z } from "zod";
import { answerSpec, checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import type { AnswerSpec } from "@/lib/tutor/answers/spec";
import type { ContentBundleInput, hintInput, problemInput, SkillInput, stepInput } from "../format";

type HintInput = z.input<typeof hintInput>;
type StepInput = z.input<typeof stepInput>;
type ProblemInput = z.input<typeof problemInput>;

import { type ChosenVariables, oatutorAnswerSpec, oatutorText, variabilize } from "./oatutor-text";
import {
  type Conversion,
  type ConvertOptions,
  finishBundle,
  humanize,
  lastSentence,
  RecordErrors,
  type SourceFile,
  slug,
  stableHash,
  truncate,
} from "./shared";

/**
 * OATutor content pool -> Stepwise bundle. Layout (any prefix before it is fine):
 *   <pid>/<pid>.json, <pid>/steps/<sid>/<sid>.json, <pid>/steps/<sid>/tutoring/<sid>DefaultPathway.json
 * plus an optional skillModel.json (step id -> knowledge components). One problem set per
 * lesson; keys "oatutor-<problem id>". See docs/content-format.md for every mapping rule.
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
type PathwayItem = z.infer<typeof pathwayItemBase> & { subHints?: PathwayItem[] };
const pathwayItem: z.ZodType<PathwayItem> = pathwayItemBase.extend({
  subHints: z.lazy(() => z.array(pathwayItem)).optional(),
});
const pathwayFile = z.array(pathwayItem);

const skillModelFile = z.record(z.string(), z.array(z.string()));

export type OatutorSkillModel = z.infer<typeof skillModelFile>;

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

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

function parseJson<T>(file: SourceFile, schema: z.ZodType<T>, errors: RecordErrors, record: string): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (e) {
    errors.fail(file.path, record, "(file)", `not valid JSON: ${(e as Error).message}`);
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    errors.fail(file.path, record, issue?.path.join(".") || "(record)", issue?.message ?? "invalid");
    return null;
  }
  return parsed.data;
}

/** Pathway items in dependency order (OATutor's are linear chains; ties keep file order). */
function orderPathway(items: PathwayItem[]): PathwayItem[] {
  const placed = new Set<string>();
  const out: PathwayItem[] = [];
  const left = [...items];
  while (left.length) {
    const i = left.findIndex((it) => it.dependencies.every((d) => placed.has(d) || !items.some((x) => x.id === d)));
    const [next] = left.splice(Math.max(i, 0), 1);
    if (!next) break;
    placed.add(next.id);
    out.push(next);
  }
  return out;
}

function hintText(item: PathwayItem, vars: ChosenVariables): string {
  const title = oatutorText(variabilize(item.title, vars)).replace(/[.:]+$/, "");
  const text = oatutorText(variabilize(item.text, vars));
  if (!title || !text) return text || title;
  return text.toLowerCase().startsWith(title.toLowerCase()) ? text : `${title}: ${text}`;
}

const GENERIC_FIRST_HINT =
  "Re-read the question: what exactly is it asking you to find, and which facts in it will you use?";

/**
 * The hint ladder for one step. OATutor has no bottom-out (the engine writes one from the
 * answer when none is authored), and a hint that states the step's answer must not come before
 * the ladder allows. So the first rung whose text reveals the answer (by the same test the
 * tutor's guard uses) becomes the bottom-out, moved to the end of the ladder, and made to state
 * the answer if it only implies it; later rungs that reveal it are dropped; the others keep
 * their order. A scaffold whose own answer is the step's answer would tell it when the student
 * fails the scaffold, so it is kept as a plain hint (its question, answered by answering the step).
 */
function buildLadder(
  items: PathwayItem[],
  step: AnswerSpec,
  vars: (item: PathwayItem) => ChosenVariables,
  fail: (field: string, message: string) => void,
): { hints: HintInput[]; dropped: number } {
  const flat: { item: PathwayItem; field: string }[] = [];
  for (const [i, item] of orderPathway(items).entries()) {
    flat.push({ item, field: `[${i}] ${item.id}` });
    for (const [j, sub] of orderPathway(item.subHints ?? []).entries())
      flat.push({ item: sub, field: `[${i}].subHints[${j}] ${sub.id}` });
  }
  const hints: HintInput[] = [];
  let bottomOut: string | null = null;
  let dropped = 0;
  for (const { item, field } of flat) {
    const v = vars(item);
    const text = hintText(item, v);
    if (!text) continue;
    if (textRevealsAnswer(step, text)) {
      if (bottomOut === null) bottomOut = text;
      else dropped++;
      continue;
    }
    if (item.type !== "scaffold") {
      hints.push({ kind: "hint", text });
      continue;
    }
    const mapped = oatutorAnswerSpec({
      answers: (item.hintAnswer ?? []).map((a) => variabilize(a, v)),
      answerType: item.answerType,
      problemType: item.problemType,
      choices: item.choices?.map((c) => variabilize(c, v)),
      precision: item.precision,
    });
    if (typeof mapped === "string") {
      fail(`${field}.hintAnswer`, mapped);
      continue;
    }
    const answer = answerSpec.parse(mapped);
    const shown = formatAnswer(answer);
    const tellsStep = checkAnswer(step, shown).verdict === "correct" || textRevealsAnswer(step, shown);
    hints.push(tellsStep ? { kind: "hint", text } : { kind: "scaffold", text, answer });
  }
  const ladder = withFirstHint(hints);
  if (bottomOut !== null) ladder.push({ kind: "bottom_out", text: statingAnswer(bottomOut, step) });
  return { hints: ladder, dropped };
}

/** The bottom-out tells: when its text does not show the answer as written, it is appended. */
function statingAnswer(text: string, step: AnswerSpec): string {
  const parts = step.kind === "list" ? step.items.map((it) => formatAnswer(it)) : [formatAnswer(step)];
  const shows = (part: string) => {
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(^|[^\\w.])${escaped}(?!\\w|\\.\\d)`).test(text);
  };
  if (parts.every(shows)) return text;
  return `${/[.!?]$/.test(text) ? text : `${text}.`} So the answer is ${formatAnswer(step)}.`;
}

/** A ladder needs a rung before the bottom-out; a generic focus hint when OATutor has none. */
function withFirstHint(hints: HintInput[]): HintInput[] {
  return hints.length ? hints : [{ kind: "hint", text: GENERIC_FIRST_HINT }];
}

interface ProblemFiles {
  problem: SourceFile;
  steps: { file: SourceFile; pathway: SourceFile | undefined }[];
}

function findProblems(files: SourceFile[]): { problems: ProblemFiles[]; skillModel: SourceFile | undefined } {
  const byPath = new Map(files.map((f) => [f.path.replace(/\\/g, "/"), f]));
  const problems: ProblemFiles[] = [];
  for (const [path, file] of byPath) {
    const m = /(^|.*\/)([^/]+)\/\2\.json$/.exec(path);
    if (!m || /(^|\/)steps\/$/.test(m[1] ?? "")) continue;
    const root = `${m[1]}${m[2]}/`;
    const stepIds = [
      ...new Set(
        [...byPath.keys()]
          .map((p) =>
            p.startsWith(`${root}steps/`) ? /^([^/]+)\/\1\.json$/.exec(p.slice(root.length + 6))?.[1] : null,
          )
          .filter((x): x is string => !!x),
      ),
    ].sort(naturalCompare);
    problems.push({
      problem: file,
      steps: stepIds.map((sid) => ({
        file: byPath.get(`${root}steps/${sid}/${sid}.json`) as SourceFile,
        pathway: byPath.get(`${root}steps/${sid}/tutoring/${sid}DefaultPathway.json`),
      })),
    });
  }
  problems.sort((a, b) => naturalCompare(a.problem.path, b.problem.path));
  const skillModel = [...byPath.entries()].find(([p]) => /(^|\/)skillModel\.json$/.test(p))?.[1];
  return { problems, skillModel };
}

export function convertOatutor(
  files: SourceFile[],
  opts: ConvertOptions & { skillModel?: OatutorSkillModel } = {},
  label = "oatutor",
): Conversion {
  const errors = new RecordErrors(!!opts.skipInvalid);
  const found = findProblems(files);
  if (found.problems.length === 0) {
    errors.fail(label, "content pool", "(folder)", "no problems found (expected <id>/<id>.json with steps/)");
  }
  let skillModel = opts.skillModel;
  if (!skillModel && found.skillModel) {
    skillModel = parseJson(found.skillModel, skillModelFile, new RecordErrors(false), "skill model") ?? undefined;
  }
  const skills = new Map<string, SkillInput>();
  const sets = new Map<string, { key: string; title: string; description: string; problems: ProblemInput[] }>();
  for (const pf of found.problems) {
    const before = errors.skipped.length;
    const problem = parseJson(pf.problem, problemFile, errors, "problem");
    if (!problem) continue;
    const record = `problem ${problem.id}`;
    const fail = (file: string, field: string, message: string) => errors.fail(file, record, field, message);
    const problemVars = chooseVariables(problem.variabilization, problem.id);
    const steps: StepInput[] = [];
    if (pf.steps.length === 0) fail(pf.problem.path, "steps", "the problem has no steps/<id>/<id>.json");
    for (const s of pf.steps) {
      const step = parseJson(s.file, stepFile, errors, `${record} step`);
      if (!step) continue;
      const stepVars = { ...problemVars, ...chooseVariables(step.variabilization, problem.id) };
      const mapped = oatutorAnswerSpec({
        answers: step.stepAnswer.map((a) => variabilize(a, stepVars)),
        answerType: step.answerType,
        problemType: step.problemType,
        choices: step.choices?.map((c) => variabilize(c, stepVars)),
        precision: step.precision,
      });
      if (typeof mapped === "string") {
        fail(s.file.path, "stepAnswer", mapped);
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
        (field, message) => fail(s.pathway?.path ?? s.file.path, field, message),
      );
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
      const title = oatutorText(variabilize(step.stepTitle, stepVars));
      const body = oatutorText(variabilize(step.stepBody, stepVars));
      steps.push({
        prompt: [title, body].filter(Boolean).join("\n") || "What is your answer?",
        answer: mapped,
        skills: [...new Set(stepSkills)],
        hints: ladder.hints,
        wrongAnswers: [],
      });
    }
    if (errors.skipped.length > before || steps.length === 0) continue;
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
    set.problems.push({
      key: `oatutor-${slug(problem.id, 100)}`,
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
  return { bundle: finishBundle(bundle, label), skipped: errors.skipped };
}

export function parseOatutorSkillModel(file: SourceFile): OatutorSkillModel {
  return parseJson(file, skillModelFile, new RecordErrors(false), "skill model") as OatutorSkillModel;
}
