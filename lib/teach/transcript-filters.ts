import { z } from "zod";
import { MOVES } from "@/lib/tutor/types";

/** The transcript list's filters, read from the URL (bad values are dropped, never an error). */
export const TRANSCRIPT_FLAGS = ["revealed", "offtopic", "fallback", "flagged"] as const;
export type TranscriptFlag = (typeof TRANSCRIPT_FLAGS)[number];

/** Each flag's words: teach.transcripts.flag.<flag> in messages/<locale>/teach.json. */

export const TRANSCRIPTS_PER_PAGE = 25;

export interface TranscriptFilters {
  student?: string;
  set?: string;
  problem?: string;
  /** Inclusive days (UTC), YYYY-MM-DD. */
  from?: string;
  to?: string;
  flags: TranscriptFlag[];
  /** Sessions with a tutor turn of this move (and sub-move). */
  move?: (typeof MOVES)[number];
  subMove?: string;
  /** Sessions with an incorrect attempt at this step whose normalised text is `answer`. */
  step?: string;
  answer?: string;
  page: number;
}

const id = z.string().regex(/^[\w-]{1,64}$/);
const day = z.iso.date();
const opt = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);

const schema = z.object({
  student: opt(id),
  set: opt(id),
  problem: opt(id),
  from: opt(day),
  to: opt(day),
  move: opt(z.enum(MOVES)),
  subMove: opt(z.string().regex(/^[a-z_]{1,40}$/)),
  step: opt(id),
  answer: opt(z.string().max(500)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export function parseTranscriptFilters(params: Params): TranscriptFilters {
  const p = schema.parse({
    student: one(params.student),
    set: one(params.set),
    problem: one(params.problem),
    from: one(params.from),
    to: one(params.to),
    move: one(params.move),
    subMove: one(params.subMove),
    step: one(params.step),
    answer: one(params.answer),
    page: one(params.page),
  });
  const raw = params.flag === undefined ? [] : Array.isArray(params.flag) ? params.flag : [params.flag];
  const flags = TRANSCRIPT_FLAGS.filter((f) => raw.includes(f));
  const out: TranscriptFilters = { flags, page: p.page };
  for (const k of ["student", "set", "problem", "from", "to", "move", "subMove", "step"] as const) {
    if (p[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = p[k];
  }
  // An answer means nothing without its step.
  if (p.answer !== undefined && p.step !== undefined) out.answer = p.answer;
  if (out.subMove && !out.move) delete out.subMove;
  return out;
}

/** "?student=..&flag=revealed&page=2" for these filters with some changed (page resets to 1). */
export function transcriptQuery(f: TranscriptFilters, change: Partial<TranscriptFilters> = {}): string {
  const next = { ...f, page: 1, ...change };
  const q = new URLSearchParams();
  for (const k of ["student", "set", "problem", "from", "to", "move", "subMove", "step", "answer"] as const) {
    const v = next[k];
    if (v !== undefined && v !== "") q.set(k, v);
  }
  for (const flag of next.flags) q.append("flag", flag);
  if (next.page > 1) q.set("page", String(next.page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The filters' date range as instants: [from 00:00Z, day after `to` 00:00Z). */
export function dateRange(f: TranscriptFilters): { gte?: Date; lt?: Date } {
  const out: { gte?: Date; lt?: Date } = {};
  if (f.from) out.gte = new Date(`${f.from}T00:00:00.000Z`);
  if (f.to) out.lt = new Date(new Date(`${f.to}T00:00:00.000Z`).getTime() + 24 * 3600_000);
  return out;
}

/** True when any filter besides the page is set. */
export function hasFilters(f: TranscriptFilters): boolean {
  return transcriptQuery(f) !== "";
}
