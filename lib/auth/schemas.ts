import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters for the password.")
  .max(200, "That password is too long.");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100),
  email: emailSchema,
  password: passwordSchema,
  joinCode: z.string().trim().min(4, "Enter the join code your teacher gave you.").max(20),
});

export const createStaffSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100),
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(["teacher", "admin"]),
});
