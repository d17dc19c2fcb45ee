import { readMath, sameValue } from "@/lib/math-reading";
import {
  type AnswerSpec,
  type CheckOptions,
  checkAnswer,
  formatAnswer,
  matchesWrongAnswer,
  parseNumber,
} from "@/lib/tutor/answers";
import { normalizeOption } from "@/lib/tutor/answers/check-choice";
import { textRevealsAnswer } from "@/lib/tutor/answers/detect-reveal";
import {
  correctStudent,
  hintSeekerStudent,
  nonsenseStudent,
  type PlayedTurn,
  playProblem,
  type StudentStrategy,
  wrongFirstStudent,
} from "@/lib/tutor/play-problem";
import { readVisible, revealsBeyondVisible, type VisibleText } from "@/lib/tutor/reveal/find-reveal";
import { listSecrets } from "@/lib/tutor/reveal/list-secrets";
import { visibleTexts } from "@/lib/tutor/reveal/turn-visibility";
import type { TutorProblem, TutorStep, TutorWrongAnswer } from "@/lib/tutor/types";
import { unenforcedForm } from "./unenforced-form";

export interface ProblemCheck {
  deadEnds: number;
  falseRejections: number;
  falseAcceptances: number;
  earlyReveals: number;
  /** A rung that states a later step's answer, or a later step that accepts an earlier answer as it stands. */
  laterAnswers: number;
  /** A scaffold whose answer is an authored wrong answer, or a rung that states one as if it were right. */
  wrongAnswerLeads: number;
  /** A prompt that is its own answer, or states it outside its question. */
  promptAnswers: number;
  /** A form the step's words ask for ("what fraction", "lowest terms", "combine like terms") that its answer does not require. */
  unenforcedForms: number;
  problems: string[];
}

