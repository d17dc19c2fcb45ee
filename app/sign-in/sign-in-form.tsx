"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormError, SubmitButton } from "@/components/form-controls";
import { type FormState, signInAction } from "./actions";

export function SignInForm() {
  const t = useTranslations("auth.signIn");
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state.error} />
      <Field label={t("email")} id="email" type="email" autoComplete="email" required defaultValue={state.email} />
      <Field label={t("password")} id="password" type="password" autoComplete="current-password" required />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
