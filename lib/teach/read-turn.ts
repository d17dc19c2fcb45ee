import { type StoredTutorText, turnTextFor } from "@/lib/tutor/tutor-message";

export interface ReadTurn {
  /** What the reader sees: a tutor turn in the reader's language, a student turn as typed. */
  text: string;
  /** The text as the student saw it, when it differs from `text` (and the language it was in). */
  original: { text: string; locale: string } | null;
}

/**
 * A transcript turn for one reader (the teacher viewer): an embedded tutor turn is re-rendered
 * from its message key in the reader's language (lib/tutor/tutor-message.ts); when that is not
 * what the student saw, the stored text comes along as the original. Turns stored before
 * languages were recorded (locale null) were shown in English. Pure.
 */
export function readTurn(turn: StoredTutorText & { role: "student" | "tutor" }, readerLocale: string): ReadTurn {
  if (turn.role !== "tutor") return { text: turn.text, original: null };
  const text = turnTextFor(turn, readerLocale);
  const shownIn = turn.locale ?? "en";
  return {
    text,
    original: shownIn !== readerLocale && text !== turn.text ? { text: turn.text, locale: shownIn } : null,
  };
}
