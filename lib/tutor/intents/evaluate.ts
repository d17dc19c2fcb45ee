import fs from "node:fs";
import path from "node:path";
import { readStudentMessage, STUDENT_INTENT_LABELS, type StudentIntentLabel } from "../classify-message";
import labelRows from "./labels.json";
import writtenRows from "./written.json";

/** The shared public datasets (../shared/data beside the repository); never copied into it. */
export const SHARED_DATA = path.resolve(__dirname, "../../../../shared/data");
const MATHDIAL = "mathdial/dev.jsonl";
const CLASS = "class/bio-problems-learning_objs.sample200.parsed.jsonl";

/** Whether the datasets the corpus's messages come from are present. */
export function hasCorpusData(dir = SHARED_DATA): boolean {
  return fs.existsSync(path.join(dir, MATHDIAL)) && fs.existsSync(path.join(dir, CLASS));
}

const squash = (t: string) => t.trim().replace(/\s+/g, " ");

/** Every student turn of MathDial's dev split and every CLASS anticipated response, by source id. */
function datasetTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const lines = (file: string) =>
    fs
      .readFileSync(path.join(dir, file), "utf8")
      .split("\n")
      .filter((l) => l.trim());
  lines(MATHDIAL).forEach((line, n) => {
    const rec = JSON.parse(line) as { qid: number; conversation: string };
    rec.conversation.split("|EOM|").forEach((t, i) => {
      const m = t.match(/^\s*([^:]{1,40}):\s*([\s\S]*)$/);
      if (m && m[1]?.trim() !== "Teacher") texts.set(`mathdial:dev:${rec.qid}:${n}:${i}`, squash(m[2] ?? ""));
    });
  });
  lines(CLASS).forEach((line) => {
    const rec = JSON.parse(line) as { row: number; problem?: { SubProblems?: { "Incorrect Response"?: string }[] } };
    (rec.problem?.SubProblems ?? []).forEach((sp, i) => {
      if (typeof sp["Incorrect Response"] === "string")
        texts.set(`class:sample200:${rec.row}:${i}`, squash(sp["Incorrect Response"]));
    });
  });
  return texts;
}

/**
 * The intent corpus: student messages with the label a reader gave them, and where each came
 * from. `labels.json` labels messages of public tutoring datasets, read from ../shared/data (MathDial's student turns,
 * CLASS's anticipated student responses), none written here; `written.json` holds hand-written
 * edge cases (source "written") and is scored apart. Labelling guide: docs/decisions/021-intent-corpus.md.
 */
export interface LabelledMessage {
  text: string;
  label: StudentIntentLabel;
  /** "mathdial:dev:<qid>:<record>:<turn>" (record: 0-based line of dev.jsonl, as several dialogues share a qid), "class:sample200:<row>:<subproblem>" or "written". */
  source: string;
  /** The student's language (default "en"). */
  locale?: string;
}

export type Split = "tune" | "held_out";

function checked(rows: unknown, name: string): LabelledMessage[] {
  if (!Array.isArray(rows)) throw new Error(`${name}: not a list`);
  return rows.map((r, i) => {
    const row = r as Partial<LabelledMessage>;
    if (typeof row.text !== "string" || typeof row.source !== "string")
      throw new Error(`${name}[${i}]: text and source must be strings`);
    if (!STUDENT_INTENT_LABELS.includes(row.label as StudentIntentLabel))
      throw new Error(`${name}[${i}]: unknown label ${String(row.label)}`);
    return { text: row.text, label: row.label as StudentIntentLabel, source: row.source, locale: row.locale ?? "en" };
  });
}

/**
 * Messages from public datasets (real student turns of the datasets; none written here). The
 * repository keeps only each message's source id and label (labels.json); the words are read
 * from the datasets in ../shared/data, which are not copied into the repository.
 */
export function loadCorpus(dir = SHARED_DATA): LabelledMessage[] {
  const texts = datasetTexts(dir);
  const rows = (labelRows as { source: string; label: string; locale?: string }[]).map((r, i) => {
    const text = texts.get(r.source);
    if (text === undefined) throw new Error(`labels.json[${i}]: no message ${r.source} in ${dir}`);
    return { ...r, text };
  });
  return checked(rows, "labels.json");
}

/** Hand-written edge cases, kept out of the dataset figures. */
export function loadWritten(): LabelledMessage[] {
  return checked(writtenRows, "written.json");
}

