import { z } from "zod";
import { cleanFormFields, cleanTextField, idField } from "@/lib/validation/text";

/** Inputs of the dashboard's server actions (validated before any database access). */
const id = idField("That link is not valid.");

export const createClassSchema = z.object({
  name: cleanTextField(
    z.string().trim().min(1, "Give the class a name.").max(80, "Use at most 80 characters for the name."),
    { singleLine: true },
  ),
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
  note: cleanTextField(
    z
      .string()
      .trim()
      .min(1, "Write a note saying what is wrong with this turn.")
      .max(1000, "Use at most 1000 characters for the note."),
  ),
});

/**
 * FormData -> plain object of its string fields, control characters stripped (files are
 * ignored). Anything that is not a FormData (a handcrafted action request) gives {}, which the
 * schemas then refuse with their own messages.
 */
export function formFields(form: unknown): Record<string, string> {
  return cleanFormFields(form, ["name"]);
}
