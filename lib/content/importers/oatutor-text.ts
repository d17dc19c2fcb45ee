import { type AnswerSpecInput, answerSpec, checkAnswer, formatAnswer } from "@/lib/tutor/answers";
import { escapeDollars } from "./shared";

/** OATutor variables after one option is chosen: name -> value. */
export type ChosenVariables = Record<string, string>;

/** Replaces every `@{name}` with its chosen value (unknown names are left as they are). */
export function variabilize(text: string, vars: ChosenVariables): string {
  return text.replace(/@\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

/**
 * OATutor text -> Stepwise text (what components/math-text.tsx renders):
 * - `$$…$$` (OATutor's inline KaTeX) becomes `$…$`, with `**` read as `^` inside it;
 * - any other `$` is money and is escaped as `\$`;
 * - the two characters `\n` become a line break;
 * - `##figure.png##` figures are not imported: they become "(figure not shown)".
 */
export function oatutorText(text: string): string {
  const t = text
    .replace(/\\n/g, "\n")
    .replace(/##[^#\s]+?\.(?:png|gif|jpe?g|svg|webp)##/gi, "(figure not shown)")
    .replace(/\r\n?/g, "\n");
  const parts = t.split("$$");
  // An odd number of "$$" leaves the last one unpaired: keep it as literal text.
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}$$${parts.at(-1)}`];
  return paired
    .map((part, i) => {
      if (i % 2 === 0) return escapeDollars(part);
      const math = part.replace(/\*\*/g, "^").trim();
      return math ? `$${math}$` : "";
    })
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

/** Reads `{...}` starting at s[i] === "{"; returns the inside and the index after "}". */
function group(s: string, i: number): [string, number] | null {
  if (s[i] !== "{") return null;
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === "{") depth++;
    else if (s[j] === "}" && --depth === 0) return [s.slice(i + 1, j), j + 1];
  }
  return null;
}

/**
 * An OATutor answer in LaTeX -> the plain maths our checker reads: `$$` stripped,
 * `\frac{a}{b}` -> `(a)/(b)`, `\left`/`\right` dropped, `\cdot`/`\times` -> `*`, `\sqrt{x}` ->
 * `sqrt(x)`, `**` -> `^`, remaining braces -> parentheses, thousands separators removed.
 */
export function latexToPlain(latex: string): string {
  let s = latex
    .replace(/\$\$/g, "")
    .replace(/\\left|\\right/g, "")
    .replace(/\\[,;!: ]/g, " ");
  s = s.replace(/\\[dt]?frac(\d)(\d)/g, "\\frac{$1}{$2}");
  for (let guard = 0; guard < 50; guard++) {
    const m = /\\[dt]?frac\s*(?=\{)/.exec(s);
    if (!m) break;
    const num = group(s, m.index + m[0].length);
    const den = num ? group(s, num[1]) : null;
    if (!num || !den) break;
    s = `${s.slice(0, m.index)}(${num[0]})/(${den[0]})${s.slice(den[1])}`;
  }
  for (let guard = 0; guard < 50; guard++) {
    const m = /\\sqrt\s*(?=\{)/.exec(s);
    if (!m) break;
    const arg = group(s, m.index + m[0].length);
    if (!arg) break;
    s = `${s.slice(0, m.index)}sqrt(${arg[0]})${s.slice(arg[1])}`;
  }
  s = s
    .replace(/\\cdot|\\times/g, "*")
    .replace(/\\div/g, "/")
    .replace(/\\pi/g, "pi")
    .replace(/\*\*/g, "^")
    .replace(/\{/g, "(")
    .replace(/\}/g, ")")
    .replace(/\\%/g, "%")
    .replace(/\s+/g, "");
  // "(2)/(3)" -> "2/3" for plain integers, so that fractions read as fractions.
  s = s.replace(/(?<![a-zA-Z])\((-?\d+)\)/g, "$1");
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  return s;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const FRACTION = /^(-?)(\d+)\/(-?)(\d+)$/;
const FUNCTIONS = new Set(["sqrt", "sin", "cos", "tan", "log", "ln", "exp", "pi", "abs"]);

function variablesOf(plain: string): string[] {
  const letters = new Set<string>();
  for (const word of plain.match(/[a-zA-Z]+/g) ?? []) {
    if (FUNCTIONS.has(word.toLowerCase())) continue;
    for (const c of word) letters.add(c);
  }
  return [...letters].sort();
}

/** A plain-maths answer -> numeric, fraction, equation or expression spec; null if unreadable. */
export function mathAnswerSpec(plain: string, precision?: number): AnswerSpecInput | null {
  const p = plain.replace(/\s+/g, "");
  if (NUMBER.test(p)) {
    const value = Number(p);
    return precision !== undefined && !Number.isInteger(value)
      ? { kind: "numeric", value, tolerance: { abs: 0.5 * 10 ** -precision } }
      : { kind: "numeric", value };
  }
  const f = FRACTION.exec(p);
  if (f) {
    const negative = (f[1] === "-") !== (f[3] === "-");
    return { kind: "fraction", value: `${negative ? "-" : ""}${f[2]}/${f[4]}` };
  }
  const variables = variablesOf(plain);
  if (plain.includes("=")) return { kind: "equation", value: plain, variables: variables.length ? variables : ["x"] };
  if (variables.length) return { kind: "expression", value: plain, variables };
  return /^[-+*/^().\d\s]+$|sqrt|pi/.test(plain) ? { kind: "expression", value: plain, variables: ["x"] } : null;
}

/** Whether a spec accepts its own display form: an importer never writes one that does not. */
export function selfChecks(spec: AnswerSpecInput): boolean {
  const parsed = answerSpec.safeParse(spec);
  return parsed.success && checkAnswer(parsed.data, formatAnswer(parsed.data)).verdict === "correct";
}

/** OATutor compares strings with whitespace and \left/\right removed. */
export function oatutorStringKey(s: string): string {
  return s.replace(/\\left|\\right/g, "").replace(/\s+/g, "");
}

export interface OatutorQuestion {
  answers: string[];
  answerType?: string;
  problemType?: string;
  choices?: string[];
  precision?: number;
}

/**
 * Maps an OATutor answer to a Stepwise answer spec:
 * - MultipleChoice -> choice (options converted like all text; correct = the option equal to the
 *   answer as OATutor compares strings);
 * - arithmetic -> numeric / fraction / expression / equation, read from the answer's LaTeX;
 * - string -> a number or a list of numbers when the string is one ("8,13": unordered list of
 *   numbers, more lenient than OATutor's exact string match, since "13, 8" answers "find the
 *   numbers" just as well), else text with the exact accepted strings.
 * Returns an error message instead of a spec when the answer cannot be mapped faithfully.
 */
export function oatutorAnswerSpec(q: OatutorQuestion): AnswerSpecInput | string {
  const answers = q.answers.filter((a) => a.trim() !== "");
  const first = answers[0];
  if (first === undefined) return "no answer given";
  if (q.problemType === "MultipleChoice" || (q.choices && q.choices.length > 0 && q.answerType === "string")) {
    const raw = q.choices ?? [];
    const options: string[] = [];
    const keys: string[] = [];
    for (const c of raw) {
      const key = oatutorStringKey(c);
      if (!key || keys.includes(key)) continue;
      keys.push(key);
      options.push(oatutorText(c));
    }
    const answerKeys = new Set(answers.map(oatutorStringKey));
    const correct = keys.findIndex((k) => answerKeys.has(k));
    if (options.length < 2) return "a multiple-choice question needs at least two different choices";
    if (correct < 0) return `the answer ${JSON.stringify(first)} is not one of the choices`;
    return { kind: "choice", options, correct };
  }
  if (q.answerType === "arithmetic" || q.answerType === undefined || q.answerType === "numeric") {
    const spec = mathAnswerSpec(latexToPlain(first), q.precision);
    if (!spec) return `cannot read the answer ${JSON.stringify(first)} as maths`;
    if (!selfChecks(spec)) return `the answer ${JSON.stringify(first)} does not check as ${spec.kind}`;
    return spec;
  }
  if (q.answerType === "string") {
    const plain = latexToPlain(first);
    const parts = plain.split(",").map((x) => x.trim());
    if (parts.length >= 2 && parts.every((x) => NUMBER.test(x))) {
      const spec: AnswerSpecInput = {
        kind: "list",
        items: parts.map((x) => ({ kind: "numeric" as const, value: Number(x) })),
        ordered: false,
      };
      if (selfChecks(spec)) return spec;
    }
    if (NUMBER.test(plain.replace(/\s+/g, ""))) return { kind: "numeric", value: Number(plain.replace(/\s+/g, "")) };
    const accepted = [...new Set(answers.map((a) => a.replace(/\$\$/g, "").trim()).filter(Boolean))];
    const spec: AnswerSpecInput = { kind: "text", accepted };
    if (!selfChecks(spec)) return `the text answer ${JSON.stringify(first)} does not check`;
    return spec;
  }
  return `unsupported answerType ${JSON.stringify(q.answerType)}`;
}
