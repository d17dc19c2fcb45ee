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
  const state = await adminAction(async (actor, t) => {
    id = (
      await createProblemSet(db, actor, {
        key: text(form, "key").trim(),
        title: text(form, "title").trim(),
        description: text(form, "description").trim(),
      })
    ).id;
    revalidatePath("/admin/sets");
    return t("admin.sets.created");
  });
  if (id && !state.error) redirect(`/admin/sets/${id}`);
  return state;
}

export async function updateSetAction(setId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor, t) => {
    requireId(setId);
    await updateProblemSet(db, actor, setId, { title: text(form, "title"), description: text(form, "description") });
    revalidatePath(`/admin/sets/${setId}`);
    return t("admin.common.saved");
  });
}

export async function publishSetAction(
  setId: string,
  published: boolean,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  return adminAction(async (actor, t) => {
    await setProblemSetPublished(db, actor, requireId(setId), published === true);
    revalidatePath(`/admin/sets/${setId}`);
    revalidatePath("/admin/sets");
    return published ? t("admin.sets.published") : t("admin.sets.unpublished");
  });
}

export async function assignSetAction(
  setId: string,
  classroomId: string,
  assigned: boolean,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  return adminAction(async (actor, t) => {
    await setProblemSetAssignment(db, actor, {
      setId: requireId(setId),
      classroomId: requireId(classroomId),
      assigned: assigned === true,
    });
    revalidatePath(`/admin/sets/${setId}`);
    return assigned ? t("admin.sets.assigned") : t("admin.sets.withdrawn");
  });
}
