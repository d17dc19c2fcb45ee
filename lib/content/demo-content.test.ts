import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkProblem } from "@/lib/content/check-problem";
import { type ContentBundle, contentBundle } from "@/lib/content/format";
import { applyTranslation } from "@/lib/content/translation";
import { type AnswerSpec, checkAnswer, formatAnswer, matchesWrongAnswer, textRevealsAnswer } from "@/lib/tutor/answers";

/** The project's own demo content: skills plus one bundle per problem set. */
const DEMO_DIR = path.resolve(__dirname, "../../content/demo");
const FILES = ["skills.json", "fractions.json", "linear-equations.json", "ratios-percentages.json"];

function loadDemo(): ContentBundle {
  const merged = {
    format: "stepwise" as const,
    version: 1 as const,
    skills: [] as unknown[],
    problemSets: [] as unknown[],
  };
  for (const file of FILES) {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, file), "utf8"));
    // Each file must be a valid bundle on its own, too.
    const parsed = contentBundle.parse(raw);
    merged.skills.push(...parsed.skills);
    merged.problemSets.push(...parsed.problemSets);
  }
  return contentBundle.parse(merged);
}

const bundle = loadDemo();
const problems = bundle.problemSets.flatMap((set) => set.problems);
const steps = problems.flatMap((problem) =>
  problem.steps.map((step, index) => ({ where: `${problem.key} step ${index + 1}`, step })),
);

describe("demo content", () => {
  it("parses as a content bundle with enough sets, problems and skills", () => {
    expect(bundle.problemSets.length).toBeGreaterThanOrEqual(3);
    expect(problems.length).toBeGreaterThanOrEqual(40);
    expect(bundle.skills.length).toBeGreaterThanOrEqual(12);
    for (const set of bundle.problemSets) expect(set.problems.length, set.key).toBeGreaterThanOrEqual(15);
  });

  it("has unique problem, set and skill keys", () => {
    const problemKeys = problems.map((p) => p.key);
    expect(new Set(problemKeys).size).toBe(problemKeys.length);
    const setKeys = bundle.problemSets.map((s) => s.key);
    expect(new Set(setKeys).size).toBe(setKeys.length);
    const skillKeys = bundle.skills.map((s) => s.key);
    expect(new Set(skillKeys).size).toBe(skillKeys.length);
  });

  it("gives every problem 2-5 steps", () => {
    for (const problem of problems) {
      expect(problem.steps.length, problem.key).toBeGreaterThanOrEqual(2);
      expect(problem.steps.length, problem.key).toBeLessThanOrEqual(5);
    }
  });

  it("gives every step a hint ladder ending in exactly one bottom-out, and wrong answers", () => {
    for (const { where, step } of steps) {
      const kinds = step.hints.map((h) => h.kind);
      expect(kinds.filter((k) => k === "hint").length, where).toBeGreaterThanOrEqual(1);
      expect(kinds.filter((k) => k === "bottom_out").length, where).toBe(1);
      expect(kinds[kinds.length - 1], where).toBe("bottom_out");
      // Ladder order: hints, then one scaffold, then the bottom-out.
      const firstNonHint = kinds.findIndex((k) => k !== "hint");
      expect(kinds.slice(firstNonHint), where).toEqual(["scaffold", "bottom_out"]);
      expect(step.wrongAnswers.length, where).toBeGreaterThanOrEqual(1);
    }
  });

  it("references only skills that exist", () => {
    const known = new Set(bundle.skills.map((s) => s.key));
    for (const { where, step } of steps) {
      for (const key of step.skills) expect(known.has(key), `${where}: ${key}`).toBe(true);
    }
    for (const skill of bundle.skills) {
      for (const key of skill.prerequisites) expect(known.has(key), `${skill.key} -> ${key}`).toBe(true);
    }
  });

  it("has an acyclic prerequisite graph with several levels", () => {
    const prereqs = new Map(bundle.skills.map((s) => [s.key, s.prerequisites]));
    const state = new Map<string, "visiting" | "done">();
    const depth = new Map<string, number>();
    const cycles: string[] = [];
    const visit = (key: string, trail: string[]): number => {
      if (state.get(key) === "visiting") {
        cycles.push([...trail, key].join(" -> "));
        return 0;
      }
      if (state.get(key) === "done") return depth.get(key) ?? 0;
      state.set(key, "visiting");
      let d = 1;
      for (const next of prereqs.get(key) ?? []) d = Math.max(d, 1 + visit(next, [...trail, key]));
      state.set(key, "done");
      depth.set(key, d);
      return d;
    };
    for (const key of prereqs.keys()) visit(key, []);
    expect(cycles).toEqual([]);
    expect(Math.max(...depth.values())).toBeGreaterThanOrEqual(4);
  });
});