/**
 * Rules were tuned on the even-numbered problems (MathDial qid, CLASS row) and the odd-numbered
 * ones are held out, so the held-out figure does not measure the rules against messages they
 * were fixed for. All the messages of one problem fall on the same side.
 */
export function splitOf(source: string): Split {
  const id = Number(source.split(":")[2]);
  return Number.isFinite(id) && id % 2 === 1 ? "held_out" : "tune";
}

export interface LabelScore {
  n: number;
  correct: number;
  /** Of the messages with this label, the share read as it (null when there are none). */
  recall: number | null;
  /** Of the messages read as this label, the share that have it (null when none were). */
  precision: number | null;
}

export interface Evaluation {
  n: number;
  correct: number;
  accuracy: number;
  perLabel: Record<StudentIntentLabel, LabelScore>;
  /** confusion[gold][read]: how many messages with label `gold` were read as `read`. */
  confusion: Record<StudentIntentLabel, Record<StudentIntentLabel, number>>;
  /** Requests to the tutor (reveal, jailbreak, hint) read as an answer: the errors that grade a request. */
  requestsReadAsAnswer: number;
  /** Answers read as anything else: the errors that leave an attempt ungraded. */
  answersNotGraded: number;
  errors: { text: string; source: string; gold: StudentIntentLabel; read: StudentIntentLabel }[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Reads every message and scores the reading against its label. */
export function evaluate(
  rows: LabelledMessage[],
  read: (text: string, locale: string) => StudentIntentLabel = readStudentMessage,
): Evaluation {
  const labels = STUDENT_INTENT_LABELS;
  const confusion = Object.fromEntries(
    labels.map((g) => [g, Object.fromEntries(labels.map((r) => [r, 0]))]),
  ) as Evaluation["confusion"];
  const errors: Evaluation["errors"] = [];
  for (const row of rows) {
    const got = read(row.text, row.locale ?? "en");
    confusion[row.label][got]++;
    if (got !== row.label) errors.push({ text: row.text, source: row.source, gold: row.label, read: got });
  }
  const perLabel = Object.fromEntries(
    labels.map((l) => {
      const n = labels.reduce((s, r) => s + confusion[l][r], 0);
      const readAs = labels.reduce((s, g) => s + confusion[g][l], 0);
      const correct = confusion[l][l];
      return [l, { n, correct, recall: ratio(correct, n), precision: ratio(correct, readAs) }];
    }),
  ) as Evaluation["perLabel"];
  const correct = rows.length - errors.length;
  return {
    n: rows.length,
    correct,
    accuracy: rows.length === 0 ? 0 : correct / rows.length,
    perLabel,
    confusion,
    requestsReadAsAnswer: confusion.reveal_request.answer + confusion.jailbreak.answer + confusion.hint_request.answer,
    answersNotGraded: perLabel.answer.n - perLabel.answer.correct,
    errors,
  };
}

const pct = (x: number | null): string => (x === null ? "   -" : `${(100 * x).toFixed(1)}%`.padStart(6));

/** A plain-text table: accuracy, per-label recall/precision and the confusion matrix. */
export function formatEvaluation(title: string, e: Evaluation): string {
  const labels = STUDENT_INTENT_LABELS.filter(
    (l) => e.perLabel[l].n > 0 || STUDENT_INTENT_LABELS.some((g) => e.confusion[g][l] > 0),
  );
  const short = (l: string) => l.slice(0, 7).padStart(7);
  const lines = [
    `${title}: ${e.correct}/${e.n} = ${pct(e.accuracy).trim()}  (requests read as answer: ${e.requestsReadAsAnswer}; answers not graded: ${e.answersNotGraded})`,
    `  ${"label".padEnd(15)}${"n".padStart(5)}${"recall".padStart(9)}${"precision".padStart(11)}`,
    ...labels.map(
      (l) =>
        `  ${l.padEnd(15)}${String(e.perLabel[l].n).padStart(5)}   ${pct(e.perLabel[l].recall)}     ${pct(e.perLabel[l].precision)}`,
    ),
    `  confusion (rows: label, columns: reading)`,
    `  ${"".padEnd(15)}${labels.map(short).join(" ")}`,
    ...labels.map((g) => `  ${g.padEnd(15)}${labels.map((r) => String(e.confusion[g][r]).padStart(7)).join(" ")}`),
  ];
  return lines.join("\n");
}
