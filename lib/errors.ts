/** The one error type for expected failures: its message is safe to show to the user. */
export type AppErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable";

const STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

/** A message key (full path, "auth.errors.badPassword") and its ICU values: the error in words in any language. */
export interface ErrorText {
  key: string;
  values?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: unknown;
  /** When set, the user reads this message in their language; `message` stays English (logs, API). */
  readonly text?: ErrorText;
  constructor(code: AppErrorCode, message: string, details?: unknown, text?: ErrorText) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
    this.text = text;
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * For responses: expected errors keep their message, unexpected ones are logged and masked. With
 * a translator (lib/i18n/translator.ts), the message is in the reader's language: the error's
 * own key, else the generic text for its code ("errors.codes.<code>"), else its English message.
 */
export function publicError(e: unknown, t?: Translate): { status: number; code: string; message: string } {
  if (isAppError(e)) {
    const message = t && e.text ? t(e.text.key, e.text.values) : e.message;
    return { status: e.status, code: e.code, message };
  }
  console.error(e);
  const message = t ? t("errors.codes.internal") : "Something went wrong on our side. Please try again.";
  return { status: 500, code: "internal", message };
}
