"use client";

import { useActionState } from "react";
import { Field, FormError, SubmitButton } from "@/components/form-controls";
import { type SignUpState, signUpAction } from "./actions";

export function SignUpForm() {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  const v = state.values;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state.error} />
      <Field label="Class join code" id="joinCode" autoComplete="off" required defaultValue={v?.joinCode} />
      <Field label="Your name" id="name" autoComplete="name" required defaultValue={v?.name} />
      <Field label="Email" id="email" type="email" autoComplete="email" required defaultValue={v?.email} />
      <div className="flex flex-col gap-1">
        <Field
          label="Password (8+ characters)"
          id="password"
          type="password"
          autoComplete="new-password"
          aria-describedby="password-hint"
          required
        />
        <p id="password-hint" className="text-sm text-slate-700">
          Any characters; a few unrelated words make a good one. Common passwords are refused.
        </p>
      </div>
      <SubmitButton pending={pending}>Join class</SubmitButton>
    </form>
  );
}
