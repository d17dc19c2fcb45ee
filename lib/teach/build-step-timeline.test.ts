import { describe, expect, it } from "vitest";
import { countTranscript } from "@/lib/ai/teacher-coach/summarize-transcript";
import { formatAnswer } from "@/lib/tutor/answers";
import { addFractions } from "@/lib/tutor/fixtures";
import { type PlayedTurn, playProblem } from "@/lib/tutor/play-problem";
import { buildStepTimeline, formatDuration, type TimelineTurn } from "./build-step-timeline";

const T0 = new Date("2026-03-10T12:00:00Z");
const at = (s: number) => new Date(T0.getTime() + s * 1000);

function tutor(seq: number, stepIndex: number, over: Partial<TimelineTurn> = {}): TimelineTurn {
  return {
    seq,
    role: "tutor",
    stepIndex,
    stepState: "x",
    hintRung: null,
    revealed: false,
    createdAt: at(seq * 10),
    ...over,
  };
}
function student(seq: number, stepIndex: number): TimelineTurn {
  return { seq, role: "student", stepIndex, stepState: null, hintRung: null, revealed: false, createdAt: at(seq * 10) };
}

/** A played problem's turns as stored: the student's message, then the tutor's turn. */
function timelineTurns(played: PlayedTurn[]): TimelineTurn[] {
  let seq = 0;
  const turns: TimelineTurn[] = [];
  for (const p of played) {
    if (p.input) turns.push(student(seq++, p.before.stepIndex));
    turns.push(
      tutor(seq++, p.turn.stepIndex, {
        stepState: p.turn.stepState,
        hintRung: p.turn.hintRung,
        revealed: p.turn.revealed,
      }),
    );
  }
  return turns;
}

describe("buildStepTimeline", () => {
  it("a solved step, a told step after hints, a step in progress, a step not reached", () => {
    const turns = [
      tutor(0, 0), // greeting
      student(1, 0),
      tutor(2, 0, { stepState: "y" }), // solved first time, at 20 s
      student(3, 1),
      tutor(4, 1, { hintRung: 1 }),
      student(5, 1),
      tutor(6, 1, { hintRung: 2 }),
      student(7, 1),
      tutor(8, 1, { hintRung: 3, revealed: true, stepState: "y" }), // told at 80 s
      student(9, 2),
      tutor(10, 2), // still working at 100 s
    ];
    const attempts = [
      { stepIndex: 0, correct: true, firstAttempt: true },
      { stepIndex: 1, correct: false, firstAttempt: true },
      { stepIndex: 2, correct: false, firstAttempt: true },
    ];
    const steps = buildStepTimeline(4, T0, turns, attempts);
    expect(steps.map((s) => [s.outcome, s.durationMs, s.hintsUsed, s.attempts, s.firstAttemptCorrect])).toEqual([
      ["solved", 20_000, 0, 1, true],
      ["told", 60_000, 2, 1, false],
      ["in progress", 20_000, 0, 1, false],
      ["not reached", null, 0, 0, null],
    ]);
    expect(steps[1]?.startedAt).toEqual(at(20));
    expect(steps[1]?.endedAt).toEqual(at(80));
    expect(steps[3]?.startedAt).toBeNull();
  });

  it("a session with only the greeting: step 1 in progress", () => {
    const steps = buildStepTimeline(2, T0, [tutor(0, 0)], []);
    expect(steps.map((s) => s.outcome)).toEqual(["in progress", "not reached"]);
    expect(steps[0]?.durationMs).toBe(0);
  });

  it("agrees with the real tutor engine on a played problem", () => {
    // A student who asks for a hint on each step before answering correctly.
    const played = playProblem(addFractions, (problem, state, history) => {
      const onStep = history.filter((h) => h.before.stepIndex === state.stepIndex && h.input).length;
      if (onStep === 0) return { kind: "hint" };
      const step = problem.steps[state.stepIndex];
      return step ? { kind: "message", text: formatAnswer(step.answer) } : null;
    });
    const turns = timelineTurns(played);
    const steps = buildStepTimeline(addFractions.steps.length, T0, turns, []);
    for (const s of steps) {
      expect(s.hintsUsed).toBe(1);
      expect(["solved", "told"]).toContain(s.outcome);
    }
  });

  it("a step the tutor told and the student then typed in is told, not solved (the real engine)", () => {
    // Found in a browser walk: the turn that ends a told step is the student's typed-in answer
    // being confirmed (not itself a reveal), so the step read "solved by the student".
    const played = playProblem(addFractions, (problem, state, history) => {
      const step = problem.steps[state.stepIndex];
      if (!step) return null;
      if (state.stepIndex > 0) return { kind: "message", text: formatAnswer(step.answer) };
      const onStep = history.filter((h) => h.before.stepIndex === 0 && h.input).length;
      if (onStep === 0) return { kind: "message", text: "15" };
      return { kind: "hint" };
    });
    const turns = timelineTurns(played);
    expect(turns.filter((t) => t.revealed)).toHaveLength(1);
    const steps = buildStepTimeline(addFractions.steps.length, T0, turns, []);
    expect(steps.map((s) => s.outcome)).toEqual(["told", "solved"]);
  });
});

describe("the coach's time per step", () => {
  it("agrees with the step table's (the real engine, a hint and a wrong answer on each step)", () => {
    const played = playProblem(addFractions, (problem, state, history) => {
      const step = problem.steps[state.stepIndex];
      if (!step) return null;
      const onStep = history.filter((h) => h.before.stepIndex === state.stepIndex && h.input).length;
      if (onStep === 0) return { kind: "hint" };
      if (onStep === 1) return { kind: "message", text: "99" };
      return { kind: "message", text: formatAnswer(step.answer) };
    });
    const turns = timelineTurns(played);
    const steps = buildStepTimeline(addFractions.steps.length, at(0), turns, []);
    const coach = countTranscript(turns.map((t) => ({ ...t, text: "", move: null, evaluation: null }))).secondsPerStep;
    expect(steps.map((s) => Math.round((s.durationMs ?? 0) / 1000))).toEqual(steps.map((s) => coach[s.index]));
    expect(coach[1]).toBeGreaterThan(0);
  });
});

describe("formatDuration", () => {
  it.each([
    [null, "–"],
    [0, "0 s"],
    [45_400, "45 s"],
    [60_000, "1 min"],
    [185_000, "3 min 5 s"],
    [7_440_000, "2 h 4 min"],
    [3_600_000, "1 h"],
  ])("%s -> %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
  it("Spanish writes the same units", () => {
    expect(formatDuration(185_000, "es")).toBe("3 min 5 s");
  });
});