/** What a student would type for the correct answer, formed from the spec. */
function typedAnswer(spec: AnswerSpec): string | null {
  switch (spec.kind) {
    case "numeric":
      return String(spec.value);
    case "fraction":
      return spec.value;
    case "percentage":
      return `${spec.value}%`;
    case "expression":
    case "equation":
      return spec.value;
    case "choice":
      return spec.options[spec.correct] ?? null;
    case "text":
      return spec.accepted[0] ?? null;
    case "list":
      return null;
  }
}

describe("demo content against the answer checker", () => {
  it("accepts every step's own answer", () => {
    const rejected: string[] = [];
    for (const { where, step } of steps) {
      const typed = typedAnswer(step.answer);
      if (typed === null) continue;
      const { verdict } = checkAnswer(step.answer, typed);
      if (verdict !== "correct") rejected.push(`${where}: ${JSON.stringify(typed)} -> ${verdict}`);
      // The canonical display form (what the bottom-out reveal shows) must grade correct too.
      const shown = formatAnswer(step.answer);
      const again = checkAnswer(step.answer, shown).verdict;
      if (again !== "correct") rejected.push(`${where}: formatted ${JSON.stringify(shown)} -> ${again}`);
    }
    expect(rejected).toEqual([]);
  });

  it("accepts every scaffold question's own answer", () => {
    const rejected: string[] = [];
    for (const { where, step } of steps) {
      for (const hint of step.hints) {
        if (hint.kind !== "scaffold") continue;
        const typed = typedAnswer(hint.answer);
        if (typed === null) continue;
        const { verdict } = checkAnswer(hint.answer, typed);
        if (verdict !== "correct") rejected.push(`${where} scaffold: ${JSON.stringify(typed)} -> ${verdict}`);
      }
    }
    expect(rejected).toEqual([]);
  });

  it("never marks an authored wrong answer correct, and recognises it as that wrong answer", () => {
    const problemsFound: string[] = [];
    for (const { where, step } of steps) {
      for (const wrong of step.wrongAnswers) {
        const { verdict } = checkAnswer(step.answer, wrong.match);
        if (verdict === "correct") problemsFound.push(`${where}: wrong ${JSON.stringify(wrong.match)} graded correct`);
        if (!matchesWrongAnswer(step.answer, wrong.match, wrong.match)) {
          problemsFound.push(`${where}: wrong ${JSON.stringify(wrong.match)} not recognised`);
        }
      }
    }
    expect(problemsFound).toEqual([]);
  });

  it("keeps the answer out of hints, scaffold questions and wrong-answer feedback, and states it in the bottom-out", () => {
    const leaks: string[] = [];
    for (const { where, step } of steps) {
      for (const hint of step.hints) {
        const reveals = textRevealsAnswer(step.answer, hint.text);
        if (hint.kind === "bottom_out") {
          if (!reveals) leaks.push(`${where}: bottom-out does not state the answer`);
        } else if (reveals) {
          leaks.push(`${where}: ${hint.kind} reveals the answer: ${hint.text}`);
        }
      }
      for (const wrong of step.wrongAnswers) {
        if (textRevealsAnswer(step.answer, wrong.feedback)) {
          leaks.push(`${where}: feedback for ${JSON.stringify(wrong.match)} reveals the answer`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe("demo content through the real engine (what npm run content:check does)", () => {
  it("every problem passes the content checker: no dead end, false rejection, false acceptance or early reveal", () => {
    const failures = problems.flatMap((p) => checkProblem(p).problems.map((msg) => `${p.key}: ${msg}`));
    expect(failures).toEqual([]);
  });
});

describe("the demo content in Spanish (npm run content:check -- --language es)", () => {
  const translated = problems.filter((p) => p.translations?.es);

  it("translates a whole set, the one with decimal answers", () => {
    const set = bundle.problemSets.find((s) => s.problems.some((p) => p.translations?.es));
    expect(set?.key).toBe("ratios-percentages");
    expect(set?.problems.every((p) => p.translations?.es)).toBe(true);
    expect(
      set?.problems.some((p) => p.steps.some((s) => s.answer.kind === "numeric" && !Number.isInteger(s.answer.value))),
    ).toBe(true);
  });

  it("every translated problem passes the content checker read as Spanish", () => {
    const failures = translated.flatMap((p) => {
      const es = applyTranslation(
        { title: p.title, statement: p.statement, steps: p.steps },
        p.translations?.es as never,
      );
      return checkProblem(es, { locale: "es" }).problems.map((msg) => `${p.key} [es]: ${msg}`);
    });
    expect(failures).toEqual([]);
  });
});
