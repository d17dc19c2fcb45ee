"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import { createSkill, mergeSkills, setPrerequisites, updateSkill } from "@/lib/authoring/skills";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId, requireId } from "@/lib/validation/text";
import { adminAction, text } from "../admin-action";

/** A skill id chosen from a list, or a 400 that says so in the reader's language. */
function requireChosenSkill(value: string): string {
  if (!isId(value))
    throw new AppError("bad_request", "Choose a skill from the list.", undefined, {
      key: "admin.skills.chooseFromList",
    });
  return value;
}

export async function createSkillAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id = "";
  const state = await adminAction(async (actor, t) => {
    const prerequisite = text(form, "prerequisite");
    if (prerequisite) requireChosenSkill(prerequisite);
    const skill = await createSkill(db, actor, {
      key: text(form, "key").trim(),
      name: text(form, "name").trim(),
      description: text(form, "description").trim(),
    });
    id = skill.id;
    if (prerequisite) await setPrerequisites(db, actor, skill.id, [prerequisite]);
    revalidatePath("/admin/skills");
    return t("admin.skills.created", { key: skill.key });
  });
  if (id && !state.error) redirect(`/admin/skills/${id}`);
  return state;
}

export async function updateSkillAction(skillId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor, t) => {
    requireId(skillId);
    await updateSkill(db, actor, skillId, { name: text(form, "name"), description: text(form, "description") });
    revalidatePath("/admin/skills");
    revalidatePath(`/admin/skills/${skillId}`);
    return t("admin.common.saved");
  });
}

async function currentPrerequisites(skillId: string): Promise<string[]> {
  const rows = await db.skillPrerequisite.findMany({ where: { skillId }, select: { prerequisiteId: true } });
  return rows.map((r) => r.prerequisiteId);
}

export async function addPrerequisiteAction(skillId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor, t) => {
    requireId(skillId);
    const add = text(form, "prerequisite");
    if (!add) return t("admin.skills.chooseToAdd");
    requireChosenSkill(add);
    await setPrerequisites(db, actor, skillId, [...(await currentPrerequisites(skillId)), add]);
    revalidatePath("/admin/skills");
    revalidatePath(`/admin/skills/${skillId}`);
    return t("admin.skills.prerequisiteAdded");
  });
}

export async function removePrerequisiteAction(
  skillId: string,
  prerequisiteId: string,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  return adminAction(async (actor, t) => {
    requireId(skillId);
    requireId(prerequisiteId);
    await setPrerequisites(
      db,
      actor,
      skillId,
      (await currentPrerequisites(skillId)).filter((p) => p !== prerequisiteId),
    );
    revalidatePath("/admin/skills");
    revalidatePath(`/admin/skills/${skillId}`);
    return t("admin.skills.prerequisiteRemoved");
  });
}

export async function mergeSkillAction(mergeId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const keepId = text(form, "keep");
  const state = await adminAction(async (actor, t) => {
    if (!isId(keepId))
      throw new AppError("bad_request", "Choose the skill to keep.", undefined, { key: "admin.skills.chooseToKeep" });
    await mergeSkills(db, actor, { keepId, mergeId: requireId(mergeId) });
    revalidatePath("/admin/skills");
    return t("admin.skills.merged");
  });
  if (!state.error) redirect(`/admin/skills/${keepId}`);
  return state;
}
