"use client";

import { useActionState } from "react";
import { FormError, SubmitButton } from "@/components/form-controls";
import { type FitState, fitModelAction } from "./actions";

export function FitModelButton({ latest }: { latest: string }) {
  const [state, action, pending] = useActionState<FitState>(fitModelAction, {});
  return (
    <div className="flex flex-col gap-3">
      <p>{latest}</p>
      <form action={action}>
        <SubmitButton pending={pending}>Fit model from attempts</SubmitButton>
      </form>
      <FormError message={state.error} />
      {state.message ? <p role="status">{state.message}</p> : null}
    </div>
  );
}
