"use client";

import { useActionState } from "react";
import { Field, FormError, SubmitButton } from "@/components/form-controls";
import { type FormState, signInAction } from "./actions";

export function SignInForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state.error} />
      <Field label="Email" id="email" type="email" autoComplete="email" required defaultValue={state.email} />
      <Field label="Password" id="password" type="password" autoComplete="current-password" required />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
