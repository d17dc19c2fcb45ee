import { createHash } from "node:crypto";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { type ContentBundle, type ContentBundleInput, contentBundle } from "../format";

/** One file of an import: its path relative to what was given (folder or file) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** A source record that was left out (only with skipInvalid), and why. */
export interface SkippedRecord {
  file: string;
  record: string;
  field: string;
  message: string;
  /** A short code that groups records left out for the same cause ("matrix", "invalid-json"). */
  reason?: string;
  /** The zod issue behind the message, when there is one (put in words for admins: lib/authoring/import-text.ts). */
  issue?: z.core.$ZodIssue;
}

export interface ConvertOptions {
  /** Report malformed records and go on, instead of failing the whole import. */
  skipInvalid?: boolean;
  /** Problem-set key to import into (default: one chosen per format). */
  setKey?: string;
  /** Import the set as a draft (default: published, like the stepwise format's default). */
  draft?: boolean;
}

export interface Conversion {
  bundle: ContentBundle;
  skipped: SkippedRecord[];
}

export const FORMATS = ["stepwise", "oatutor", "mathdial", "class"] as const;
export type ImportFormat = (typeof FORMATS)[number];

/**
 * The error every importer throws for bad input: it names the file, the record and the field,
 * so that an author can find the line to fix. Nothing is written when it is thrown.
 */
export function sourceError(
  file: string,
  record: string,
  field: string,
  rawMessage: string,
  issue?: z.core.$ZodIssue,
): AppError {
  const message = rawMessage.replace(/\s+/g, " ").trim();
  return new AppError("bad_request", `${file}: ${record}: ${field}: ${message}`, {
    file,
    record,
    field,
    message,
    ...(issue ? { issue } : {}),
  });
}

/** Either collects a bad record (skipInvalid) or throws for it. */
export class RecordErrors {
  readonly skipped: SkippedRecord[] = [];
  constructor(private readonly skipInvalid: boolean) {}
  fail(file: string, record: string, field: string, message: string, reason?: string, issue?: z.core.$ZodIssue): void {
    if (!this.skipInvalid) throw sourceError(file, record, field, message, issue);
    this.skipped.push({
      file,
      record,
      field,
      message: message.replace(/\s+/g, " ").trim(),
      ...(reason ? { reason } : {}),
      ...(issue ? { issue } : {}),
    });
  }
}

/**
 * Validates a converted bundle against the content format. An error names the file, the
 * problem (by key) and the field, like the converters' own errors.
 */
export function finishBundle(raw: ContentBundleInput, file: string): ContentBundle {
  const parsed = contentBundle.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  let record = "bundle";
  let rest = path;
  if (path[0] === "problemSets" && typeof path[1] === "number") {
    const set = raw.problemSets?.[path[1]];
    record = `problem set "${set?.key ?? path[1]}"`;
    rest = path.slice(2);
    if (rest[0] === "problems" && typeof rest[1] === "number") {
      record = `problem "${set?.problems[rest[1]]?.key ?? rest[1]}"`;
      rest = rest.slice(2);
    }
  } else if (path[0] === "skills" && typeof path[1] === "number") {
    record = `skill "${raw.skills?.[path[1]]?.key ?? path[1]}"`;
    rest = path.slice(2);
  }
  throw sourceError(
    file,
    record,
    rest.join(".") || "(record)",
    issue?.message ?? "invalid content",
    issue ? { ...issue, path: rest } : undefined,
  );
}

/** Plain text (no math markup) made safe for MathText: a literal "$" is written "\$". */
export function escapeDollars(text: string): string {
  return text.replace(/\\?\$/g, (m) => (m === "$" ? "\\$" : m));
}

/** A lowercase key fragment: "Solve_Number Problems" -> "solve_number-problems". */
export function slug(text: string, max = 60): string {
  const s = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "")
    .slice(0, max)
    .replace(/[-._]+$/g, "");
  return s || "x";
}

/** "use_a_problem_solving_strategy" -> "Use a problem solving strategy". */
export function humanize(text: string): string {
  const t = text.replace(/[_-]+/g, " ").replace(/\s+/g, " ").trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : text;
}

/** A short prefix of text, cut at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const at = cut.lastIndexOf(" ");
  return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The last sentence of a word problem: the question a one-step problem's step asks. */
export function lastSentence(text: string): string {
  const sentences = text.split(/(?<=[.?!])\s+(?=[A-Z$\\])/).map((s) => s.trim());
  const last = sentences.filter((s) => s.length > 2).at(-1);
  return last && /[a-z]/i.test(last) ? last : text;
}

/** A stable small integer from a string (for deterministic choices such as option order). */
export function stableHash(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0);
}

export interface ImportCounts {
  format: ImportFormat;
  problems: number;
  steps: number;
  hints: number;
  wrong_answers: number;
  skills: number;
  skipped: number;
}

/** What a bundle holds, in the shape of the importer's final JSON line. */
export function countBundle(format: ImportFormat, bundle: ContentBundle, skipped: number): ImportCounts {
  const problems = bundle.problemSets.flatMap((s) => s.problems);
  const steps = problems.flatMap((p) => p.steps);
  return {
    format,
    problems: problems.length,
    steps: steps.length,
    hints: steps.reduce((n, s) => n + s.hints.length, 0),
    wrong_answers: steps.reduce((n, s) => n + s.wrongAnswers.length, 0),
    skills: bundle.skills.length,
    skipped,
  };
}