export interface ProblemSetCheck {
  /** 1 when every choice step has its right option authored in the same position. */
  choiceOrder: number;
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
 * not allow; then reads the authored texts for later steps' answers, pointers at authored wrong
 * answers and prompts that give their own answer away. Pure.
 *
 * `opts.locale` is the language the problem is shown in (its own or a translation's, see
 * applyTranslation): answers are read and the tutor speaks as for a student in that language, and
 * a numeric answer must also be accepted written that language's way ("0,5" in Spanish).
 */
export function checkProblem(problem: TutorProblem, opts: CheckOptions = {}): ProblemCheck {
  const o: CheckOptions = { locale: opts.locale ?? "en" };
  const r: ProblemCheck = {
    deadEnds: 0,
    falseRejections: 0,
    falseAcceptances: 0,
    earlyReveals: 0,
    laterAnswers: 0,
    wrongAnswerLeads: 0,
    promptAnswers: 0,
    unenforcedForms: 0,
    problems: [],
  };
  for (const [i, step] of problem.steps.entries()) {
    for (const typed of typedForms(step.answer, o.locale as string)) {
      if (checkAnswer(step.answer, typed, o).verdict !== "correct") {
        r.falseRejections++;
        r.problems.push(`step ${i + 1}: its own answer "${typed}" is not accepted`);
      }
    }
    for (const h of step.hints) {
      if (h.kind !== "scaffold" || !h.answer) continue;
      for (const typed of typedForms(h.answer, o.locale as string)) {
        if (checkAnswer(h.answer, typed, o).verdict !== "correct") {
          r.falseRejections++;
          r.problems.push(`step ${i + 1}: scaffold answer "${typed}" is not accepted`);
        }
      }
    }
    for (const w of step.wrongAnswers) {
      if (checkAnswer(step.answer, w.match, o).verdict === "correct") {
        r.falseAcceptances++;
        r.problems.push(`step ${i + 1}: wrong answer "${w.match}" is accepted as correct`);
      }
    }
  }
  checkAuthoredTexts(problem, r, o);
  for (const [name, strategy] of students) {
    // Enough turns for a student who asks for every rung (a scaffold takes two or three turns):
    // an OATutor ladder can hold 44 rungs on one step, and a fixed budget called it a dead end.
    const budget = 40 + problem.steps.reduce((n, s) => n + 20 + 3 * s.hints.length, 0);
    const played = playProblem(problem, strategy, budget, o);
    const end = played.at(-1)?.decision.next;
    if (!end?.finished) {
      r.deadEnds++;
      r.problems.push(`${name} could not finish (stuck at step ${(end?.stepIndex ?? 0) + 1})`);
    }
    r.earlyReveals += countEarlyReveals(problem, played, name, r.problems, o.locale);
  }
  return r;
}

/** At least this many choice steps before one authored position for all of them is worth a report. */
const MIN_CHOICE_STEPS = 4;
const POSITION = ["first", "second", "third", "fourth", "fifth"];

/**
 * Checks across the problems of a set (or all content): a right option always authored in the
 * same position. Sessions shuffle options, but authors, exports and previews see this order,
 * and a pattern there is one a content writer should not be settling into. Pure.
 */
export function checkProblemSet(problems: TutorProblem[]): ProblemSetCheck {
  const choices = problems.flatMap((p) => p.steps.flatMap((s) => (s.answer.kind === "choice" ? [s.answer] : [])));
  const r: ProblemSetCheck = { choiceOrder: 0, problems: [] };
  if (choices.length < MIN_CHOICE_STEPS) return r;
  const first = choices[0]?.correct ?? 0;
  const where = choices.every((c) => c.correct === first)
    ? (POSITION[first] ?? `in position ${first + 1}`)
    : choices.every((c) => c.correct === c.options.length - 1)
      ? "last"
      : null;
  if (where) {
    r.choiceOrder = 1;
    r.problems.push(
      `all ${choices.length} choice steps list the right option ${where}: vary where the right option is authored`,
    );
  }
  return r;
}

const AS_VALUE = new Set(["numeric", "fraction", "percentage", "expression", "equation"]);
/** Answers whose form a later step may ask to change. */
const AS_NUMBER = new Set(["numeric", "fraction", "percentage"]);

/** The three reads of authored text (no engine): later answers, wrong-answer leads, prompts. */
function checkAuthoredTexts(problem: TutorProblem, r: ProblemCheck, o: CheckOptions): void {
  for (const [i, step] of problem.steps.entries()) {
    const explanation = step.hints.find((h) => h.kind === "bottom_out")?.text ?? "";
    for (const [k, h] of step.hints.entries()) {
      const visible = readVisible(visibleAt(problem, i, k));
      const rung = `step ${i + 1}: its ${h.kind === "bottom_out" ? "bottom-out" : `${h.kind} ${k + 1}`}`;
      for (const [m, later] of problem.steps.entries()) {
        // What the rung says beyond this step's own answer: telling this step's answer is its job.
        // A bottom-out states results; a hint or scaffold counts only where it asserts a value
        // ("= 2", "is 2", "gives 2"): "Half means two equal groups" mentions 2, it does not tell it.
        // A value the student already sees (given in the statement or a prompt) is not told by
        // an authored rung that repeats it ("X~N(170, 6.28)" when the statement gives the mean 170).
        const said = h.kind === "bottom_out" ? h.text : assertedParts(h.text);
        const values = valuesOf(later.answer);
        if (
          m > i &&
          said &&
          !(values.length > 0 && values.every((v) => visible.raw.some((t) => showsValue(t, v)))) &&
          (h.kind === "bottom_out" || values.length === 0 || values.some((v) => assertsValue(h.text, v))) &&
          revealsBeyondVisible(later.answer, said, visible, [], o.locale) &&
          revealsBeyondVisible(later.answer, withoutOwnAnswer(said, step.answer), visible, [], o.locale)
        ) {
          r.laterAnswers++;
          r.problems.push(
            `${rung} states step ${m + 1}'s answer (${formatAnswer(later.answer)}): give only this step's result`,
          );
        }
      }
      const lead = h.answer ? scaffoldLead(step, h.answer, o) : undefined;
      if (lead) {
        r.wrongAnswerLeads++;
        r.problems.push(
          `step ${i + 1}: scaffold "${h.text}" has the answer ${formatAnswer(h.answer as AnswerSpec)}, the authored wrong answer "${lead.match}" of this step: ask something that does not lead to a known mistake`,
        );
      }
      // Bottom-outs are not read: explaining the answer names parts that are wrong on their own.
      const stated =
        h.kind === "bottom_out"
          ? undefined
          : step.wrongAnswers.find((w) => statesWrongAnswer(step.answer, w, h.text, visible, explanation, o));
      if (stated) {
        r.wrongAnswerLeads++;
        r.problems.push(`${rung} states the authored wrong answer "${stated.match}" as if it were right`);
      }
    }
    for (const m of laterStepsDoneBy(problem, i, o)) {
      r.laterAnswers++;
      r.problems.push(
        `step ${m + 1} accepts step ${i + 1}'s answer "${formatAnswer(step.answer)}" as it stands (it asks for ${formatAnswer((problem.steps[m] as TutorStep).answer)}): its work is done by step ${i + 1}; ask for something step ${i + 1} does not give, or merge the steps`,
      );
    }
    const message = promptGivesAnswer(
      step,
      readVisible([
        problem.title,
        problem.statement,
        ...problem.steps.slice(0, i).flatMap((s) => [s.prompt, formatAnswer(s.answer), ...options(s)]),
      ]),
    );
    if (message) {
      r.promptAnswers++;
      r.problems.push(`step ${i + 1}: ${message}`);
    }
    const form = unenforcedForm(step.prompt, step.answer);
    if (form) {
      r.unenforcedForms++;
      r.problems.push(`step ${i + 1} ${form}`);
    }
  }
}

/** The authored wrong answer a scaffold's answer is: typed at the step, it would be met as that mistake. */
function scaffoldLead(step: TutorStep, answer: AnswerSpec, o: CheckOptions): TutorWrongAnswer | undefined {
  return step.wrongAnswers.find(
    (w) =>
      checkAnswer(answer, w.match, o).verdict === "correct" &&
      matchesWrongAnswer(step.answer, formatAnswer(answer), w.match),
  );
}

/**
 * Later steps that accept step `i`'s answer unchanged, though they ask for another form of it
 * (19/12 for "write it as a mixed number", 60/100 for "as a decimal"): once step `i` is answered
 * or told, they ask nothing new. Equations and expressions are left out: an equivalent one is
 * right by design.
 */
function laterStepsDoneBy(problem: TutorProblem, i: number, o: CheckOptions): number[] {
  const own = (problem.steps[i] as TutorStep).answer;
  if (!AS_NUMBER.has(own.kind)) return [];
  const shown = formatAnswer(own);
  return problem.steps.flatMap(({ answer }, m) =>
    m > i &&
    AS_NUMBER.has(answer.kind) &&
    !sameText(shown, formatAnswer(answer)) &&
    checkAnswer(answer, shown, o).verdict === "correct"
      ? [m]
      : [],
  );
}

/** What the student can see while rung `k` of step `i` is shown (`k` rungs given before it). */
function visibleAt(problem: TutorProblem, i: number, k: number): string[] {
  const steps = problem.steps;
  const step = steps[i] as TutorStep;
  return [
    problem.title,
    problem.statement,
    ...steps.slice(0, i + 1).flatMap((s) => [s.prompt, ...options(s)]),
    ...steps.slice(0, i).map((s) => formatAnswer(s.answer)),
    ...step.hints.slice(0, k).flatMap((h) => (h.answer ? [h.text, formatAnswer(h.answer)] : [h.text])),
  ];
}

const options = (s: TutorStep) => (s.answer.kind === "choice" ? s.answer.options : []);
const sameText = (a: string, b: string) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The text with this step's own answer taken out: its option or phrase, and every run of maths
 * that states it ("60/100", "3/5 = (3 × 20)/(5 × 20)" for 60/100). A later answer that only this
 * step's answer gives is the later step's business (see the "accepts ... as it stands" check).
 */
function withoutOwnAnswer(text: string, own: AnswerSpec): string {
  let t = text;
  const phrases = own.kind === "choice" ? [own.options[own.correct] ?? ""] : own.kind === "text" ? own.accepted : [];
  for (const p of phrases.filter(Boolean)) t = t.replace(new RegExp(escapeRegExp(p), "gi"), " ");
  const values = listSecrets(own).flatMap((s) =>
    s.kind === "value" ? [s.value] : s.kind === "option" && s.value !== null ? [s.value] : [],
  );
  const reading = readMath(t);
  let out = reading.text;
  for (const run of reading.runs) {
    const last = run.values.at(-1);
    const states =
      (last !== undefined && values.some((v) => sameValue(v, last))) ||
      ((own.kind === "expression" || own.kind === "equation") && textRevealsAnswer(own, run.text));
    if (states) out = out.slice(0, run.start) + " ".repeat(run.end - run.start) + out.slice(run.end);
  }
  return out;
}

/** "is three more than ...", "is 2 times as ...": the value is an operand of a relation, not a result. */
const RELATION_AFTER =
  /^\s*(?:more|less|fewer|greater|smaller|larger|bigger|higher|lower|longer|shorter|older|younger|times|as (?:many|much|long|big))\b/i;

/** Sentences that say the value is wrong, or too big, or to be avoided, do not state it as right. */
const NEGATED =
  /\b(?:not|no|never|wrong|incorrect|instead|rather|too|mistake|careful|avoid|nor|than|unlike)\b|n['’]t\b/i;
/** "the answer is", "= ", "you get", "gives", "makes": what follows is stated as a result. */
const ASSERTS = /(?:\b(?:is|equals|makes|gives|get|gets|got|answer|result)|=)\s*$/;

/**
 * A hint or scaffold that states an authored wrong answer as a result ("8 × 10 = 80", "the
 * common denominator is 80") in a sentence that does not negate it. Not a lead: a value the
 * problem already shows (a misconception that reuses a given number), or one the bottom-out's
 * explanation of the right answer uses too (a correct partial result where the misconception
 * stops early: "42 / 7 = 6 cookies" on the way to 18). Bottom-outs themselves are not read.
 */
function statesWrongAnswer(
  spec: AnswerSpec,
  w: TutorWrongAnswer,
  text: string,
  visible: VisibleText,
  explained: string,
  o: CheckOptions,
): boolean {
  if (checkAnswer(spec, w.match, o).verdict === "correct") return false;
  if (spec.kind === "choice") {
    const at = spec.options.findIndex((o) => normalizeOption(o) === normalizeOption(w.match));
    return at >= 0 && revealsBeyondVisible({ ...spec, correct: at }, text, visible);
  }
  if (!AS_VALUE.has(spec.kind)) return false;
  const n = parseNumber(
    w.match
      .replace(/^.*=/, "")
      .replace(/[^\d.,/\s-]/g, " ")
      .trim(),
  );
  if (!n) return false;
  if (visible.raw.some((t) => showsValue(t, n.value)) || showsValue(explained, n.value)) return false;
  return assertsValue(text, n.value);
}

/** Whether any maths in the text holds the value, as a term or a result. */
const showsValue = (text: string, value: number) =>
  readMath(text).runs.some((r) => r.values.some((x) => sameValue(x, value)));

/** The numbers an answer is made of (none for a choice, a word answer or a symbolic expression). */
function valuesOf(spec: AnswerSpec): number[] {
  return listSecrets(spec).flatMap((s) => (s.kind === "value" ? [s.value] : []));
}

/**
 * Whether a sentence of the text that is no question and no negation states the value as a
 * result: right after "=", "is", "gives", "the answer is" ..., or as "x = value".
 */
function assertsValue(text: string, value: number): boolean {
  return text.split(/(?<=[.!?;])\s+|\n+/).some((sentence) => {
    if (NEGATED.test(sentence) || /\?\s*$/.test(sentence)) return false;
    const reading = readMath(sentence);
    return reading.runs.some((run) => {
      const last = run.values.at(-1);
      if (last === undefined || !sameValue(last, value)) return false;
      // With a variable, only "x = 4" states a value ("a^-n = 1/a^n" holds a 1, it gives none),
      // and not in an instruction, where it is the input ("Substitute n = 1 into the formula").
      if (run.hasVariable) return !INSTRUCTION.test(sentence) && /^[a-z]\s*=\s*[-−]?[\d.,/\s]+$/i.test(run.text.trim());
      // The whole result, not the first term of one ("= 1/(a^n)" holds a 1, it states none).
      if (/^[\p{L}\p{N}_(]|^\s*[-+*/^(]/u.test(reading.text.slice(run.end))) return false;
      const before = reading.text.slice(0, run.start);
      if (/\b[a-z]\s*=\s*$/i.test(before) && INSTRUCTION.test(sentence)) return false;
      if (RELATION_AFTER.test(reading.text.slice(run.end))) return false;
      return ASSERTS.test(before);
    });
  });
}

/**
 * Maths as written, for comparing forms: "$\\frac{3}{4}$." reads "3/4", "$4\\sqrt{x}$" reads
 * "4sqrt(x)"; a radical stays a radical ("\\sqrt[4]{t}" is not "t^(1/4)").
 */
const asWritten = (t: string) =>
  t
    .replace(/\\d?frac\{([^{}]*)\}\{([^{}]*)\}/g, "($1)/($2)")
    .replace(/\\sqrt\{([^{}]*)\}/g, "sqrt($1)")
    .replace(/\\(?:left|right|,|;|!|\s)|\$/g, "")
    .replace(/\\(?:cdot|times)|[×·*]/g, "")
    .replace(/[−–]/g, "-")
    .replace(/\((\w+)\)/g, "$1")
    .replace(/\s+/g, "")
    .replace(/[.,;:!?]+$/, "");

/**
 * A run that stands alone, not a term of a larger expression ("9" in "9 - |8 - 4|", "10" in
 * "10a", "3" in "log_3(x) = 3", "0" in "0 ≤ x ≤ 10") nor an item of a list, set or matrix the
 * step works on ("15" in "1,4,7,15,19", "6" in "{-5,-3,6}").
 */
function standsAlone(text: string, run: { start: number; end: number }): boolean {
  const before = text.slice(0, run.start);
  const after = text.slice(run.end);
  return (
    !/[\p{L}\p{N}_)}\]\\]$|[-+*/^|(=<>÷×≤≥≠≈~{[&]\s*$|\d\s*[,;]\s*$/u.test(before) &&
    !/^[\p{L}\p{N}_(\\]|^\s*[-+*/^|)=<>÷×≤≥≠≈}\]&\\]|^\s*[,;]\s*-?\d/u.test(after)
  );
}

/**
 * Sentences that ask for something: questions, and instructions ("Find (g∘f)(6).", "If there
 * is no solution, write No solution"). What they hold is asked about, not told.
 */
const INSTRUCTION =
  /^\s*(?:[\p{L} ]{1,40}:\s*)?(?:(?:if|when|unless|for)\b[^,]*,\s*)?(?:(?:please|simply|just|now|then|first|next|finally)\s+)?(?:find|solve|simplify|evaluate|compute|calculate|determine|write|rewrite|express|convert|round|factor|expand|graph|identify|give|state|list|name|add|subtract|multiply|divide|estimate|use|fill|select|choose|enter|type|complete|approximate|sketch|show|verify|substitute|apply|reduce|combine|describe|plot|input|answer|classify|compare|order|match|set|plug|put|draw|check|let|recall|remember|take|look)\b/iu;
function withoutAsks(prompt: string): string {
  return prompt
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => (/\?\s*$/.test(sentence) || INSTRUCTION.test(sentence) ? " " : sentence))
    .join(" ")
    .replace(/[^.!?\n]*\?/g, " ");
}

/** "7.31" is not "731/100" as written: a number to rewrite in another form is the step's work. */
const PLAIN_NUMBER = /^[-−]?\d[\d,]*(?:\.\d+)?$/;
const sameForm = (written: string, answer: string) =>
  (PLAIN_NUMBER.test(written) && PLAIN_NUMBER.test(answer)) || asWritten(written) === answer;

/**
 * The prompt as nothing but its own answer, in the answer's own form ("3/4" for 3/4, not "6/8"
 * or "0.75", which are there to be worked on), or stating it outside its question: a lone number
 * or the answer's own form in a sentence that is not a question ("A dozen is 12. How many ...?").
 * An expression to simplify that the checker would accept as it stands ("16p - (-7p)" for 23p)
 * is the answer's form rules' business, not this check's.
 */
function promptGivesAnswer(step: TutorStep, visible: VisibleText): string | null {
  const shown = asWritten(formatAnswer(step.answer));
  if (shown && asWritten(step.prompt) === shown) {
    return `the prompt "${step.prompt}" is its own answer: ask a question about it`;
  }
  if (!revealsBeyondVisible(step.answer, step.prompt, visible)) return null;
  const told = withoutAsks(step.prompt);
  const values = listSecrets(step.answer).flatMap((x) => (x.kind === "value" ? [x.value] : []));
  const reading = readMath(told);
  const written = asWritten(told);
  const at = shown ? written.indexOf(shown) : -1;
  const outright = AS_VALUE.has(step.answer.kind)
    ? reading.runs.some(
        (run) =>
          standsAlone(reading.text, run) &&
          !run.hasVariable &&
          sameForm(run.text.trim(), shown) &&
          // Stated as a result ("A dozen is 12."), not data of a word problem ("He ran 14 miles")
          // nor an operand of a relation ("is three more than five times ...").
          ASSERTS.test(reading.text.slice(0, run.start)) &&
          !RELATION_AFTER.test(reading.text.slice(run.end)) &&
          run.values.length === 1 &&
          values.some((v) => sameValue(v, run.values[0] as number)),
      ) ||
      (at >= 0 && standsAlone(written, { start: at, end: at + shown.length }))
    : step.answer.kind === "list"
      ? at >= 0 && standsAlone(written, { start: at, end: at + shown.length })
      : textRevealsAnswer(step.answer, told);
  return outright ? `the prompt states its own answer (${formatAnswer(step.answer)}) outside its question` : null;
}

function countEarlyReveals(
  problem: TutorProblem,
  played: PlayedTurn[],
  who: string,
  problems: string[],
  locale?: string,
): number {
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
      // The step now open (a later step's answer in this step's authored rungs is the
      // laterAnswers check's, which reads every rung whether or not a student reaches it).
      // A told step waiting for its type-in is no longer open: its answer was given.
      const open =
        d.next.finished || d.next.revealedSteps.includes(d.next.stepIndex) ? null : problem.steps[d.next.stepIndex];
      // Its prompt's expression restated ("$15$ divided by $5$" for "What is $\frac{15}{5}$?") is the
      // question again; for an answer "a" or "i", the words "a" and "I" are no answer.
      const visible = readVisible(visibleTexts(problem, d, p.before, conversation, { includeDecided: false }), {
        asked: open ? [open.prompt] : [],
        answers: open ? [open.answer] : [],
      });
      const authored = open
        ? [problem.title, problem.statement, ...problem.steps.slice(0, d.next.stepIndex + 1).map((s) => s.prompt)]
        : [];
      if (open && revealsBeyondVisible(open.answer, p.turn.text, visible, authored, locale)) {
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

/** The clauses of a hint that assert a value (with "=", "is", "are", "equals", "gives", "makes", "answer"). */
function assertedParts(text: string): string {
  return (
    text
      .split(/(?<=[.;!?\n])\s+|;\s*/)
      // A question asks ("What is the name of the column ...?"), it does not assert.
      .filter((c) => !/\?\s*$/.test(c) && /=|\b(?:is|are|was|equals|gives|makes|answer)\b/iu.test(c))
      .join(" ")
  );
}

/** The decimal separator of a language ("," for es, sv; "." for en), from Intl's own data. */
function decimalSeparator(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  } catch {
    return ".";
  }
}

/**
 * An answer as a student writing `locale` would type it: formatAnswer's form, except that in a
 * language with a decimal comma a number is typed without English thousands separators ("1,500"
 * reads 1.5 there; "1500") and both with the point and with the comma ("0.5", "0,5"). Answers
 * that are not numbers keep formatAnswer's form (a list or a point keeps its commas). Pure.
 */
export function typedForms(spec: AnswerSpec, locale: string): string[] {
  const shown = formatAnswer(spec);
  if ((spec.kind !== "numeric" && spec.kind !== "percentage") || decimalSeparator(locale) !== ",") return [shown];
  const plain = shown.trim().replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  return [...new Set([plain, plain.replace(/(\d)\.(\d)/g, "$1,$2")])];
}
