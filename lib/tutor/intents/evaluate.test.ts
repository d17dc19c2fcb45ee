import { describe, expect, it } from "vitest";
import { STUDENT_INTENT_LABELS } from "../classify-message";
import { evaluate, hasCorpusData, loadCorpus, loadWritten, splitOf } from "./evaluate";

// The messages are read from the shared datasets (../shared/data), never copied into the
// repository: without them the corpus tests are skipped (the written cases still run).
const present = hasCorpusData();
const corpus = present ? loadCorpus() : [];
const written = loadWritten();

describe.skipIf(!present)("the intent corpus", () => {
  it("holds at least 300 dataset messages, each with a dataset source and a known label", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const r of corpus) {
      expect(r.source).toMatch(/^(?:mathdial:dev:\d+:\d+:\d+|class:sample200:\d+:\d+)$/);
      expect(STUDENT_INTENT_LABELS).toContain(r.label);
    }
    expect(new Set(corpus.map((r) => r.text)).size).toBe(corpus.length);
  });

  it("keeps written edge cases apart, marked as written", () => {
    expect(written.length).toBeGreaterThan(0);
    for (const r of written) expect(r.source).toBe("written");
    const data = new Set(corpus.map((r) => r.text));
    expect(written.filter((r) => data.has(r.text))).toEqual([]);
  });

  it("splits by problem so both halves have messages, and one problem never straddles them", () => {
    const halves = new Map<string, Set<string>>();
    for (const r of corpus) {
      const problem = r.source.split(":").slice(0, 3).join(":");
      const set = halves.get(problem) ?? new Set();
      set.add(splitOf(r.source));
      halves.set(problem, set);
    }
    expect([...halves.values()].every((s) => s.size === 1)).toBe(true);
    expect(corpus.filter((r) => splitOf(r.source) === "tune").length).toBeGreaterThan(100);
    expect(corpus.filter((r) => splitOf(r.source) === "held_out").length).toBeGreaterThan(100);
  });
});

describe("readStudentMessage on the corpus", () => {
  // Floors set from the measured figures (npm run intents:eval): corpus 98.8%, tuning half 100%,
  // held-out half 97.8%, written cases 100%; no request of any kind read as an answer.
  const all = evaluate(corpus);
  const tune = evaluate(corpus.filter((r) => splitOf(r.source) === "tune"));
  const held = evaluate(corpus.filter((r) => splitOf(r.source) === "held_out"));
  const edge = evaluate(written);

  it.skipIf(!present)("reads the dataset messages with at least 97% accuracy, 95% on the held-out half", () => {
    expect(all.accuracy, JSON.stringify(all.errors, null, 1)).toBeGreaterThanOrEqual(0.97);
    expect(tune.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(held.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("never reads a request (reveal, jailbreak, hint) as an answer, in the data or the written cases", () => {
    expect(present ? all.n : 1).toBeGreaterThan(0);
    expect(all.requestsReadAsAnswer).toBe(0);
    expect(edge.requestsReadAsAnswer).toBe(0);
  });

  it.skipIf(!present)("grades nearly every answer and reads every thanks as a greeting", () => {
    expect(all.perLabel.answer.recall).toBeGreaterThanOrEqual(0.97);
    expect(all.perLabel.greeting.recall).toBe(1);
    expect(all.perLabel.hint_request.recall).toBeGreaterThanOrEqual(0.75);
  });

  it("reads the written edge cases with at least 95% accuracy and each non-answer label at least 80%", () => {
    expect(edge.accuracy, JSON.stringify(edge.errors, null, 1)).toBeGreaterThanOrEqual(0.95);
    for (const l of STUDENT_INTENT_LABELS) {
      if (edge.perLabel[l].n > 0) expect(edge.perLabel[l].recall, l).toBeGreaterThanOrEqual(0.8);
    }
  });
});

describe("evaluate", () => {
  it("counts a confusion matrix, per-label recall and precision, and requests read as answers", () => {
    const rows = [
      { text: "a", label: "answer" as const, source: "written" },
      { text: "b", label: "hint_request" as const, source: "written" },
      { text: "c", label: "reveal_request" as const, source: "written" },
      { text: "d", label: "greeting" as const, source: "written" },
    ];
    const e = evaluate(rows, () => "answer");
    expect(e.correct).toBe(1);
    expect(e.accuracy).toBe(0.25);
    expect(e.confusion.hint_request.answer).toBe(1);
    expect(e.requestsReadAsAnswer).toBe(2);
    expect(e.perLabel.answer).toEqual({ n: 1, correct: 1, recall: 1, precision: 0.25 });
    expect(e.perLabel.greeting.recall).toBe(0);
    expect(e.perLabel.frustration.recall).toBeNull();
    expect(e.errors.map((x) => x.text)).toEqual(["b", "c", "d"]);
  });

  it("sends odd problem ids to the held-out half", () => {
    expect(splitOf("mathdial:dev:5000369:12:1")).toBe("held_out");
    expect(splitOf("mathdial:dev:5000368:40:1")).toBe("tune");
    expect(splitOf("class:sample200:105:2")).toBe("held_out");
    expect(splitOf("written")).toBe("tune");
  });
});
