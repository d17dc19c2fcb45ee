import { readMath, sameValue, statedValues } from "@/lib/math-reading";
import type { TurnView } from "@/lib/sessions/session-view";
import { checkAnswer, formatAnswer } from "@/lib/tutor/answers";
import { fold, readVisible, type VisibleText } from "@/lib/tutor/reveal/find-reveal";
import type { Secret } from "@/lib/tutor/reveal/list-secrets";
import { openSecrets, optionsReached, visibleTexts } from "@/lib/tutor/reveal/turn-visibility";
import type { SessionState, TurnDecision, TutorProblem } from "@/lib/tutor/types";

/**
 * What code allows the model to say in one turn, built from the turn's facts: the texts the
 * student can see once this turn is shown (problem, prompts reached, their own messages, the
 * tutor's earlier turns, the rungs already given, and what code decided to give now), the
 * values those texts state, and the secrets (open steps' answers, a pending scaffold's answer)
 * that may only appear as quotes of what is visible.
 */
export interface TurnContext {
  visible: VisibleText;
  allowedValues: number[];
  secrets: Secret[];
  /** Options of a choice the student must pick now (step or scaffold): never by position. */
  choiceOpen: boolean;
  /** Letter scripts the student has seen or written (Latin always). */
  scripts: Set<string>;
  /** Six-word sequences of the instructions sent to the model that the student never saw. */
  hiddenShingles: Set<string>;
  /** Tutor turns already shown on this step (read with the new text for pieces spread over turns). */
  earlierTutorText: string;
  /** The student's language (the session's locale): the language the model writes in. */
  locale: string;
}

export interface TurnContextArgs {
  problem: TutorProblem;
  decision: TurnDecision;
  before: SessionState;
  transcript: TurnView[];
  studentText: string;
  draft: string;
  systemPrompt: string;
  /** The session's language (default "en"); its script is allowed even before the student has seen it. */
  locale?: string;
}

export function buildTurnContext(a: TurnContextArgs): TurnContext {
  const { problem, decision: d } = a;
  const texts = [...visibleTexts(problem, d, a.before, [...a.transcript.map((t) => t.text), a.studentText]), a.draft];
  const allowedValues: number[] = [1];
  for (let i = 1; i <= problem.steps.length; i++) allowedValues.push(i);
  for (const t of [...texts, ...optionsReached(problem, d)]) {
    for (const v of statedValues(readMath(t))) if (!allowedValues.some((x) => sameValue(x, v))) allowedValues.push(v);
  }
  const { secrets, choiceOpen } = openSecrets(problem, d);
  const visibleFolded = texts.map(fold).join(" \n ");
  const hiddenShingles = new Set<string>();
  for (const s of shingles(a.systemPrompt)) if (!visibleFolded.includes(s)) hiddenShingles.add(s);
  // Steps the student has done, and those still ahead (the open one and later).
  const doneCount = d.next.finished ? problem.steps.length : d.next.stepIndex;
  const done = problem.steps.slice(0, doneCount);
  const ahead = problem.steps.slice(doneCount);
  const earlier = a.transcript.filter((t) => t.role === "tutor" && t.stepIndex === d.next.stepIndex).slice(-2);
  return {
    // The open step's prompt (the expression it asks about may be restated) and the open answers
    // (for "a" or "i", the words "a" and "I" are no answer): find-reveal.ts.
    visible: readVisible(texts, {
      asked: d.next.finished ? [] : [problem.steps[d.next.stepIndex]?.prompt ?? ""],
      answers: secrets.flatMap((s) => (s.kind === "form" ? [s.spec] : [])),
      earnedForms: done
        .map((step) => formatAnswer(step.answer))
        .filter((form) => !ahead.some((step) => checkAnswer(step.answer, form).verdict === "correct")),
    }),
    allowedValues,
    secrets,
    choiceOpen,
    scripts: new Set([...scriptsOf(texts.join(" ")), ...localeScripts(a.locale ?? "en")]),
    hiddenShingles,
    earlierTutorText: earlier.map((t) => t.text).join(" "),
    locale: a.locale ?? "en",
  };
}

const SHINGLE = 6;

/** Every run of six words of the text, folded. */
export function shingles(text: string): string[] {
  const w = fold(text).split(" ").filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= w.length; i++) out.push(w.slice(i, i + SHINGLE).join(" "));
  return out;
}

const SCRIPTS = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Arabic",
  "Hebrew",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Khmer",
  "Myanmar",
  "Tibetan",
  "Georgian",
  "Armenian",
  "Ethiopic",
] as const;
const SCRIPT_RE = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, "u")] as const);

/** ISO 15924 codes of the scripts above (those a language is written in). */
const SCRIPT_CODES: Record<string, (typeof SCRIPTS)[number]> = {
  Latn: "Latin",
  Cyrl: "Cyrillic",
  Grek: "Greek",
  Arab: "Arabic",
  Hebr: "Hebrew",
  Hans: "Han",
  Hant: "Han",
  Jpan: "Han",
  Kore: "Hangul",
  Deva: "Devanagari",
  Beng: "Bengali",
  Guru: "Gurmukhi",
  Gujr: "Gujarati",
  Taml: "Tamil",
  Telu: "Telugu",
  Knda: "Kannada",
  Mlym: "Malayalam",
  Sinh: "Sinhala",
  Thai: "Thai",
  Laoo: "Lao",
  Khmr: "Khmer",
  Mymr: "Myanmar",
  Tibt: "Tibetan",
  Geor: "Georgian",
  Armn: "Armenian",
  Ethi: "Ethiopic",
};

/** The letter scripts a locale's language is written in ("ar" -> Arabic; Latin always). */
export function localeScripts(locale: string): Set<string> {
  const out = new Set<string>(["Latin"]);
  try {
    const code = new Intl.Locale(locale).maximize().script;
    const name = code ? SCRIPT_CODES[code] : undefined;
    if (name) out.add(name);
    if (code === "Jpan") for (const s of ["Hiragana", "Katakana"]) out.add(s);
  } catch {
    // Not a locale tag: Latin only.
  }
  return out;
}

/** The letter scripts used in a text; a letter of an unlisted script counts as "Other". */
export function scriptsOf(text: string): Set<string> {
  const out = new Set<string>(["Latin"]);
  // A lone Greek letter is a maths symbol (π, θ), not Greek prose.
  const prose = text.normalize("NFKC").replace(/(?<!\p{L})\p{Script=Greek}(?!\p{L})/gu, " ");
  // Letters of no script of their own (Arabic's tatweel "ـ", U+0640, is Common) name no script:
  // counted as "Other" they switched the rule off for every script.
  for (const ch of prose.match(/(?![\p{Script=Common}\p{Script=Inherited}])\p{L}/gu) ?? []) {
    if (/[a-z]/i.test(ch)) continue;
    out.add(SCRIPT_RE.find(([, re]) => re.test(ch))?.[0] ?? "Other");
  }
  return out;
}
