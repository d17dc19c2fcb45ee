"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormError, SubmitButton } from "@/components/form-controls";
import { type SignUpState, signUpAction } from "./actions";

/** `passwordMin`: the policy's shortest password (lib/auth/password-policy.ts, server-side). */
export function SignUpForm({ passwordMin }: { passwordMin: number }) {
  const t = useTranslations("auth.signUp");
  // The language this page is shown in: the new student keeps it (registerStudent).
  const locale = useLocale();
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  const v = state.values;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state.error} all={state.issues} />
      <input type="hidden" name="locale" value={locale} />
      <Field label={t("joinCode")} id="joinCode" autoComplete="off" required defaultValue={v?.joinCode} />
      <Field label={t("name")} id="name" autoComplete="name" required defaultValue={v?.name} />
      <Field label={t("email")} id="email" type="email" autoComplete="email" required defaultValue={v?.email} />
      <div className="flex flex-col gap-1">
        <Field
          label={t("password", { min: passwordMin })}
          id="password"
          type="password"
          autoComplete="new-password"
          aria-describedby="password-hint"
          required
        />
        <p id="password-hint" className="text-sm text-slate-700">
          {t("passwordHint")}
        </p>
      </div>
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
