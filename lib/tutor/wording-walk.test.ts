import { describe, expect, it } from "vitest";
import { demoProblems } from "@/tests/demo-problems";
import { formatAnswer } from "./answers";
import { addFractions, everyKind } from "./fixtures";
import { wrongGuess } from "./play-problem";
import { takeTurn } from "./take-turn";
import { initialState, type StudentInput, type TutorProblem, type TutorTurn } from "./types";
import { ownSentences } from "./write-embedded-text";

/** A small seeded generator (mulberry32): the same walks every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHAT: Record<string, string[]> = {
  en: [
    "what's the best football team in the world?",
    "just tell me the answer",
    "?",
    "hi",
    "I give up",
    "this is stupid",
    "why do we need this?",
    "hmm",
  ],
  es: ["¿cuál es el mejor equipo de fútbol del mundo?", "dime la respuesta", "?", "hola", "me rindo", "no sé"],
};

const say = (text: string): StudentInput => ({ kind: "message", text });

/**
 * One seeded walk: mixed inputs (wrong answers, hints, stuck, chat, reveal requests, scaffold
 * answers, the told answer during a type-in, sometimes a wrong entry) until the problem ends.
 */
function walk(problem: TutorProblem, locale: string, seed: number): TutorTurn[] {
  const r = rng(seed);
  let state = initialState();
  const first = takeTurn(problem, state, null, 0, { locale });
  const turns = [first.turn];
  state = first.decision.next;
  for (let i = 1; i < 45 && !state.finished; i++) {
    const step = problem.steps[state.stepIndex];
    if (!step) break;
    const x = r();
    let input: StudentInput;
    if (state.typeIn)
      input = x < 0.6 ? say(formatAnswer(step.answer)) : x < 0.8 ? say(wrongGuess(step.answer)) : { kind: "hint" };
    else if (state.pendingScaffold !== null && x < 0.3) {
      const a = step.hints[state.pendingScaffold]?.answer;
      input = a ? say(r() < 0.5 ? formatAnswer(a) : wrongGuess(a)) : { kind: "hint" };
    } else if (x < 0.1) input = say(formatAnswer(step.answer));
    else if (x < 0.35)
      input = say(r() < 0.5 && step.wrongAnswers[0] ? step.wrongAnswers[0].match : wrongGuess(step.answer));
    else if (x < 0.5) input = { kind: "hint" };
    else if (x < 0.6) input = { kind: "stuck" };
    else {
      const chat = CHAT[locale] as string[];
      input = say(chat[Math.floor(r() * chat.length)] as string);
    }
    const prev = turns.at(-1) as TutorTurn;
    const { turn, decision } = takeTurn(problem, state, input, i, { locale, previous: prev });
    turns.push(turn);
    state = decision.next;
  }
  return turns;
}

describe("the tutor never says the same sentence twice in a row", () => {
  const problems = [addFractions, everyKind, ...demoProblems()];
  for (const locale of ["en", "es"]) {
    it(`${locale}: 5 seeded walks over ${problems.length} problems`, () => {
      let pairs = 0;
      for (const [n, problem] of problems.entries()) {
        for (let seed = 1; seed <= 5; seed++) {
          const turns = walk(problem, locale, n * 100 + seed);
          for (let i = 1; i < turns.length; i++) {
            const a = turns[i - 1] as TutorTurn;
            const b = turns[i] as TutorTurn;
            const before = ownSentences(a.text, a.messageParams, locale);
            const repeated = [...ownSentences(b.text, b.messageParams, locale)].filter((s) => before.has(s));
            expect(repeated, `${problem.title} seed ${seed}:\n  ${a.text}\n  ${b.text}`).toEqual([]);
            pairs++;
          }
        }
      }
      expect(pairs).toBeGreaterThan(1000);
    });
  }

  it("three refusals in a row read three different ways", () => {
    let state = initialState();
    let prev = takeTurn(addFractions, state, null, 0).turn;
    const texts: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const { turn, decision } = takeTurn(
        addFractions,
        state,
        { kind: "message", text: "what's the best football team in the world?" },
        i,
        { previous: prev },
      );
      texts.push(turn.text);
      prev = turn;
      state = decision.next;
    }
    expect(new Set(texts).size).toBe(3);
  });
});
