"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { resendForClass, setScoreMode } from "@/lib/lti/class-status";
import { syncRoster } from "@/lib/lti/nrps";
import { kickScoreWorker } from "@/lib/lti/score-worker";
import type { ActionState } from "@/lib/teach/action-state";
import { formFields } from "@/lib/teach/schemas";

async function run(form: FormData, fn: (input: Record<string, string>) => Promise<string>): Promise<ActionState> {
  const t = await requestTranslator();
  try {
    const input = formFields(form);
    const ok = await fn(input);
    if (/^[\w-]{1,64}$/.test(input.classId ?? "")) revalidatePath(`/teach/classes/${input.classId}/lti`);
    return { ok: t(ok) };
  } catch (e) {
    return { error: publicError(e, t).message };
  }
}

export async function resendAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (input) => {
    const viewer = await requireUser("teacher", "admin");
    await resendForClass(db, viewer, input);
    kickScoreWorker();
    return "teach.lti.resent";
  });
}

export async function scoreModeAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(form, async (input) => {
    const viewer = await requireUser("teacher", "admin");
    await setScoreMode(db, viewer, input);
    kickScoreWorker();
    return "teach.lti.modeSaved";
  });
}

export async function syncRosterAction(_: ActionState, form: FormData): Promise<ActionState> {
  const t = await requestTranslator();
  try {
    const viewer = await requireUser("teacher", "admin");
    const input = formFields(form);
    const r = await syncRoster(db, viewer, input.classId ?? "");
    revalidatePath(`/teach/classes/${input.classId}`, "layout");
    return {
      ok: t("teach.lti.synced", {
        added: r.added,
        removed: r.removed,
        total: r.total,
        teachersRemoved: r.teachersRemoved,
      }),
    };
  } catch (e) {
    return { error: publicError(e, t).message };
  }
}
