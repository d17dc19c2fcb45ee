"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { createStaffUser } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";
import { cleanFormFields, idField } from "@/lib/validation/text";
import { adminAction } from "./admin-action";

export interface CreateStaffState {
  error?: string;
  created?: string;
}

export async function createStaffAction(_prev: CreateStaffState, form: FormData): Promise<CreateStaffState> {
  try {
    const actor = await requireUser("admin");
    // Controls stripped here (lib/auth validates the rest); the password is taken as typed.
    const fields = cleanFormFields(form, ["name", "email", "role"]);
    const password = form instanceof FormData ? form.get("password") : null;
    const user = await createStaffUser(db, actor, {
      name: fields.name ?? "",
      email: fields.email ?? "",
      password: typeof password === "string" ? password : "",
      role: fields.role ?? "",
    });
    revalidatePath("/admin");
    return { created: `Created ${user.role} ${user.email}.` };
  } catch (e) {
    return { error: publicError(e).message };
  }
}

export interface ConnectionState {
  result?: { ok: boolean; message: string; latencyMs: number | null; backend: string };
  error?: string;
}

export async function testConnectionAction(_prev: ConnectionState): Promise<ConnectionState> {
  try {
    await requireUser("admin");
    const { testModelConnection } = await import("@/lib/ai/test-connection");
    return { result: await testModelConnection() };
  } catch (e) {
    return { error: publicError(e).message };
  }
}

export interface FitState {
  message?: string;
  error?: string;
}

export async function fitModelAction(_prev: FitState): Promise<FitState> {
  try {
    const actor = await requireUser("admin");
    const { fitFromAttempts } = await import("@/lib/mastery/fit-from-attempts");
    const s = await fitFromAttempts(db, actor.id);
    revalidatePath("/admin");
    const h = s.evaluation.heldOut;
    const verdict = s.evaluation.guard.ok
      ? "It may be made current."
      : `It may not be made current: ${s.evaluation.guard.reasons.join(" ")}`;
    return {
      message: `Candidate model version ${s.version} fitted on ${s.attempts} first attempts of ${s.students} students (held-out AUC ${h.candidate.auc ?? "n/a"} vs current ${h.current.auc ?? "n/a"}). Students' mastery is unchanged until it is made current. ${verdict}`,
    };
  } catch (e) {
    return { error: publicError(e).message };
  }
}

const activateInput = z.object({ versionId: idField("Choose a model version from the list.") });

/**
 * "Make current" and "Roll back to this version" (decision 015): the admin role is checked
 * here; the rule (a candidate must not score worse on held-out students nor lower anyone's
 * mastery; a rollback to a previously current version is always allowed) in activateModelVersion.
 */
export async function activateModelVersionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor) => {
    const parsed = activateInput.safeParse({ versionId: form instanceof FormData ? form.get("versionId") : undefined });
    if (!parsed.success) throw new AppError("bad_request", "Choose a model version from the list.");
    const { activateModelVersion } = await import("@/lib/mastery/model-versions");
    const r = await activateModelVersion(db, parsed.data.versionId, actor.id);
    revalidatePath("/admin");
    if (!r.ok) throw new AppError("conflict", `Version ${r.version} was not made current. ${r.reasons.join(" ")}`);
    return r.message;
  });
}
