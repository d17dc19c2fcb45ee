"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { useKeepInputOnError } from "@/components/keep-input-on-error";
import type { FormState } from "./form-state";

const VARIANTS = {
  primary: "rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60",
  secondary: "rounded border border-blue-700 px-3 py-1.5 text-blue-800 hover:bg-blue-50 disabled:opacity-60",
  danger: "rounded border border-red-700 px-3 py-1.5 text-red-800 hover:bg-red-50 disabled:opacity-60",
} as const;

/**
 * A form posting to a server action, showing the action's error (role=alert) or confirmation
 * (role=status). The action does the checking: this is only the form.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className = "flex flex-col gap-3",
  variant = "primary",
  disabled = false,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  variant?: keyof typeof VARIANTS;
  /** The action cannot succeed now (the page says why next to it): the button is off. */
  disabled?: boolean;
}) {
  const t = useTranslations("admin.common");
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const { ref, onSubmitCapture, stale } = useKeepInputOnError(state);
  return (
    <form ref={ref} onSubmitCapture={onSubmitCapture} action={formAction} className={className}>
      {children}
      <div>
        <button type="submit" disabled={pending || disabled} className={VARIANTS[variant]}>
          {pending ? t("pleaseWait") : submitLabel}
        </button>
      </div>
      {state.error && !stale ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.ok && !stale ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {state.ok}
        </p>
      ) : null}
    </form>
  );
}
