import type { z } from "zod";
import type { ErrorText } from "@/lib/errors";

/**
 * What a zod issue says, as a message key of the admin catalogue (admin.errors.zod.*) and its
 * values: the authoring functions have no locale, so the text is rendered in the reader's
 * language where it is shown (describeIssueIn, publicError). A refinement's own message
 * ("custom") has no key: it is shown as written. Pure.
 */
export function zodIssueText(issue: z.core.$ZodIssue): ErrorText | undefined {
  switch (issue.code) {
    case "too_small":
      return { key: "admin.errors.zod.tooSmall", values: { origin: issue.origin, minimum: Number(issue.minimum) } };
    case "too_big":
      return { key: "admin.errors.zod.tooBig", values: { origin: issue.origin, maximum: Number(issue.maximum) } };
    case "invalid_type":
      return { key: issue.expected === "number" ? "admin.errors.zod.notANumber" : "admin.errors.zod.wrongType" };
    case "invalid_format":
      return {
        key: issue.format === "regex" && isKeyRule(issue) ? "admin.errors.zod.keyFormat" : "admin.errors.zod.badFormat",
      };
    case "unrecognized_keys":
      return { key: "admin.errors.zod.unknownFields", values: { keys: issue.keys.join(", ") } };
    case "invalid_value":
      return { key: "admin.errors.zod.notAllowed" };
    case "custom":
      return undefined;
    default:
      return { key: "admin.errors.zod.invalid" };
  }
}

/** The content format's key rule (lib/content/format.ts): its pattern starts with [a-z0-9]. */
function isKeyRule(issue: z.core.$ZodIssue): boolean {
  return "pattern" in issue && String(issue.pattern).includes("[a-z0-9][a-z0-9._-]*");
}

/** The form fields the simple authoring schemas (skills, sets) can name. */
const FIELD_CODES: Partial<Record<z.core.$ZodIssue["code"], string>> = {
  too_small: "empty",
  too_big: "tooLong",
  invalid_format: "format",
};

/**
 * A skill's or set's form field that failed (name, title, key, description): "Title: must not
 * be empty", as admin.errors.invalidField. Pure.
 */
export function fieldIssueText(issue: z.core.$ZodIssue | undefined, fallbackField: string): ErrorText {
  const field = issue?.path.map(String).join(".") || fallbackField;
  const code = (issue && FIELD_CODES[issue.code]) ?? "other";
  const maximum = issue?.code === "too_big" ? Number(issue.maximum) : 0;
  return {
    key: "admin.errors.invalidField",
    values: { field, code: code === "format" && issue && isKeyRule(issue) ? "keyFormat" : code, maximum },
  };
}
