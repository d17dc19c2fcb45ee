import { z } from "zod";
import type { ErrorText } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locales";
import { cleanTextField } from "@/lib/validation/text";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordMessages, passwordProblemText } from "./password-policy";

/**
 * The messages these schemas set, in English (AppError.message: logs, API) and as message keys
 * (auth.errors.validation.*: what the reader sees). zod's own messages for other issues come in
 * the reader's language from the parse's error map (lib/i18n/zod-errors.ts).
 */
export const validationMessages = {
  email: "Enter a valid email address.",
  password: "Enter your password.",
  name: "Enter your name.",
  joinCode: "Enter the join code your teacher gave you.",
  staffName: "Enter a name.",
  currentPassword: "Enter your current password.",
  passwordsDiffer: "The two new passwords are not the same.",
} as const;

/** The message key of a message these schemas or the password policy set; undefined for zod's own. */
export function issueText(message: string): ErrorText | undefined {
  const name = (Object.keys(validationMessages) as (keyof typeof validationMessages)[]).find(
    (k) => validationMessages[k] === message,
  );
  return name ? { key: `auth.errors.validation.${name}` } : passwordProblemText(message);
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  // 254: the longest address SMTP carries; also bounds the rate-limit keys built from it.
  .pipe(z.email({ message: validationMessages.email }).max(254, validationMessages.email));

export const signInSchema = z.object({
  email: emailSchema,
  // No policy at sign-in: passwords set before it keep working.
  password: z
    .string()
    .min(1, validationMessages.password)
    .max(PASSWORD_MAX_LENGTH * 2),
});

/** A new password's cheap checks; the full policy (passwordProblem) runs after the rate limits. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, passwordMessages.tooShort)
  .max(PASSWORD_MAX_LENGTH * 2, passwordMessages.tooLong);

/** In the form's order (the first refusal shown is the first field's: the join code). */
export const signUpSchema = z.object({
  joinCode: z.string().trim().min(4, validationMessages.joinCode).max(20),
  name: cleanTextField(z.string().trim().min(1, validationMessages.name).max(100), { singleLine: true }),
  email: emailSchema,
  password: passwordSchema,
  /** The language the sign-up page was shown in; anything else (absent, unknown) is no choice. */
  locale: z
    .unknown()
    .optional()
    .transform((v) => (typeof v === "string" ? toLocale(v) : null)),
});

export const createStaffSchema = z.object({
  name: cleanTextField(z.string().trim().min(1, validationMessages.staffName).max(100), { singleLine: true }),
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(["teacher", "admin"]),
});

/** A signed-in user changes their own password: the current one, the new one twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, validationMessages.currentPassword)
      .max(PASSWORD_MAX_LENGTH * 2),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH * 2),
  })
  .refine((d) => d.newPassword === d.confirmPassword, {
    message: validationMessages.passwordsDiffer,
    path: ["confirmPassword"],
  });
