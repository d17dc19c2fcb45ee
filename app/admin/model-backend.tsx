"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { FormError, SubmitButton } from "@/components/form-controls";
import { type ConnectionState, testConnectionAction } from "./actions";

export function ModelBackend({ label, kind }: { label: string; kind: "embedded" | "llm" }) {
  const t = useTranslations("admin.backend");
  const [state, action, pending] = useActionState<ConnectionState>(testConnectionAction, {});
  return (
    <div className="flex flex-col gap-3">
      <p>
        {t.rich("writtenBy", {
          label,
          kind,
          strong: (chunks: ReactNode) => <strong data-testid="backend-label">{chunks}</strong>,
        })}
      </p>
      <form action={action}>
        <SubmitButton pending={pending}>{t("test")}</SubmitButton>
      </form>
      <FormError message={state.error} />
      {state.result ? (
        <p role="status" className={state.result.ok ? "text-green-900" : "text-red-800"}>
          {state.result.message}
          {state.result.latencyMs !== null ? ` ${t("latency", { ms: state.result.latencyMs })}` : ""}
        </p>
      ) : null}
    </div>
  );
}
