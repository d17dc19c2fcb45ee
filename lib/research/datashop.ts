/**
 * DataShop's tab-delimited transaction format (pslcdatashop.web.cmu.edu help, "Tab-delimited
 * format"): one row per transaction, a header of DataShop's column names. Required: Anon Student
 * Id, Session Id, Time, Level (...), Problem Name. Pure: rows in, lines out (lib/research/
 * load-transactions.ts reads the database).
 */

import type { TurnCodes } from "@/lib/teach/describe-turn";

/** The columns before the per-factor conditions and custom fields, in order. */
export const DATASHOP_BASE_COLUMNS = [
  "Anon Student Id",
  "Session Id",
  "Time",
  "Time Zone",
  "Student Response Type",
  "Tutor Response Type",
  "Level (ProblemSet)",
  "Problem Name",
  "Step Name",
  "Outcome",
  "Selection",
  "Action",
  "Input",
  "Feedback Text",
  "Help Level",
  "Total Num Hints",
  "KC (Skills)",
  "KC Category (Skills)",
] as const;

/** One Condition Name / Condition Type pair per experiment factor (a student can be in one of each). */
export const CONDITION_FACTORS = ["hints", "engine", "picker"] as const;

/** Custom fields: the tutor turn's labels (CLASS codes, MathDial move, engine; docs/research-data.md). */
export const CUSTOM_FIELDS = [
  "CF (Evaluation)",
  "CF (Tutor Action)",
  "CF (Step State)",
  "CF (Move)",
  "CF (Sub Move)",
  "CF (Engine)",
  "CF (Revealed)",
  "CF (Message Key)",
] as const;

/** DataShop's documented required columns (the import verifier rejects a file without them). */
export const DATASHOP_REQUIRED = ["Anon Student Id", "Session Id", "Time", "Level (ProblemSet)", "Problem Name"];

export function datashopHeader(): string[] {
  return [
    ...DATASHOP_BASE_COLUMNS,
    ...CONDITION_FACTORS.flatMap(() => ["Condition Name", "Condition Type"]),
    ...CUSTOM_FIELDS,
  ];
}

export type StudentResponse = "ATTEMPT" | "HINT_REQUEST" | "MESSAGE" | "";
export type Outcome = "CORRECT" | "INCORRECT" | "HINT" | "";

/** One transaction: a tutor turn with the student turn it answers (none for the greeting). */
export interface Transaction {
  student: string;
  sessionId: string;
  time: Date;
  studentResponse: StudentResponse;
  level: string;
  problem: string;
  step: string;
  outcome: Outcome;
  /** The step the student was on ("step-1"). */
  selection: string;
  action: string;
  input: string;
  feedback: string;
  helpLevel: number | null;
  totalHints: number | null;
  kcs: string[];
  /** factor -> { name, type } of the session's condition for that factor. */
  conditions: Partial<Record<(typeof CONDITION_FACTORS)[number], { name: string; type: string }>>;
  labels: Omit<TurnCodes, "hintRung"> & { messageKey: string | null };
}

/** DataShop's time format, yyyy-MM-dd HH:mm:ss.SSS, in UTC (the Time Zone column says so). */
export function datashopTime(d: Date): string {
  return d.toISOString().replace("T", " ").replace("Z", "");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A value made safe for one tab-delimited field: backslash, tab, carriage return and line feed
 * written as \\, \t, \r, \n (a field never splits a row or a column); other controls dropped.
 */
export function escapeField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .replace(/\\/g, "\\\\")
    .replace(/\t/g, "\\t")
    .replace(/\r/g, "\\r")
    .replace(/\n/g, "\\n")
    .replace(OTHER_CONTROLS, "");
}

const TUTOR_RESPONSE: Record<StudentResponse, string> = {
  ATTEMPT: "RESULT",
  HINT_REQUEST: "HINT_MSG",
  MESSAGE: "TUTOR_MSG",
  "": "TUTOR_MSG",
};

export function datashopRow(t: Transaction): string[] {
  const l = t.labels;
  return [
    t.student,
    t.sessionId,
    datashopTime(t.time),
    "UTC",
    t.studentResponse,
    TUTOR_RESPONSE[t.studentResponse],
    t.level,
    t.problem,
    t.step,
    t.outcome,
    t.selection,
    t.action,
    t.input,
    t.feedback,
    t.helpLevel === null ? "" : String(t.helpLevel),
    t.totalHints === null ? "" : String(t.totalHints),
    t.kcs.join("~~"),
    t.kcs.map(() => "").join("~~"),
    ...CONDITION_FACTORS.flatMap((f) => [t.conditions[f]?.name ?? "", t.conditions[f]?.type ?? ""]),
    l.evaluation ?? "",
    l.action === null ? "" : String(l.action),
    l.stepState ?? "",
    l.move ?? "",
    l.subMove ?? "",
    l.engine ?? "",
    l.revealed ? "1" : "0",
    l.messageKey ?? "",
  ].map(escapeField);
}

export function datashopLine(fields: readonly string[]): string {
  return `${fields.join("\t")}\n`;
}

/** Reads a file written with datashopLine back into rows of unescaped fields (tests, round trips). */
export function parseDatashop(text: string): string[][] {
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) =>
      l.split("\t").map((f) => f.replace(/\\(.)/g, (_, c: string) => ({ t: "\t", r: "\r", n: "\n" })[c] ?? c)),
    );
}

/**
 * What a tutor turn records: an ATTEMPT when its student turn was a graded answer (CORRECT or
 * INCORRECT), a HINT_REQUEST when it gave a rung of the hint ladder without one (HINT), else a
 * MESSAGE (chat, questions, a request before a hint may be given) or, for the greeting, nothing.
 */
export function classifyTransaction(p: {
  hasStudentTurn: boolean;
  attempt: { correct: boolean } | null;
  hintRung: number | null;
}): { studentResponse: StudentResponse; outcome: Outcome; action: string } {
  if (p.attempt)
    return { studentResponse: "ATTEMPT", outcome: p.attempt.correct ? "CORRECT" : "INCORRECT", action: "answer" };
  if (p.hintRung !== null) return { studentResponse: "HINT_REQUEST", outcome: "HINT", action: "hint" };
  if (p.hasStudentTurn) return { studentResponse: "MESSAGE", outcome: "", action: "message" };
  return { studentResponse: "", outcome: "", action: "greeting" };
}
