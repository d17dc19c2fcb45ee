import { z } from "zod";
import { translate } from "@/lib/i18n/translator";
import { formatMastery } from "@/lib/mastery/format-mastery";
import { PICK_REASON_KEYS, type PickReason, type PickReasonValues } from "./types";

/** Who reads a pick reason: the student (friendly, no numbers) or the teacher (precise, numbers). */
export type PickAudience = "student" | "teacher";

const storedReasonSchema = z.object({
  key: z.enum(PICK_REASON_KEYS),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** A stored reason (ProblemPick.reasonKey + reasonParams) read back; null when absent or malformed. */
export function readPickReason(key: unknown, params: unknown): PickReason | null {
  const parsed = storedReasonSchema.safeParse({ key, values: params ?? {} });
  return parsed.success ? parsed.data : null;
}

/** Values that are mastery-like numbers, shown as "0.42" in the reader's notation. */
const DECIMALS = new Set(["mastery", "before", "recall", "success", "lo", "hi", "threshold"]);

/**
 * A pick's reason in words for one audience, in `locale`. Keyed reasons are worded from
 * student.picks.<audience>.<key>; an old row with only English text shows that text to a
 * teacher, and to a student only when it is in their language (it is teacher wording, so a
 * student gets null in other languages and the page says nothing rather than jargon).
 */
export function pickReasonText(
  stored: { reason?: string | null; reasonKey?: unknown; reasonParams?: unknown },
  audience: PickAudience,
  locale: string,
): string | null {
  const why = readPickReason(stored.reasonKey, stored.reasonParams);
  if (!why) return audience === "teacher" ? (stored.reason ?? null) : null;
  const t = translate(locale);
  const values: PickReasonValues = {};
  for (const [k, v] of Object.entries(why.values))
    values[k] = typeof v === "number" && DECIMALS.has(k) ? formatMastery(v, locale) : v;
  if (audience === "teacher") {
    if ("band" in values) values.successNote = t("student.picks.teacher.successNote", values);
    if ("agoUnit" in values) values.ago = t("student.picks.teacher.ago", values);
  }
  return t(`student.picks.${audience}.${why.key}`, values);
}
