import arAdmin from "@/messages/ar/admin.json";
import arAnswers from "@/messages/ar/answers.json";
import arAuth from "@/messages/ar/auth.json";
import arCommon from "@/messages/ar/common.json";
import arContent from "@/messages/ar/content.json";
import arErrors from "@/messages/ar/errors.json";
import arStudent from "@/messages/ar/student.json";
import arTeach from "@/messages/ar/teach.json";
import arTutor from "@/messages/ar/tutor.json";
import enAdmin from "@/messages/en/admin.json";
import enAnswers from "@/messages/en/answers.json";
import enAuth from "@/messages/en/auth.json";
import enCommon from "@/messages/en/common.json";
import enContent from "@/messages/en/content.json";
import enErrors from "@/messages/en/errors.json";
import enStudent from "@/messages/en/student.json";
import enTeach from "@/messages/en/teach.json";
import enTutor from "@/messages/en/tutor.json";
import esAdmin from "@/messages/es/admin.json";
import esAnswers from "@/messages/es/answers.json";
import esAuth from "@/messages/es/auth.json";
import esCommon from "@/messages/es/common.json";
import esContent from "@/messages/es/content.json";
import esErrors from "@/messages/es/errors.json";
import esStudent from "@/messages/es/student.json";
import esTeach from "@/messages/es/teach.json";
import esTutor from "@/messages/es/tutor.json";
import svAdmin from "@/messages/sv/admin.json";
import svAnswers from "@/messages/sv/answers.json";
import svAuth from "@/messages/sv/auth.json";
import svCommon from "@/messages/sv/common.json";
import svContent from "@/messages/sv/content.json";
import svErrors from "@/messages/sv/errors.json";
import svStudent from "@/messages/sv/student.json";
import svTeach from "@/messages/sv/teach.json";
import svTutor from "@/messages/sv/tutor.json";
import type { Locale } from "./locales";

/**
 * The message catalogues: messages/<locale>/<namespace>.json, ICU MessageFormat. A namespace is
 * one area of the app (common, auth, student, teach, admin, tutor: the embedded tutor's words,
 * answers: the answer checker's reasons, errors, content: languages and translations of content). Pure.
 */
export type Messages = { [key: string]: string | Messages };

export const namespaces = [
  "common",
  "auth",
  "student",
  "teach",
  "admin",
  "tutor",
  "answers",
  "errors",
  "content",
] as const;

const raw: Record<Locale, Record<(typeof namespaces)[number], Messages>> = {
  en: {
    common: enCommon,
    auth: enAuth,
    student: enStudent,
    teach: enTeach,
    admin: enAdmin,
    tutor: enTutor,
    answers: enAnswers,
    errors: enErrors,
    content: enContent,
  },
  es: {
    common: esCommon,
    auth: esAuth,
    student: esStudent,
    teach: esTeach,
    admin: esAdmin,
    tutor: esTutor,
    answers: esAnswers,
    errors: esErrors,
    content: esContent,
  },
  sv: {
    common: svCommon,
    auth: svAuth,
    student: svStudent,
    teach: svTeach,
    admin: svAdmin,
    tutor: svTutor,
    answers: svAnswers,
    errors: svErrors,
    content: svContent,
  },
  ar: {
    common: arCommon,
    auth: arAuth,
    student: arStudent,
    teach: arTeach,
    admin: arAdmin,
    tutor: arTutor,
    answers: arAnswers,
    errors: arErrors,
    content: arContent,
  },
};

/** The catalogue as written for one locale (no fallback): what the completeness test reads. */
export function ownMessages(locale: Locale): Messages {
  return raw[locale] as unknown as Messages;
}

function mergeOver(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === "object" && typeof b === "object" ? mergeOver(b, v) : v;
  }
  return out;
}

const merged = new Map<Locale, Messages>();

/** A locale's messages with English under them, so a partial locale never shows a bare key. */
export function messagesFor(locale: Locale): Messages {
  let m = merged.get(locale);
  if (!m) {
    m = locale === "en" ? ownMessages("en") : mergeOver(ownMessages("en"), ownMessages(locale));
    merged.set(locale, m);
  }
  return m;
}

/** Every key of a catalogue as "namespace.path.key". */
export function flattenKeys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : flattenKeys(v, `${prefix}${k}.`),
  );
}
