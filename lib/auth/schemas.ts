import { z } from "zod";
import { cleanTextField } from "@/lib/validation/text";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordMessages } from "./password-policy";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  // 254: the longest address SMTP carries; also bounds the rate-limit keys built from it.
  .pipe(z.email({ message: "Enter a valid email address." }).max(254, "Enter a valid email address."));

export const signInSchema = z.object({
  email: emailSchema,
  // No policy at sign-in: passwords set before it keep working.
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX_LENGTH * 2),
});

/** A new password's cheap checks; the full policy (passwordProblem) runs after the rate limits. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, passwordMessages.tooShort)
  .max(PASSWORD_MAX_LENGTH * 2, passwordMessages.tooLong);

export const signUpSchema = z.object({
  name: cleanTextField(z.string().trim().min(1, "Enter your name.").max(100), { singleLine: true }),
  email: emailSchema,
  password: passwordSchema,
  joinCode: z.string().trim().min(4, "Enter the join code your teacher gave you.").max(20),
});

export const createStaffSchema = z.object({
  name: cleanTextField(z.string().trim().min(1, "Enter a name.").max(100), { singleLine: true }),
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(["teacher", "admin"]),
});
