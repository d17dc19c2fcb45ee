"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { useKeepInputOnError } from "@/components/keep-input-on-error";
import type { ActionState } from "@/lib/teach/action-state";

const BUTTON = {
  primary: "rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60",
  secondary:
    "rounded border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60",
  danger:
    "rounded border border-red-700 bg-white px-3 py-1.5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60",
} as const;

/**
 * A dashboard form posting to a server action: fields come from the server-rendered children,
 * the result is announced (role=status) or shown as an error (role=alert). Works without
 * JavaScript too (the action runs and the page re-renders).
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  variant = "primary",
  className = "flex flex-wrap items-end gap-2",
  label,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  children?: ReactNode;
  submitLabel: string;
  variant?: keyof typeof BUTTON;
  className?: string;
  /** Accessible name of the form, when the button alone is ambiguous on the page. */
  label?: string;
}) {
  const t = useTranslations("teach");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const { ref, onSubmitCapture, stale } = useKeepInputOnError(state);
  return (
    <form ref={ref} onSubmitCapture={onSubmitCapture} action={formAction} className={className} aria-label={label}>
      {children}
      <button type="submit" disabled={pending} className={BUTTON[variant]}>
        {pending ? t("saving") : submitLabel}
      </button>
      {state.error && !stale ? (
        <p role="alert" className="basis-full text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.ok && !stale ? (
        <p role="status" className="basis-full text-sm text-green-900">
          {state.ok}
        </p>
      ) : null}
    </form>
  );
}
