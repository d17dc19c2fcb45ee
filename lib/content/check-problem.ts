import { checkAnswer, formatAnswer } from "@/lib/tutor/answers";
import {
  correctStudent,
  hintSeekerStudent,
  nonsenseStudent,
  type PlayedTurn,
  playProblem,
  type StudentStrategy,
  wrongFirstStudent,
} from "@/lib/tutor/play-problem";
import { readVisible, revealsBeyondVisible } from "@/lib/tutor/reveal/find-reveal";
import { visibleTexts } from "@/lib/tutor/reveal/turn-visibility";
import type { TutorProblem } from "@/lib/tutor/types";

export interface ProblemCheck {
  deadEnds: number;
  falseRejections: number;
  falseAcceptances: number;
  earlyReveals: number;
  problems: string[];
}

const students: [string, StudentStrategy][] = [
  ["correct student", correctStudent],
  ["wrong-answers-first student", wrongFirstStudent],
  ["hint-seeking student", hintSeekerStudent],
  ["nonsense-typing student", nonsenseStudent],
];

/**
 * Plays a problem with four simulated students through the real engine and reports dead ends,
 * authored answers the checker rejects, wrong answers it accepts, and reveals the ladder does
 * not allow. Pure.
 */
export function checkProblem(problem: TutorProblem): ProblemCheck {
  const r: ProblemCheck = { deadEnds: 0, falseRejections: 0, falseAcceptances: 0, earlyReveals: 0, problems: [] };
  for (const [i, step] of problem.steps.entries()) {
    const shown = formatAnswer(step.answer);
    if (checkAnswer(step.answer, shown).verdict !== "correct") {
      r.falseRejections++;
      r.problems.push(`step ${i + 1}: its own answer "${shown}" is not accepted`);
    }
    for (const h of step.hints) {
      if (h.kind === "scaffold" && h.answer && checkAnswer(h.answer, formatAnswer(h.answer)).verdict !== "correct") {
        r.falseRejections++;
        r.problems.push(`step ${i + 1}: scaffold answer "${formatAnswer(h.answer)}" is not accepted`);
      }
    }
    for (const w of step.wrongAnswers) {
      if (checkAnswer(step.answer, w.match).verdict === "correct") {
        r.falseAcceptances++;
        r.problems.push(`step ${i + 1}: wrong answer "${w.match}" is accepted as correct`);
      }
    }
  }
  for (const [name, strategy] of students) {
    const played = playProblem(problem, strategy, 40 + problem.steps.length * 20);
    const end = played.at(-1)?.decision.next;
    if (!end?.finished) {
      r.deadEnds++;
      r.problems.push(`${name} could not finish (stuck at step ${(end?.stepIndex ?? 0) + 1})`);
    }
    r.earlyReveals += countEarlyReveals(problem, played, name, r.problems);
  }
  return r;
}

function countEarlyReveals(problem: TutorProblem, played: PlayedTurn[], who: string, problems: string[]): number {
  let n = 0;
  const conversation: string[] = [];
  for (const p of played) {
    const d = p.decision;
    if (p.input?.kind === "message") conversation.push(p.input.text);
    if (d.revealed) {
      const step = problem.steps[p.before.stepIndex];
      const ladderDone = step ? p.before.rung >= step.hints.filter((h) => h.kind !== "bottom_out").length : true;
      if (p.before.attempts < 1 || !ladderDone) {
        n++;
        problems.push(`${who}: step ${p.before.stepIndex + 1} revealed before an attempt and the full ladder`);
      }
    } else {
      // A reveal is text that lets the student read off an open answer that was not already
      // visible (quoting "$|3|$" from the prompt, when the answer is 3, reveals nothing).
      const visible = readVisible(visibleTexts(problem, d, p.before, conversation, { includeDecided: false }));
      // The step now open (a later step's answer in this step's hints is for issue 11's checks).
      const open = d.next.finished ? null : problem.steps[d.next.stepIndex];
      if (open && revealsBeyondVisible(open.answer, p.turn.text, visible)) {
        n++;
        problems.push(
          `${who}: a turn states step ${d.next.stepIndex + 1}'s answer early: "${p.turn.text.slice(0, 80)}"`,
        );
      }
    }
    conversation.push(p.turn.text);
  }
  return n;
}
