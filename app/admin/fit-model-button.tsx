"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, SubmitButton } from "@/components/form-controls";
import { type FitState, fitModelAction } from "./actions";

export function FitModelButton({ latest }: { latest: string }) {
  const t = useTranslations("admin.fit");
  const [state, action, pending] = useActionState<FitState>(fitModelAction, {});
  return (
    <div className="flex flex-col gap-3">
      <p>{latest}</p>
      <form action={action}>
        <SubmitButton pending={pending}>{t("button")}</SubmitButton>
      </form>
      <FormError message={state.error} />
      {state.message ? <p role="status">{state.message}</p> : null}
    </div>
  );
}
