"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import { createSkill, mergeSkills, setPrerequisites, updateSkill } from "@/lib/authoring/skills";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId, requireId } from "@/lib/validation/text";
import { adminAction, text } from "../admin-action";

export async function createSkillAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id = "";
  const state = await adminAction(async (actor) => {
    const prerequisite = text(form, "prerequisite");
    if (prerequisite) requireId(prerequisite, "Choose a skill from the list.");
    const skill = await createSkill(db, actor, {
      key: text(form, "key").trim(),
      name: text(form, "name").trim(),
      description: text(form, "description").trim(),
    });
    id = skill.id;
    if (prerequisite) await setPrerequisites(db, actor, skill.id, [prerequisite]);
    revalidatePath("/admin/skills");
    return `Created skill "${skill.key}".`;
  });
  if (id && !state.error) redirect(`/admin/skills/${id}`);
  return state;
}

export async function updateSkillAction(skillId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor) => {
    requireId(skillId);
    await updateSkill(db, actor, skillId, { name: text(form, "name"), description: text(form, "description") });
    revalidatePath("/admin/skills");
    revalidatePath(`/admin/skills/${skillId}`);
    return "Saved.";
  });
}

async function currentPrerequisites(skillId: string): Promise<string[]> {
  const rows = await db.skillPrerequisite.findMany({ where: { skillId }, select: { prerequisiteId: true } });
  return rows.map((r) => r.prerequisiteId);
}

export async function addPrerequisiteAction(skillId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor) => {
    requireId(skillId);
    const add = text(form, "prerequisite");
    if (!add) return "Choose a skill to add.";
    requireId(add, "Choose a skill from the list.");
    await setPrerequisites(db, actor, skillId, [...(await currentPrerequisites(skillId)), add]);
    revalidatePath("/admin/skills");
    revalidatePath(`/admin/skills/${skillId}`);
    return "Prerequisite added.";
  });
}

export async function removePrerequisiteAction(
  skillId: string,
  prerequisiteId: string,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  return adminAction(async (actor) => {
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
    return "Prerequisite removed.";
  });
}

export async function mergeSkillAction(mergeId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const keepId = text(form, "keep");
  const state = await adminAction(async (actor) => {
    if (!isId(keepId)) throw new AppError("bad_request", "Choose the skill to keep.");
    await mergeSkills(db, actor, { keepId, mergeId: requireId(mergeId) });
    revalidatePath("/admin/skills");
    return "Merged.";
  });
  if (!state.error) redirect(`/admin/skills/${keepId}`);
  return state;
}
