"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/components/admin/form-state";
import { FormError, SubmitButton } from "@/components/form-controls";
import { startExperimentAction, stopExperimentAction } from "./actions";

/** Start (a draft) or stop (a running experiment), with the outcome in words. */
export function ExperimentButtons({ id, status }: { id: string; status: string }) {
  const t = useTranslations("admin.research");
  const [state, action, pending] = useActionState<FormState, FormData>(
    status === "draft" ? startExperimentAction : stopExperimentAction,
    {},
  );
  if (status === "stopped") return null;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <FormError message={state.error} />
      {state.ok ? (
        <p role="status" className="text-sm text-green-900">
          {state.ok}
        </p>
      ) : null}
      <div>
        <SubmitButton pending={pending}>{status === "draft" ? t("start") : t("stop")}</SubmitButton>
      </div>
    </form>
  );
}
