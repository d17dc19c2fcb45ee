/**
 * How a mastery number is shown, everywhere (student meters, heatmap, teacher's student page,
 * needs-help reasons, pick reasons, CSV): two decimals, "0.42", or in a reader's locale ("0,42").
 * Pure, no imports: client components use it too. The value itself comes from
 * lib/mastery/mastery-table.ts (decision 014).
 */

/** Mastery at or above this, as shown, counts as mastered (the picker's threshold too). */
export const MASTERED_AT = 0.95;

export const MASTERY_STATUSES = ["not started", "in progress", "mastered"] as const;
/**
 * "not started": no first attempt on the skill yet; the value is the model's prior for a new
 * student on the skill. "in progress" / "mastered": the value after the skill's last evidence,
 * below / at or above MASTERED_AT.
 */
export type MasteryStatus = (typeof MASTERY_STATUSES)[number];

/** The number as shown: clamped to [0, 1], rounded to 2 decimals. */
export function roundMastery(mastery: number): number {
  return Math.round(Math.min(1, Math.max(0, mastery)) * 100) / 100;
}

const localeFormats = new Map<string, Intl.NumberFormat>();

/**
 * "0.42": two decimals. With a locale, in that locale's digits and decimal separator ("0,42" in
 * Spanish and Swedish): for text people read. Without one, always "0.42" (CSV, data attributes,
 * logs).
 */
export function formatMastery(mastery: number, locale?: string): string {
  const value = roundMastery(mastery);
  if (!locale) return value.toFixed(2);
  let format = localeFormats.get(locale);
  if (!format) {
    const options = { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false } as const;
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat("en", options); // not a language tag: English notation
    }
    localeFormats.set(locale, format);
  }
  return format.format(value);
}

/** The status of a value with this many first attempts behind it. */
export function masteryStatus(opportunities: number, mastery: number): MasteryStatus {
  if (opportunities <= 0) return "not started";
  return roundMastery(mastery) >= MASTERED_AT ? "mastered" : "in progress";
}

/** Each status's message key (student.mastery.status.<key>): its words in the reader's language. */
export const MASTERY_STATUS_KEYS = {
  "not started": "notStarted",
  "in progress": "inProgress",
  mastered: "mastered",
} as const satisfies Record<MasteryStatus, string>;

/** The message key of what follows the number on screen (statusNote's words), or null for none. */
export function statusNoteKey(status: MasteryStatus): (typeof MASTERY_STATUS_KEYS)[MasteryStatus] | null {
  return status === "in progress" ? null : MASTERY_STATUS_KEYS[status];
}

/** What follows the number on screen: the status, except for the ordinary "in progress". */
export function statusNote(status: MasteryStatus): string {
  return status === "in progress" ? "" : status;
}

/** The number with its note, as one phrase: "0.42", "0.31, not started", "0.97, mastered". */
export function describeMastery(mastery: number, status: MasteryStatus): string {
  const note = statusNote(status);
  return note ? `${formatMastery(mastery)}, ${note}` : formatMastery(mastery);
}
