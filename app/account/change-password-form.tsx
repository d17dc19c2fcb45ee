"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormError, SubmitButton } from "@/components/form-controls";
import { type ChangePasswordState, changePasswordAction } from "./actions";

export function ChangePasswordForm({ passwordMin }: { passwordMin: number }) {
  const t = useTranslations("auth.account");
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state.error} />
      {state.ok ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {state.ok}
        </p>
      ) : null}
      <Field label={t("current")} id="currentPassword" type="password" autoComplete="current-password" required />
      <Field
        label={t("new", { min: passwordMin })}
        id="newPassword"
        type="password"
        autoComplete="new-password"
        aria-describedby="new-password-hint"
        required
      />
      <p id="new-password-hint" className="-mt-2 text-sm text-slate-700">
        {t("hint")}
      </p>
      <Field label={t("confirm")} id="confirmPassword" type="password" autoComplete="new-password" required />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
