"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import {
  createProblemSet,
  setProblemSetAssignment,
  setProblemSetPublished,
  updateProblemSet,
} from "@/lib/authoring/problem-sets";
import { db } from "@/lib/db/client";
import { requireId } from "@/lib/validation/text";
import { adminAction, text } from "../admin-action";

export async function createSetAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id = "";
  const state = await adminAction(async (actor) => {
    id = (
      await createProblemSet(db, actor, {
        key: text(form, "key").trim(),
        title: text(form, "title").trim(),
        description: text(form, "description").trim(),
      })
    ).id;
    revalidatePath("/admin/sets");
    return "Created.";
  });
  if (id && !state.error) redirect(`/admin/sets/${id}`);
  return state;
}

export async function updateSetAction(setId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor) => {
    requireId(setId);
    await updateProblemSet(db, actor, setId, { title: text(form, "title"), description: text(form, "description") });
    revalidatePath(`/admin/sets/${setId}`);
    return "Saved.";
  });
}

export async function publishSetAction(
  setId: string,
  published: boolean,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  return adminAction(async (actor) => {
    await setProblemSetPublished(db, actor, requireId(setId), published === true);
    revalidatePath(`/admin/sets/${setId}`);
    revalidatePath("/admin/sets");
    return published ? "The set is published." : "The set is a draft again.";
  });
}

export async function assignSetAction(
  setId: string,
  classroomId: string,
  assigned: boolean,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  return adminAction(async (actor) => {
    await setProblemSetAssignment(db, actor, {
      setId: requireId(setId),
      classroomId: requireId(classroomId),
      assigned: assigned === true,
    });
    revalidatePath(`/admin/sets/${setId}`);
    return assigned ? "Assigned." : "Withdrawn.";
  });
}
