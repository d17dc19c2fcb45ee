import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProblem } from "@/lib/content/check-problem";
import { checkAnswer, matchesWrongAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { convertClass } from "./class";
import { type ChoiceStep, focusFact, revealsOption, trimFeedback } from "./class-hints";
import { parseCsv } from "./parse-csv";
import { CLASS_CSV, CLASS_JSONL } from "./test-data";

const csv = { path: "sample.csv", text: fs.readFileSync(CLASS_CSV, "utf8") };
const jsonl = { path: "sample.parsed.jsonl", text: fs.readFileSync(CLASS_JSONL, "utf8") };
const fromCsv = convertClass(csv, { skipInvalid: true });
const problems = fromCsv.bundle.problemSets.flatMap((s) => s.problems);

describe("CLASS import", () => {
  it("fails on the first malformed record without skipInvalid, naming the file, row and field", () => {
    expect(() => convertClass(csv)).toThrow(/^sample\.csv: row 11 \(section 2\.1\): problems: not valid JSON: /);
  });

  it("with skipInvalid, reports every malformed record by row and imports the rest", () => {
    const rows = fromCsv.skipped.map((s) => s.record);
    expect(rows).toContain("row 11 (section 2.1)");
    expect(rows).toContain("row 104 (section 9.1)");
    // 19 rows are not JSON, 1 has an empty answer, 4 have answers the checker cannot tell apart.
    expect(fromCsv.skipped).toHaveLength(24);
    expect(fromCsv.skipped.filter((s) => s.message.startsWith("not valid JSON"))).toHaveLength(19);
    expect(problems).toHaveLength(176);
    expect(problems.reduce((n, p) => n + p.steps.length, 0)).toBe(526);
  });

  it("reads the parsed JSONL to the same bundle as the CSV", () => {
    const fromJsonl = convertClass(jsonl, { skipInvalid: true });
    expect(fromJsonl.bundle).toEqual(fromCsv.bundle);
    expect(fromJsonl.skipped.map((s) => s.record)).toEqual(fromCsv.skipped.map((s) => s.record));
  });

  it("turns sub-problems into steps: a two-option choice, the hint, the wrong answer with its feedback", () => {
    const p = problems.find((x) => x.key === "class-1.1-0")!;
    expect(p.title).toBe("Identify the shared characteristics of the natural sciences");
    expect(p.statement).toBe("Explain the shared characteristics of natural sciences in the field of Biology.");
    expect(p.steps).toHaveLength(3);
    const step = p.steps[0]!;
    expect(step.prompt).toBe("What is the first shared characteristic of natural sciences?");
    expect(step.answer.kind).toBe("choice");
    if (step.answer.kind !== "choice") return;
    expect([...step.answer.options].sort()).toEqual([
      "Natural sciences rely on empirical evidence through the scientific method.",
      "Natural sciences rely on intuition and personal beliefs.",
    ]);
    expect(step.answer.options[step.answer.correct]).toBe(
      "Natural sciences rely on empirical evidence through the scientific method.",
    );
    expect(step.hints.map((h) => h.kind)).toEqual(["hint", "hint", "bottom_out"]);
    expect(step.hints[0]?.text).toMatch(/^Recall: /);
    expect(step.hints[1]?.text).toBe(
      "This characteristic implies that natural sciences depend on observation, measurement, and experimentation.",
    );
    expect(step.wrongAnswers[0]?.match).toBe("Natural sciences rely on intuition and personal beliefs.");
    expect(step.skills).toEqual(["class.1.1"]);
    expect(p.source).toMatchObject({ licence: "Apache-2.0" });
  });

  it("ladder: a fact as focus where one fits, the authored hint as probing, then the bottom-out", () => {
    const p = problems.find((x) => x.key === "class-1.2-5")!;
    expect(p.steps.map((s) => s.hints.map((h) => h.kind))).toEqual([
      ["hint", "bottom_out"],
      ["hint", "hint", "bottom_out"],
      ["hint", "hint", "bottom_out"],
    ]);
    expect(p.steps[1]?.hints[0]?.text).toMatch(/^Recall: The levels of organization in living things are cells/);
    // The feedback's first sentence explains the mix-up; the second, which states the answer, moves to the bottom-out.
    expect(p.steps[0]?.wrongAnswers[0]?.feedback).toBe(
      "While molecules are a fundamental building block of life, they are not considered a level of organization as they are not living structures.",
    );
    expect(p.steps[0]?.hints.at(-1)?.text).toContain("The correct levels of organization are");
  });

  it("no rung before the bottom-out and no feedback tells this step's option or a later one", () => {
    const raw = fs
      .readFileSync(CLASS_JSONL, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { row: number; section_id: string; problem: Record<string, unknown> | null });
    const counts = {
      steps: 0,
      focusFacts: 0,
      hintsReplaced: 0,
      feedbackTrimmed: 0,
      feedbackReplaced: 0,
      bottomOutsNamingLater: 0,
    };
    for (const p of problems) {
      const row = raw.find((r) => `class-${r.section_id}-${r.row}` === p.key)!;
      const subs = (row.problem?.SubProblems ?? row.problem?.Subproblems) as Record<string, string>[];
      const choices: ChoiceStep[] = subs.map((x) => ({ right: x.Answer!, wrong: x["Incorrect Response"]! }));
      for (const [i, s] of p.steps.entries()) {
        counts.steps++;
        if (s.hints[0]?.text.startsWith("Recall: ")) counts.focusFacts++;
        if (s.hints.at(-2)?.text !== subs[i]!.Hint!.trim()) counts.hintsReplaced++;
        const fb = s.wrongAnswers[0]!.feedback;
        if (fb.startsWith("That is a common mix-up")) counts.feedbackReplaced++;
        else if (fb !== subs[i]!.Feedback!.trim()) counts.feedbackTrimmed++;
        for (const [j, c] of choices.entries()) {
          if (j < i) continue;
          for (const h of s.hints.slice(0, -1))
            expect(revealsOption(h.text, c), `${p.key} ${i}: ${h.text}`).toBe(false);
          expect(revealsOption(fb, c), `${p.key} ${i}: ${fb}`).toBe(false);
          if (j > i && revealsOption(s.hints.at(-1)!.text, c)) counts.bottomOutsNamingLater++;
        }
      }
    }
    console.log(`CLASS sample ladders: ${JSON.stringify(counts)}`);
    expect(counts.steps).toBe(526);
  });

  it.each([
    ["An organ system is made up of multiple organs that work together to do a job.", true],
    ["Think about how the different organs in a system work together to achieve a common goal.", false],
    ["An organ system is a group of organs that work together to perform a specific biological function.", true],
    ["While tissues can work together, they are not an organ system.", false],
  ])("revealsOption(%j)", (text, reveals) => {
    const step = {
      right: "An organ system is a group of organs that work together to perform a specific biological function.",
      wrong: "An organ system is a group of tissues that work together to perform a specific biological function.",
    };
    expect(revealsOption(text, step)).toBe(reveals);
  });

  it("trims feedback to the sentences that tell nothing, and picks a fact that neither tells nor repeats the hint", () => {
    const steps = [
      { right: "Tissues are groups of cells that work together.", wrong: "Tissues are single cells working alone." },
    ];
    expect(
      trimFeedback(
        "Cells can differ. Tissues are groups of cells that work together. This helps the organism.",
        steps,
        0,
      ),
    ).toBe("Cells can differ.");
    expect(trimFeedback("Tissues are groups of cells that work together.", steps, 0)).toBeNull();
    const facts = [
      "Tissues are groups of cells that work together.",
      "Cells are the basic unit of life.",
      "Tissues form organs.",
    ];
    expect(focusFact(facts, "What are tissues made of?", "Think about cells.", steps, 0)).toBe("Tissues form organs.");
  });

  it("puts the right option first and second about equally often", () => {
    const firsts = problems.flatMap((p) => p.steps).filter((s) => s.answer.kind === "choice" && s.answer.correct === 0);
    expect(firsts.length).toBeGreaterThan(526 * 0.35);
    expect(firsts.length).toBeLessThan(526 * 0.65);
  });

  it("every step: right option accepted, wrong one recognised, no early reveal; all pass the content checker", () => {
    for (const p of problems) {
      for (const s of p.steps) {
        const w = s.wrongAnswers[0]!;
        expect(checkAnswer(s.answer, w.match).verdict).not.toBe("correct");
        expect(matchesWrongAnswer(s.answer, w.match, w.match)).toBe(true);
        expect(textRevealsAnswer(s.answer, s.hints[0]!.text)).toBe(false);
      }
    }
    const failures = problems.flatMap((p) => checkProblem(p).problems.map((m) => `${p.key}: ${m}`));
    expect(failures).toEqual([]);
  });

  it("a missing column is an error naming it", () => {
    expect(() => convertClass({ path: "x.csv", text: "section_name,section_id\r\na,1.1\r\n" })).toThrow(
      /^x\.csv: header: section_learning_objs: column missing$/,
    );
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes, CRLF and line breaks inside quotes", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n1,\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
      ["1", ""],
    ]);
  });
});
