import type { ChangeCounts, ChangeKind } from "@/lib/content/import-bundle";
import type { ImportCounts, SkippedRecord } from "@/lib/content/importers/shared";
import { isAppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translator";
import { capitalize, fieldInWords, type IssueLike, zodIssueInWords } from "@/lib/i18n/zod-errors";

/**
 * The importers' findings (lib/content/importers: a file, a record, a field and an English
 * message, sometimes a zod issue) in the admin's words: which file, where in it (problem, step,
 * line), and what is wrong. Messages are recognised by class (a zod issue by its code, the
 * importers' own messages by their shape), not one by one; a message not recognised is shown
 * as the importer wrote it, with the place still in words. Pure but for `t`.
 */
export interface PlaceInWords {
  /** The file, or "" for the upload as a whole. */
  file: string;
  /** Where in the file: "problem “frac-1”, step 2", "line 12", "the whole file". */
  where: string;
  /** What is wrong, as a sentence. */
  problem: string;
}

export interface SourceFinding {
  file: string;
  record: string;
  field: string;
  message: string;
  reason?: string;
  issue?: IssueLike;
}

const K = "admin.importText";

/** The importers' record labels ("problem \"k\"", "line 3", "row 4 (section 2.1)"), by shape. */
const RECORD_CLASSES: { test: RegExp; text: (m: RegExpExecArray, t: Translate) => string }[] = [
  { test: /^problem set "(.*)"$/, text: (m, t) => t(`${K}.record.set`, { key: m[1] ?? "" }) },
  { test: /^problem "(.*)"$/, text: (m, t) => t(`${K}.record.problem`, { key: m[1] ?? "" }) },
  { test: /^skill "(.*)"$/, text: (m, t) => t(`${K}.record.skill`, { key: m[1] ?? "" }) },
  {
    test: /^problem (\S+) step (\S+?)(?: pathway)?$/,
    text: (m, t) => t(`${K}.record.oatutorStep`, { key: m[1] ?? "", step: m[2] ?? "" }),
  },
  { test: /^problem (\S+)$/, text: (m, t) => t(`${K}.record.problem`, { key: m[1] ?? "" }) },
  {
    test: /^line (\d+) \(qid (.+)\)$/,
    text: (m, t) => t(`${K}.record.lineQid`, { line: Number(m[1]), qid: m[2] ?? "" }),
  },
  { test: /^line (\d+)$/, text: (m, t) => t(`${K}.record.line`, { line: Number(m[1]) }) },
  {
    test: /^row (\d+) \(section (.*)\)$/,
    text: (m, t) => t(`${K}.record.row`, { row: Number(m[1]), section: m[2] ?? "" }),
  },
  { test: /^(file|bundle|stepwise bundle|)$/, text: (_m, t) => t(`${K}.record.file`) },
  { test: /^header$/, text: (_m, t) => t(`${K}.record.header`) },
  { test: /^content pool$/, text: (_m, t) => t(`${K}.record.pool`) },
  { test: /^skill model$/, text: (_m, t) => t(`${K}.record.skillModel`) },
];

/** The importers' record labels in words; one not recognised is quoted as it is. */
export function recordInWords(record: string, t: Translate): string {
  const r = record.trim();
  for (const c of RECORD_CLASSES) {
    const m = c.test.exec(r);
    if (m) return c.text(m, t);
  }
  return t(`${K}.record.other`, { record: r });
}

/** The importers' own message classes, by shape: each becomes a sentence in words. */
const MESSAGE_CLASSES: { test: RegExp; text: (m: RegExpExecArray, f: SourceFinding, t: Translate) => string }[] = [
  { test: /^no \.json bundle found$/, text: (_m, _f, t) => t(`${K}.problems.noBundle`) },
  { test: /^no file given$/, text: (_m, _f, t) => t(`${K}.problems.noFile`) },
  { test: /^give exactly one data file$/, text: (_m, _f, t) => t(`${K}.problems.oneFile`) },
  {
    test: /^no problems found/,
    text: (_m, _f, t) => t(`${K}.problems.noOatutorProblems`),
  },
  { test: /^no (CLASS|MathDial) records$/, text: (m, _f, t) => t(`${K}.problems.noRecords`, { format: m[1] ?? "" }) },
  { test: /^not valid JSON(?:: (.*))?$/, text: (m, _f, t) => t(`${K}.problems.notJson`, { detail: m[1] ?? "" }) },
  { test: /^column missing$/, text: (_m, f, t) => t(`${K}.problems.columnMissing`, { column: f.field }) },
  {
    test: /^must not be empty$/,
    text: (_m, f, t) => t(`${K}.problems.empty`, { field: fieldLabel(f.field, t) }),
  },
  {
    test: /^its key "(.*)" is already taken by problem (.*)$/,
    text: (m, _f, t) => t(`${K}.problems.duplicateKey`, { key: m[1] ?? "", other: m[2] ?? "" }),
  },
  { test: /^the problem has no steps/, text: (_m, _f, t) => t(`${K}.problems.noSteps`) },
  { test: /^its last line is not a number$/, text: (_m, _f, t) => t(`${K}.problems.groundTruth`) },
  { test: /^a different answer for the same qid$/, text: (_m, _f, t) => t(`${K}.problems.qidConflict`) },
];

function fieldLabel(field: string, t: Translate): string {
  const path = field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return fieldInWords(path, t).field;
}

/** One importer finding (an error, or a record skipped) in words. */
export function findingInWords(f: SourceFinding, t: Translate): PlaceInWords {
  const file = f.file === "(upload)" ? "" : f.file;
  let where = recordInWords(f.record, t);
  let problem: string | undefined;
  if (f.issue) {
    // The issue's path is relative to the record the importer named; its positions read "step 2".
    problem = zodIssueInWords(f.issue, t);
  } else {
    for (const c of MESSAGE_CLASSES) {
      const m = c.test.exec(f.message);
      if (m) {
        problem = c.text(m, f, t);
        break;
      }
    }
  }
  if (problem === undefined) {
    // Not a known class: the importer's own words, with the field named.
    const named = !/^\(.*\)$/.test(f.field) && f.field !== "";
    problem = named
      ? t(`${K}.problems.fieldSays`, { field: fieldLabel(f.field, t), message: f.message })
      : t(`${K}.problems.says`, { message: f.message });
  }
  if (f.record === "file" && !file) where = t(`${K}.record.upload`);
  return { file, where, problem: capitalize(problem) };
}

export function skippedInWords(s: SkippedRecord, t: Translate): PlaceInWords {
  return findingInWords(s, t);
}

/** The details sourceError attaches to its AppError (lib/content/importers/shared.ts). */
function findingOf(details: unknown): SourceFinding | null {
  if (!details || typeof details !== "object") return null;
  const d = details as Record<string, unknown>;
  if (typeof d.file !== "string" || typeof d.record !== "string" || typeof d.field !== "string") return null;
  return {
    file: d.file,
    record: d.record,
    field: d.field,
    message: typeof d.message === "string" ? d.message : "",
    issue: d.issue && typeof d.issue === "object" ? (d.issue as IssueLike) : undefined,
  };
}

/** What the upload route (app/admin/import/upload) answers after an import. */
export interface ImportReply {
  /** Whether the imported sets were published (else they are drafts). */
  published: boolean;
  counts: ImportCounts;
  changes: Record<ChangeKind, ChangeCounts>;
  summary: { newVersions: number; translations: number };
  skipped: PlaceInWords[];
}

export interface ImportErrorReply {
  code: string;
  message: string;
  /** Where the problem is, when the importer said (file, place in it, what is wrong). */
  at?: PlaceInWords;
}

/**
 * An import failure as the upload route answers it: an importer's finding in words (with its
 * place), a known error with its own message key, or the generic text (publicError) for others.
 */
export function importErrorInWords(
  e: unknown,
  t: Translate,
  fallback: (e: unknown) => { status: number; code: string; message: string },
): { status: number; body: ImportErrorReply } {
  const base = fallback(e);
  if (isAppError(e)) {
    const f = findingOf(e.details);
    if (f) {
      const at = findingInWords(f, t);
      const message = at.file
        ? t(`${K}.errorAt`, { file: at.file, where: at.where, problem: at.problem })
        : t(`${K}.errorNoFile`, { where: at.where, problem: at.problem });
      return { status: base.status, body: { code: base.code, message, at } };
    }
  }
  return { status: base.status, body: { code: base.code, message: base.message } };
}
