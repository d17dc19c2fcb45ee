"use client";

import { useActionState } from "react";
import { FormError, SubmitButton } from "@/components/form-controls";
import { type ConnectionState, testConnectionAction } from "./actions";

export function ModelBackend({ label, kind }: { label: string; kind: "embedded" | "llm" }) {
  const [state, action, pending] = useActionState<ConnectionState>(testConnectionAction, {});
  return (
    <div className="flex flex-col gap-3">
      <p>
        Tutor turns are written by: <strong data-testid="backend-label">{label}</strong>
        {kind === "llm" ? " (guarded; the embedded engine answers any turn the model fails)." : "."}
      </p>
      <form action={action}>
        <SubmitButton pending={pending}>Test connection</SubmitButton>
      </form>
      <FormError message={state.error} />
      {state.result ? (
        <p role="status" className={state.result.ok ? "text-green-900" : "text-red-800"}>
          {state.result.message}
          {state.result.latencyMs !== null ? ` (${state.result.latencyMs} ms)` : ""}
        </p>
      ) : null}
    </div>
  );
}
