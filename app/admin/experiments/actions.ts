"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createExperiment, startExperiment, stopExperiment } from "@/lib/research/experiments";
import { isId } from "@/lib/validation/text";
import { adminAction, text } from "../admin-action";

/** Up to six condition rows; a row with neither a name nor a level is left out. */
const ROWS = 6;

export async function createExperimentAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id = "";
  const state = await adminAction(async (actor) => {
    const conditions = [];
    for (let i = 0; i < ROWS; i++) {
      const name = text(form, `condition${i}Name`).trim();
      const variant = text(form, `condition${i}Variant`).trim();
      if (!name && !variant) continue;
      conditions.push({ name, variant, weight: text(form, `condition${i}Weight`) || "1" });
    }
    const classIds = form instanceof FormData ? form.getAll("classIds").filter((v) => typeof v === "string") : [];
    id = await createExperiment(db, actor.id, {
      name: text(form, "name"),
      factor: text(form, "factor") as never,
      classIds: classIds as string[],
      conditions: conditions as never,
    });
    return undefined;
  });
  if (state.error) return state;
  revalidatePath("/admin/experiments");
  redirect(`/admin/experiments/${id}`);
}

function experimentId(form: FormData): string {
  const id = text(form, "id");
  if (!isId(id))
    throw new AppError("not_found", "That experiment doesn't exist.", undefined, {
      key: "admin.research.errors.notFound",
    });
  return id;
}

/** Starts or stops the experiment named by the form, then refreshes its pages. */
async function changeStatus(form: FormData, change: typeof startExperiment, done: string): Promise<FormState> {
  return adminAction(async (actor, t) => {
    const id = experimentId(form);
    await change(db, actor.id, id);
    revalidatePath(`/admin/experiments/${id}`);
    revalidatePath("/admin/experiments");
    return t(done);
  });
}

export async function startExperimentAction(_prev: FormState, form: FormData): Promise<FormState> {
  return changeStatus(form, startExperiment, "admin.research.started");
}

export async function stopExperimentAction(_prev: FormState, form: FormData): Promise<FormState> {
  return changeStatus(form, stopExperiment, "admin.research.stopped");
}
