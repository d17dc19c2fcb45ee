import { z } from "zod";

/** Inputs of the dashboard's server actions (validated before any database access). */
const id = z
  .string()
  .trim()
  .regex(/^[\w-]{1,64}$/, "That link is not valid.");

export const createClassSchema = z.object({
  name: z.string().trim().min(1, "Give the class a name.").max(80, "Use at most 80 characters for the name."),
});

export const classIdSchema = z.object({ classId: id });

export const archiveClassSchema = z.object({
  classId: id,
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const assignmentSchema = z.object({ classId: id, problemSetId: id });

export const overrideSchema = z.object({
  classId: id,
  studentId: id,
  problemId: id,
  kind: z.enum(["pin", "skip", "none"], { message: "Choose pin, skip or none." }),
});

export const flagTurnSchema = z.object({
  classId: id,
  turnId: id,
  note: z
    .string()
    .trim()
    .min(1, "Write a note saying what is wrong with this turn.")
    .max(1000, "Use at most 1000 characters for the note."),
});

/** FormData -> plain object of its string fields (files are ignored). */
export function formFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") out[k] = v;
  return out;
}
