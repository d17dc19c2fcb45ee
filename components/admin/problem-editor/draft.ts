import type { z } from "zod";
import type { hintInput, problemInput, stepInput, wrongAnswerInput } from "@/lib/content/format";
import type { AnswerSpecInput } from "@/lib/tutor/answers/spec";

/** What the editor holds: the content format as authors write it (defaults optional). */
export type ProblemDraft = z.input<typeof problemInput>;
export type StepDraft = z.input<typeof stepInput>;
export type HintDraft = z.input<typeof hintInput>;
export type WrongAnswerDraft = z.input<typeof wrongAnswerInput>;
export type SpecDraft = AnswerSpecInput;
export type SpecKind = SpecDraft["kind"];

/** The answer kinds the editor offers, in its order (their names: admin.spec.kinds.<kind>). */
export const SPEC_KINDS: { kind: SpecKind }[] = [
  { kind: "numeric" },
  { kind: "fraction" },
  { kind: "percentage" },
  { kind: "expression" },
  { kind: "equation" },
  { kind: "choice" },
  { kind: "text" },
  { kind: "list" },
];

export function defaultSpec(kind: SpecKind): SpecDraft {
  switch (kind) {
    case "numeric":
      return { kind, value: 0 };
    case "fraction":
      return { kind, value: "1/2" };
    case "percentage":
      return { kind, value: 50 };
    case "expression":
      return { kind, value: "x + 1", variables: ["x"], form: "any" };
    case "equation":
      return { kind, value: "x = 1", variables: ["x"] };
    case "choice":
      return { kind, options: ["", ""], correct: 0 };
    case "text":
      return { kind, accepted: [""] };
    case "list":
      return {
        kind,
        items: [
          { kind: "numeric", value: 1 },
          { kind: "numeric", value: 2 },
        ],
        ordered: false,
      };
  }
}

export function emptyStep(skills: string[] = []): StepDraft {
  return {
    prompt: "",
    answer: { kind: "numeric", value: 0 },
    skills,
    hints: [{ kind: "hint", text: "" }],
    wrongAnswers: [],
  };
}

export function emptyProblem(): ProblemDraft {
  return { key: "", title: "", statement: "", steps: [emptyStep()] };
}

/** "Pizza slices!" -> "pizza-slices" (what a new problem's key starts as). */
export function keyFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\$[^$]*\$/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}
