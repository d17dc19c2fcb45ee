import { renderTutorMessage, type TutorMessage } from "./tutor-message";
import type { TurnDecision, TutorProblem } from "./types";

/**
 * The embedded engine's words for a decided turn, as a message key and its values
 * (messages/<locale>/tutor.json). Content pieces (the problem's title, step prompts, hints,
 * feedback, scaffold questions and answers) are values: they stay in the language they are
 * shown in. `variant` picks one of a message's wordings ({variant, select, ...}). Short turns,
 * one question at a time. Never states a step's answer except in a reveal (whose text is the
 * authored bottom-out). Pure.
 */
export function embeddedMessage(problem: TutorProblem, d: TurnDecision, variant = 0): TutorMessage {
  const pick = (n: number) => ((variant % n) + n) % n;
  const prompt = (i: number | null) => (i === null ? "" : (problem.steps[i]?.prompt ?? ""));
  const current = prompt(d.next.finished ? null : d.next.stepIndex);
  const c = d.content;
  const m = (key: string, values: TutorMessage["values"] = {}): TutorMessage => ({ key: `tutor.${key}`, values });
  switch (c.kind) {
    case "greeting":
      // No counts here: a number in the tutor's words could be read as a step's answer.
      return m("greeting", { title: problem.title, step: current });
    case "confirm_step":
      return c.nextStep === null
        ? m("confirmStep.last", { variant: pick(3) })
        : m("confirmStep.next", { variant: pick(3), step: prompt(c.nextStep) });
    case "confirm_scaffold":
      return m("confirmScaffold", { variant: pick(3), step: current });
    case "scaffold_incorrect":
      return m("scaffoldIncorrect", { question: c.scaffoldText });
    case "scaffold_told":
      return m("scaffoldTold", { answer: c.scaffoldAnswer, step: current });
    case "wrong_answer":
      return m("wrongAnswer", { feedback: c.feedback });
    case "incorrect":
      return m("incorrect", { variant: pick(3) });
    case "partial":
      // The checker's reason: its key renders it in any language; `reason` is the English text.
      return m("partial", {
        reason: c.reason,
        ...(c.reasonKey ? { reasonKey: c.reasonKey, reasonValues: c.reasonValues ?? {} } : {}),
      });
    case "hint":
    case "scaffold":
      if (c.afterWrong) return m("help.afterWrong", { text: c.text });
      return c.encourage
        ? m("help.encourage", { variant: pick(2), text: c.text })
        : m("help.plain", { variant: pick(3), text: c.text });
    case "reveal": {
      const told = { text: c.text, ...(c.textKey ? { textKey: c.textKey, textValues: c.textValues ?? {} } : {}) };
      return c.nextStep === null ? m("reveal.last", told) : m("reveal.next", { ...told, step: prompt(c.nextStep) });
    }
    case "try_first":
      return m(c.encourage ? "tryFirst.encourage" : "tryFirst.plain");
    case "clarify":
      return m("clarify", { step: current });
    case "redirect":
      return m("redirect", { step: current });
    case "question":
      return m("question", { step: current });
    case "already_finished":
      return m("alreadyFinished");
  }
}

/** The embedded engine's words for a decided turn in `locale` (the session's language). Pure. */
export function writeEmbeddedText(problem: TutorProblem, d: TurnDecision, variant = 0, locale = "en"): string {
  return renderTutorMessage(locale, embeddedMessage(problem, d, variant));
}
