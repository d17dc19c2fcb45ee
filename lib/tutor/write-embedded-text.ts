import type { TurnDecision, TutorProblem } from "./types";

/**
 * The embedded engine's words for a decided turn, written from the authored content. Short
 * turns, one question at a time. Never states a step's answer except in a reveal (whose text is
 * the authored bottom-out).
 */
export function writeEmbeddedText(problem: TutorProblem, d: TurnDecision, variant = 0): string {
  const pick = (options: string[]) => options[variant % options.length] as string;
  const prompt = (i: number | null) => (i === null ? "" : (problem.steps[i]?.prompt ?? ""));
  const current = prompt(d.next.finished ? null : d.next.stepIndex);
  const c = d.content;
  switch (c.kind) {
    case "greeting":
      // No counts here: a number in the tutor's words could be read as a step's answer.
      return `Hi! Let's work through "${problem.title}" one step at a time. First: ${current}`;
    case "confirm_step":
      if (c.nextStep === null) {
        return `${pick(["Yes, that's right!", "Correct!", "Exactly right."])} You've finished this problem: nice, steady work. Press "Next problem" when you're ready.`;
      }
      return `${pick(["Yes, that's right.", "Correct, well done.", "That's it."])} Next step: ${prompt(c.nextStep)}`;
    case "confirm_scaffold":
      return `${pick(["Right.", "Yes, exactly.", "Good."])} Now use that for the step: ${current}`;
    case "scaffold_incorrect":
      return `Not quite. Look again at the question: ${c.scaffoldText}`;
    case "scaffold_told":
      return `That one is ${c.scaffoldAnswer}. With that in mind, try the step again: ${current}`;
    case "wrong_answer":
      return c.feedback;
    case "incorrect":
      return pick([
        "That's not it yet. Check your working for this step, then try again, or ask for a hint.",
        "Not quite. Which part of your working are you least sure about? Try again, or ask for a hint.",
        "Hmm, that doesn't match. Go back over your last calculation and try once more, or ask for a hint.",
      ]);
    case "partial":
      return `You're close: ${c.reason}. Try again.`;
    case "hint":
    case "scaffold": {
      const lead = c.afterWrong
        ? "Not quite yet. Here's something to help:"
        : c.encourage
          ? pick(["You can do this. Let's take it one small step at a time.", "Let's work it out together."])
          : pick(["Here's a hint.", "Hint:", "Try this."]);
      return `${lead} ${c.text}`;
    }
    case "reveal":
      return c.nextStep === null
        ? `${c.text} That was the last step: the problem is done. Press "Next problem" when you're ready.`
        : `${c.text} Let's go on. Next step: ${prompt(c.nextStep)}`;
    case "try_first":
      return c.encourage
        ? "I know you can make progress here. Have a go first: type your best attempt, even if you're unsure, and we'll work from there."
        : "Give it a try first: type your best attempt at this step, even if you're unsure.";
    case "clarify":
      return `I'm not sure what you mean. Could you type just your answer to this step? ${current}`;
    case "redirect":
      return `Let's stay with the problem. ${current}`;
    case "question":
      return `Good question. Re-read the step and think about what it asks for: ${current} If you'd like, press "Hint".`;
    case "already_finished":
      return 'This problem is finished. Press "Next problem" to go on.';
  }
}
