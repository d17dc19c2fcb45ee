"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import type { Viewer } from "@/lib/teach/access";
import type { ActionState } from "@/lib/teach/action-state";
import {
  assignProblemSet,
  createClass,
  flagTurn,
  regenerateJoinCode,
  setClassArchived,
  setStudentOverride,
  unassignProblemSet,
} from "@/lib/teach/manage-class";
import { formFields } from "@/lib/teach/schemas";

// Thin wrappers: who is asking (teacher or admin), then lib/teach validates the input with zod
// and checks ownership with a scoped query. Expected errors come back as a message to show.

async function run(
  form: FormData,
  fn: (viewer: Viewer, input: Record<string, string>) => Promise<string>,
): Promise<ActionState> {
  try {
    const viewer = await requireUser("teacher", "admin");
    const input = formFields(form);
    const ok = await fn(viewer, input);
    const classId = /^[\w-]{1,64}$/.test(input.classId ?? "") ? input.classId : null;
    revalidatePath(classId ? `/teach/classes/${classId}` : "/teach", "layout");
    return { ok };
  } catch (e) {
    return { error: publicError(e).message };
  }
}

export async function createClassAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const viewer = await requireUser("teacher", "admin");
    id = (await createClass(db, viewer, formFields(form))).id;
  } catch (e) {
    return { error: publicError(e).message };
  }
  revalidatePath("/teach");
  redirect(`/teach/classes/${id}`);
}

export async function archiveClassAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input) => {
    await setClassArchived(db, viewer, input);
    return input.archived === "true" ? "Class archived: its join code no longer works." : "Class restored.";
  });
}

export async function regenerateJoinCodeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input) => {
    const code = await regenerateJoinCode(db, viewer, input);
    return `New join code: ${code}. The old one no longer works.`;
  });
}

export async function assignSetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input) => {
    await assignProblemSet(db, viewer, input);
    return "Problem set assigned.";
  });
}

export async function unassignSetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input) => {
    await unassignProblemSet(db, viewer, input);
    return "Problem set unassigned.";
  });
}

export async function overrideAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input) => {
    await setStudentOverride(db, viewer, input);
    return input.kind === "none" ? "Override removed." : input.kind === "pin" ? "Problem pinned." : "Problem skipped.";
  });
}

export async function flagTurnAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (viewer, input) => {
    await flagTurn(db, viewer, input);
    return "Turn flagged.";
  });
}
