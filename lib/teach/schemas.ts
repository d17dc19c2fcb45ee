import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { cleanFormFields, cleanTextField, idField } from "@/lib/validation/text";

/**
 * Inputs of the dashboard's server actions (validated before any database access). Each
 * message is a key of messages/<locale>/teach.json (lib/teach/manage-class.ts turns it into an
 * error in the reader's language).
 */
const id = idField("teach.errors.badLink");

export const createClassSchema = z.object({
  name: cleanTextField(z.string().trim().min(1, "teach.errors.nameRequired").max(80, "teach.errors.nameTooLong"), {
    singleLine: true,
  }),
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
  kind: z.enum(["pin", "skip", "none"], { message: "teach.errors.overrideKind" }),
});

export const flagTurnSchema = z.object({
  classId: id,
  turnId: id,
  note: cleanTextField(z.string().trim().min(1, "teach.errors.noteRequired").max(1000, "teach.errors.noteTooLong")),
});

/** Another teacher for the class, by the email of their teacher account. */
export const addCoTeacherSchema = z.object({
  classId: id,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "teach.errors.teacherEmail" }).max(254, "teach.errors.teacherEmail")),
});

export const removeCoTeacherSchema = z.object({ classId: id, teacherId: id });

/**
 * The class's language: one of the locales, or none ("" or "none": each student's own setting
 * or browser decides). Null stands for none.
 */
export const classLocaleSchema = z.object({
  classId: id,
  locale: z
    .enum([...locales, "none", ""], { message: "teach.errors.classLocale" })
    .transform((v) => (v === "none" || v === "" ? null : v)),
});

/**
 * FormData -> plain object of its string fields, control characters stripped (files are
 * ignored). Anything that is not a FormData (a handcrafted action request) gives {}, which the
 * schemas then refuse with their own messages.
 */
export function formFields(form: unknown): Record<string, string> {
  return cleanFormFields(form, ["name"]);
}
