import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * Control characters at the boundary. PostgreSQL refuses NUL in text (the write fails after
 * the fact, which used to turn into "Something went wrong"), and the other C0/C1 controls
 * (escape sequences, bell, backspace, NEL...) have no business in a name, a note or an answer.
 * Every text a user sends goes through here before validation: line breaks become "\n", tabs
 * and newlines stay (single-line fields turn them into spaces), everything else is removed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export function stripControls(text: string, opts: { singleLine?: boolean } = {}): string {
  const lines = text.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
  return opts.singleLine ? lines.replace(/[\n\t]+/g, " ") : lines;
}

export function hasControls(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/**
 * A text field: controls stripped first, then `rules` (trim, min, max with their messages).
 *   name: cleanTextField(z.string().trim().min(1, "Enter a name.").max(80), { singleLine: true })
 */
export function cleanTextField<T extends z.ZodType<unknown, string>>(rules: T, opts: { singleLine?: boolean } = {}) {
  return z
    .string()
    .transform((s) => stripControls(s, opts))
    .pipe(rules);
}

/**
 * An identifier the client names (a session id, a class id): letters, digits, "_" and "-" only.
 * Anything else (NUL, slashes, 5000 characters) can never name a row, so it is refused before
 * it reaches the database.
 */
export const ID_PATTERN = /^[\w-]{1,64}$/;

export function isId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

export function idField(message = "That link is not valid.") {
  return z.string().trim().regex(ID_PATTERN, message);
}

/** A client-chosen key (idempotency): printable ASCII, refused (not stripped) when it is not. */
export function keyField(min = 8, max = 100) {
  return z
    .string()
    .min(min)
    .max(max)
    .regex(/^[\x21-\x7E]+$/, "That request key is not valid.");
}

/** Every string inside a JSON value with controls stripped (for drafts that arrive as one object). */
export function stripControlsDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return stripControls(value);
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => stripControlsDeep(v, depth + 1));
  // fromEntries defines own properties: a "__proto__" key stays a key, never a prototype.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripControls(k), stripControlsDeep(v, depth + 1)]));
}

/** A FormData's string fields with controls stripped (files are ignored). Anything else: {}. */
export function cleanFormFields(form: unknown, singleLine: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(form instanceof FormData)) return out;
  for (const [k, v] of form.entries())
    if (typeof v === "string") out[k] = stripControls(v, { singleLine: singleLine.includes(k) });
  return out;
}

/**
 * An id an action received from the client (bound arguments are sent by the browser and can
 * be anything): the id, or a 400 before any query.
 */
export function requireId(value: unknown, message = "That link is not valid."): string {
  if (!isId(value))
    throw new AppError("bad_request", message, undefined, {
      key: message === "That link is not valid." ? "errors.invalidLink" : "errors.codes.bad_request",
    });
  return value;
}

// An escaped control character inside a JSON string (\u0000..\u001f except \t \n \r, \u007f..\u009f),
// after an even run of backslashes (after an odd run, the "\u" is itself literal text).
const JSON_CONTROL_ESCAPE = /(?<!\\)((?:\\\\)*)\\u00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const RAW_CONTROLS_BUT_JSON_SPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * A JSON document's text with control characters removed from its strings, raw or escaped
 * ("\u0000" and friends). Both can only occur inside strings, so the JSON stays valid.
 */
export function stripJsonControls(json: string): string {
  return json.replace(RAW_CONTROLS_BUT_JSON_SPACE, "").replace(JSON_CONTROL_ESCAPE, "$1");
}
