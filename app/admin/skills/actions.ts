"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import { createSkill, mergeSkills, setPrerequisites, updateSkill } from "@/lib/authoring/skills";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { adminAction, text } from "../admin-action";

export async function createSkillAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id = "";
  const state = await adminAction(async (actor) => {
    const skill = await createSkill(db, actor, {
      key: text(form, "key").trim(),
      name: text(form, "name").trim(),
      description: text(form, "description").trim(),
    });
    id = skill.id;
    const prerequisite = text(form, "prerequisite");
    if (prerequisite) await setPrerequisites(db, actor, skill.id, [prerequisite]);
    revalidatePath("/admin/skills");
    return `Created skill "${skill.key}".`;
  });
  if (id && !state.error) redirect(`/admin/skills/${id}`);
  return state;
}

export async function updateSkillAction(skillId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor) => {
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
    const add = text(form, "prerequisite");
    if (!add) return "Choose a skill to add.";
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
    if (!keepId) throw new AppError("bad_request", "Choose the skill to keep.");
    await mergeSkills(db, actor, { keepId, mergeId });
    revalidatePath("/admin/skills");
    return "Merged.";
  });
  if (!state.error) redirect(`/admin/skills/${keepId}`);
  return state;
}
