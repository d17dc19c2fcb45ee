import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import type { ErrorText } from "@/lib/errors";

/**
 * The rules for a new password, after NIST SP 800-63B: at least 8 characters, long ones welcome
 * (up to 200), any characters, no composition rules ("a digit and a symbol"), and refusal of
 * passwords that are common, found in breaches or built from the user's own email or name.
 * Applied where a password is set, never at sign-in (existing passwords keep working).
 *
 * The blocklist and guess estimate are zxcvbn-ts with its common-passwords dictionary (from breach
 * corpora) and keyboard patterns: a password it can guess in under 10^6 tries (score 0-1) is
 * refused. Nothing leaves the server (no online breach lookup).
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;
const MIN_SCORE = 2;

export const passwordMessages = {
  tooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters for the password.`,
  tooLong: `That password is too long (${PASSWORD_MAX_LENGTH} characters at most).`,
  blank: "The password can't be only spaces.",
  email: "Don't use your email address as the password.",
  common:
    "That password is too common or too easy to guess. Try a longer one, for example three or four unrelated words.",
} as const;

/** The same refusals as message keys (messages/<locale>/auth.json), for the reader's language. */
export const passwordMessageTexts: Record<keyof typeof passwordMessages, ErrorText> = {
  tooShort: { key: "auth.errors.password.tooShort", values: { min: PASSWORD_MIN_LENGTH } },
  tooLong: { key: "auth.errors.password.tooLong", values: { max: PASSWORD_MAX_LENGTH } },
  blank: { key: "auth.errors.password.blank" },
  email: { key: "auth.errors.password.email" },
  common: { key: "auth.errors.password.common" },
};

/** The message key of a text passwordProblem returned (one of passwordMessages), or undefined. */
export function passwordProblemText(message: string): ErrorText | undefined {
  const name = (Object.keys(passwordMessages) as (keyof typeof passwordMessages)[]).find(
    (k) => passwordMessages[k] === message,
  );
  return name ? passwordMessageTexts[name] : undefined;
}

let checker: Promise<ZxcvbnFactory> | undefined;

// Loaded on first use: the dictionaries take a few hundred milliseconds to unpack, which page
// renders that never set a password should not pay.
function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
  );
  return checker;
}

/** Why this new password is refused (a message to show), or null when it is fine. */
export async function passwordProblem(
  password: string,
  about: { email?: string; name?: string } = {},
): Promise<string | null> {
  const length = [...password].length; // characters, not UTF-16 units
  if (length < PASSWORD_MIN_LENGTH) return passwordMessages.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return passwordMessages.tooLong;
  if (password.trim() === "") return passwordMessages.blank;
  const email = about.email?.trim().toLowerCase();
  if (email && password.trim().toLowerCase() === email) return passwordMessages.email;
  const context = [email, email?.split("@")[0], about.name, "stepwise"].filter((w): w is string => !!w);
  const { score } = (await loadChecker()).check(password, context);
  return score < MIN_SCORE ? passwordMessages.common : null;
}
