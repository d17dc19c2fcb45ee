import { describe, expect, it } from "vitest";
import type { ProblemInput } from "@/lib/content/format";
import { translate } from "@/lib/i18n/translator";
import {
  type AuthoringIssue,
  describeIssue,
  describeIssueIn,
  parseProblemDraft,
  validateProblem,
} from "./validate-problem";

/** A valid two-step problem; each case below breaks one thing. */
function base(): ProblemInput {
  const parsed = parseProblemDraft({
    key: "half-of-12",
    title: "Half of twelve",
    statement: "Sam has 12 marbles and gives half of them to Ana.",
    steps: [
      {
        prompt: "How many marbles does Ana get?",
        answer: { kind: "numeric", value: 6 },
        skills: ["halving"],
        hints: [
          { kind: "hint", text: "Half means splitting into two equal groups." },
          { kind: "scaffold", text: "What do you divide 12 by to halve it?", answer: { kind: "numeric", value: 2 } },
          { kind: "bottom_out", text: "The answer is 6: 12 divided by 2." },
        ],
        wrongAnswers: [{ match: "24", feedback: "Did you double instead of halving?", misconception: "doubled" }],
      },
      {
        prompt: "What fraction of the marbles does Sam keep?",
        answer: { kind: "fraction", value: "1/2", acceptDecimal: false },
        skills: ["fractions"],
        hints: [{ kind: "hint", text: "Sam keeps the other part." }],
        wrongAnswers: [],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.issues.map(describeIssue).join("; "));
  return parsed.input;
}

type Case = [name: string, change: (p: ProblemInput) => void, expected: Partial<AuthoringIssue> | null];

const step1 = (p: ProblemInput) => p.steps[0]!;

const cases: Case[] = [
  ["the valid problem", () => {}, null],
  [
    "an answer spec that rejects its own answer",
    (p) => {
      step1(p).answer = { kind: "text", accepted: ["  "] };
    },
    { step: 1, field: "answer" },
  ],
  [
    "a wrong answer the spec accepts",
    (p) => {
      step1(p).wrongAnswers.push({ match: "6.0", feedback: "Check again.", misconception: "none" });
    },
    { step: 1, field: 'wrongAnswers[2] "6.0"', message: "is accepted as correct by the answer specification" },
  ],
  [
    "feedback that tells the answer",
    (p) => {
      step1(p).wrongAnswers[0]!.feedback = "No, it is 6.";
    },
    { step: 1, field: 'wrongAnswers[1] "24".feedback', message: "states the step's answer" },
  ],
  [
    "a scaffold whose answer does not check",
    (p) => {
      step1(p).hints[1] = { kind: "scaffold", text: "Which?", answer: { kind: "text", accepted: [" "] } };
    },
    { step: 1, field: "hints[2].answer" },
  ],
  [
    "a scaffold whose answer is the step's answer",
    (p) => {
      step1(p).hints[1] = {
        kind: "scaffold",
        text: "So how many does Ana get?",
        answer: { kind: "numeric", value: 6 },
      };
    },
    { step: 1, field: "hints[2].answer", message: expect.stringContaining("step's own answer") },
  ],
  [
    "two bottom-outs",
    (p) => {
      step1(p).hints.push({ kind: "bottom_out", text: "It is 6." });
    },
    { step: 1, field: "hints", message: "has 2 bottom-outs: at most one, as the last rung" },
  ],
  [
    "a bottom-out that is not last",
    (p) => {
      step1(p).hints.reverse();
    },
    { step: 1, field: "hints[1]", message: "the bottom-out must be the last rung of the ladder" },
  ],
  [
    "a hint that states the answer early",
    (p) => {
      step1(p).hints[0] = { kind: "hint", text: "Ana gets 6 marbles." };
    },
    { step: 1, field: "hints[1].text" },
  ],
  [
    "a skill listed twice",
    (p) => {
      p.steps[1]!.skills = ["fractions", "fractions"];
    },
    { step: 2, field: "skills", message: "a skill is listed twice" },
  ],
  [
    "a hint that gives away the answer",
    (p) => {
      p.steps[1]!.hints[0]!.text = "Sam keeps 0.5 of them.";
    },
    { step: 2, field: "hints[1].text" },
  ],
  [
    "a form the answer is written in: the original fraction in a hint is no reveal",
    (p) => {
      p.steps[1]!.prompt = "Write 1/2 in sixths.";
      p.steps[1]!.answer = {
        kind: "fraction",
        value: "3/6",
        denominator: 6,
        acceptDecimal: true,
        requireSimplified: false,
      };
      p.steps[1]!.hints[0]!.text = "How many sixths make 1/2?";
      p.steps[1]!.wrongAnswers = [{ match: "1/3", feedback: "Sixths, not thirds.", misconception: "wrong unit" }];
    },
    null,
  ],
  [
    // The number is in the question itself: saying it reveals nothing (OATutor's "$|3|$").
    "a prompt whose question contains its own answer's value is no early reveal",
    (p) => {
      p.steps[0]!.prompt = "What is $|6|$, the number of marbles Ana gets?";
    },
    null,
  ],
];

describe("validateProblem", () => {
  it.each(cases)("%s", (_name, change, expected) => {
    const p = base();
    change(p);
    const issues = validateProblem(p);
    if (expected === null) expect(issues).toEqual([]);
    else expect(issues).toContainEqual(expect.objectContaining(expected));
  });
});

describe("parseProblemDraft", () => {
  const draft = () =>
    JSON.parse(JSON.stringify(base())) as Record<string, unknown> & { steps: Record<string, unknown>[] };

  it("names the place in the editor's words, not the format's field path (found in a browser walk)", () => {
    const d = draft();
    (d.steps[0] as { wrongAnswers: { misconception: string }[] }).wrongAnswers[0]!.misconception = "";
    const r = parseProblemDraft(d);
    if (r.ok) throw new Error("expected an issue");
    const en = r.issues.map(describeIssueIn(translate("en")));
    expect(en).toEqual([expect.stringMatching(/^Step 1, wrong answer 1, the misconception: /)]);
    expect(en[0]).not.toMatch(/wrongAnswers|\[/);
    expect(r.issues.map(describeIssueIn(translate("es")))[0]).toMatch(
      /^Paso 1, respuesta incorrecta 1, el error de concepto: /,
    );
  });

  it.each<[string, (d: ReturnType<typeof draft>) => void, AuthoringIssue]>([
    [
      "a numeric answer without a value",
      (d) => {
        (d.steps[0] as { answer: Record<string, unknown> }).answer = { kind: "numeric", value: null };
      },
      { step: 1, field: "answer.value", message: expect.any(String) as unknown as string },
    ],
    [
      "an empty hint text",
      (d) => {
        (d.steps[1] as { hints: { kind: string; text: string }[] }).hints[0]!.text = "";
      },
      { step: 2, field: "hints[1].text", message: expect.any(String) as unknown as string },
    ],
    [
      "a step without skills",
      (d) => {
        (d.steps[1] as { skills: string[] }).skills = [];
      },
      { step: 2, field: "skills", message: expect.any(String) as unknown as string },
    ],
    [
      "a bad key",
      (d) => {
        d.key = "Has Spaces";
      },
      { step: null, field: "key", message: expect.any(String) as unknown as string },
    ],
    [
      "a denominator the fraction cannot be written with",
      (d) => {
        (d.steps[1] as { answer: Record<string, unknown> }).answer = { kind: "fraction", value: "1/2", denominator: 5 };
      },
      { step: 2, field: "answer.denominator", message: "the value cannot be written with this denominator" },
    ],
    [
      "a fraction form that does not exist",
      (d) => {
        (d.steps[1] as { answer: Record<string, unknown> }).answer = {
          kind: "fraction",
          value: "1/2",
          form: "decimal",
        };
      },
      { step: 2, field: "answer.form", message: expect.any(String) as unknown as string },
    ],
    [
      "decimal places and significant figures together",
      (d) => {
        (d.steps[0] as { answer: Record<string, unknown> }).answer = {
          kind: "numeric",
          value: 6,
          decimals: 1,
          sigfigs: 2,
        };
      },
      { step: 1, field: "answer.sigfigs", message: "give decimal places or significant figures, not both" },
    ],
    [
      "a negative number of decimal places",
      (d) => {
        (d.steps[0] as { answer: Record<string, unknown> }).answer = { kind: "numeric", value: 6, decimals: -1 };
      },
      { step: 1, field: "answer.decimals", message: expect.any(String) as unknown as string },
    ],
    [
      "an interval notation that is not one of the choices",
      (d) => {
        (d.steps[0] as { answer: Record<string, unknown> }).answer = {
          kind: "equation",
          value: "x > 3",
          notation: "set",
        };
      },
      { step: 1, field: "answer.notation", message: expect.any(String) as unknown as string },
    ],
  ])("%s", (_name, change, expected) => {
    const d = draft();
    change(d);
    const r = parseProblemDraft(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining(expected));
  });

  it("describes issues with the step and the field", () => {
    expect(describeIssue({ step: 2, field: "hints[1].text", message: "is empty" })).toBe(
      "Step 2, hints[1].text: is empty",
    );
    expect(describeIssue({ step: null, field: "title", message: "is empty" })).toBe("title: is empty");
  });
});
