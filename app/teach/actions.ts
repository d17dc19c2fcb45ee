"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { localeNames } from "@/lib/i18n/locales";
import { requestTranslator } from "@/lib/i18n/request-translator";
import type { Translate } from "@/lib/i18n/translator";
import type { Viewer } from "@/lib/teach/access";
import type { ActionState } from "@/lib/teach/action-state";
import {
  addCoTeacher,
  assignProblemSet,
  createClass,
  flagTurn,
  regenerateJoinCode,
  removeCoTeacher,
  setClassArchived,
  setClassLocale,
  setStudentOverride,
  unassignProblemSet,
} from "@/lib/teach/manage-class";
import { formFields } from "@/lib/teach/schemas";

// Thin wrappers: who is asking (teacher or admin), then lib/teach validates the input with zod
// and checks ownership with a scoped query. Expected errors come back as a message to show, in
// the reader's language (as is the confirmation).

async function run(
  form: FormData,
  fn: (viewer: Viewer, input: Record<string, string>, t: Translate) => Promise<string>,
): Promise<ActionState> {
  const t = await requestTranslator();
  try {
    const viewer = await requireUser("teacher", "admin");
    const input = formFields(form);
    const ok = await fn(viewer, input, t);
    const classId = /^[\w-]{1,64}$/.test(input.classId ?? "") ? input.classId : null;
    revalidatePath(classId ? `/teach/classes/${classId}` : "/teach", "layout");
    return { ok };
  } catch (e) {
    return { error: publicError(e, t).message };
  }
}

export async function createClassAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const viewer = await requireUser("teacher", "admin");
    id = (await createClass(db, viewer, formFields(form))).id;
  } catch (e) {
    return { error: publicError(e, await requestTranslator()).message };
  }
  revalidatePath("/teach");
  redirect(`/teach/classes/${id}`);
}

export async function archiveClassAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input, t) => {
    await setClassArchived(db, viewer, input);
    return input.archived === "true" ? t("teach.actions.archived") : t("teach.actions.restored");
  });
}

export async function addCoTeacherAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input, t) => {
    const { name } = await addCoTeacher(db, viewer, input);
    return t("teach.actions.coTeacherAdded", { name });
  });
}

/** Removes a co-teacher; one who removed themselves no longer sees the class: back to their classes. */
export async function removeCoTeacherAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let self = false;
  const state = await run(form, async (viewer, input, t) => {
    self = (await removeCoTeacher(db, viewer, input)).self;
    return t("teach.actions.coTeacherRemoved");
  });
  if (self && state.ok) redirect("/teach");
  return state;
}

export async function regenerateJoinCodeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input, t) => {
    const code = await regenerateJoinCode(db, viewer, input);
    return t("teach.actions.newJoinCode", { code });
  });
}

/** The class's language (a locale, or "none"/"": each student's own setting or browser). */
export async function setClassLocaleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input, t) => {
    const locale = await setClassLocale(db, viewer, input);
    return locale ? t("teach.actions.localeSet", { language: localeNames[locale] }) : t("teach.actions.localeCleared");
  });
}

export async function assignSetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input, t) => {
    await assignProblemSet(db, viewer, input);
    return t("teach.actions.assigned");
  });
}

export async function unassignSetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input, t) => {
    await unassignProblemSet(db, viewer, input);
    return t("teach.actions.unassigned");
  });
}

export async function overrideAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input, t) => {
    await setStudentOverride(db, viewer, input);
    return input.kind === "none"
      ? t("teach.actions.overrideRemoved")
      : input.kind === "pin"
        ? t("teach.actions.pinned")
        : t("teach.actions.skipped");
  });
}

export async function flagTurnAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input, t) => {
    await flagTurn(db, viewer, input);
    return t("teach.actions.flagged");
  });
}
