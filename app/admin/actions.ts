"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { createStaffUser } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { requestLocale } from "@/lib/i18n/resolve-locale";
import { cleanFormFields, idField } from "@/lib/validation/text";
import { adminAction } from "./admin-action";

export interface CreateStaffState {
  error?: string;
  created?: string;
}

export async function createStaffAction(_prev: CreateStaffState, form: FormData): Promise<CreateStaffState> {
  const t = await requestTranslator();
  try {
    const actor = await requireUser("admin");
    // Controls stripped here (lib/auth validates the rest); the password is taken as typed.
    const fields = cleanFormFields(form, ["name", "email", "role"]);
    const password = form instanceof FormData ? form.get("password") : null;
    const user = await createStaffUser(
      db,
      actor,
      {
        name: fields.name ?? "",
        email: fields.email ?? "",
        password: typeof password === "string" ? password : "",
        role: fields.role ?? "",
      },
      await requestLocale(),
    );
    revalidatePath("/admin");
    return { created: t("admin.staff.created", { role: t(`common.roles.${user.role}`), email: user.email }) };
  } catch (e) {
    return { error: publicError(e, t).message };
  }
}

export interface ConnectionState {
  result?: { ok: boolean; message: string; latencyMs: number | null; backend: string };
  error?: string;
}

export async function testConnectionAction(_prev: ConnectionState): Promise<ConnectionState> {
  const t = await requestTranslator();
  try {
    await requireUser("admin");
    const { testModelConnection } = await import("@/lib/ai/test-connection");
    const r = await testModelConnection();
    return { result: { ...r, message: connectionMessage(r, t) } };
  } catch (e) {
    return { error: publicError(e, t).message };
  }
}

/**
 * lib/ai/test-connection answers in English words: the three outcomes it has (no model, the
 * model's reply, the reason it failed) in the reader's language. The reply and the reason are
 * the model's and the network's own words.
 */
function connectionMessage(
  r: { ok: boolean; message: string; latencyMs: number | null },
  t: (key: string, values?: Record<string, string | number>) => string,
): string {
  if (r.ok && r.latencyMs === null) return t("admin.backend.noConnectionNeeded");
  if (r.ok) {
    const reply = /"([\s\S]*)"\.$/.exec(r.message)?.[1];
    return reply === undefined ? r.message : t("admin.backend.connected", { reply });
  }
  const reason = /^[^:]*: ([\s\S]*)$/.exec(r.message)?.[1];
  return reason === undefined ? r.message : t("admin.backend.unreachable", { reason });
}

export interface FitState {
  message?: string;
  error?: string;
}

export async function fitModelAction(_prev: FitState): Promise<FitState> {
  const t = await requestTranslator();
  try {
    const actor = await requireUser("admin");
    const { fitFromAttempts } = await import("@/lib/mastery/fit-from-attempts");
    const s = await fitFromAttempts(db, actor.id);
    revalidatePath("/admin");
    const h = s.evaluation.heldOut;
    const na = t("admin.common.notAvailable");
    const verdict = s.evaluation.guard.ok
      ? t("admin.fit.mayActivate")
      : t("admin.fit.mayNotActivate", { reasons: s.evaluation.guard.reasons.join(" ") });
    return {
      message: t("admin.fit.result", {
        version: s.version,
        attempts: s.attempts,
        students: s.students,
        candidateAuc: h.candidate.auc ?? na,
        currentAuc: h.current.auc ?? na,
        verdict,
      }),
    };
  } catch (e) {
    return { error: publicError(e, t).message };
  }
}

const activateInput = z.object({ versionId: idField() });

/**
 * "Make current" and "Roll back to this version" (decision 015): the admin role is checked
 * here; the rule (a candidate must not score worse on held-out students nor lower anyone's
 * mastery; a rollback to a previously current version is always allowed) in activateModelVersion.
 */
export async function activateModelVersionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor, t) => {
    const parsed = activateInput.safeParse({ versionId: form instanceof FormData ? form.get("versionId") : undefined });
    if (!parsed.success)
      throw new AppError("bad_request", "Choose a model version from the list.", undefined, {
        key: "admin.versions.chooseVersion",
      });
    const { activateModelVersion } = await import("@/lib/mastery/model-versions");
    const r = await activateModelVersion(db, parsed.data.versionId, actor.id);
    revalidatePath("/admin");
    if (!r.ok)
      throw new AppError("conflict", `Version ${r.version} was not made current. ${r.reasons.join(" ")}`, undefined, {
        key: "admin.versions.notMadeCurrent",
        values: { version: r.version, reasons: r.reasons.join(" ") },
      });
    return r.kind === "rolled back"
      ? t("admin.versions.rolledBack", { version: r.version })
      : t("admin.versions.activated", { version: r.version });
  });
}
