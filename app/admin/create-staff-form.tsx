"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormError, SubmitButton } from "@/components/form-controls";
import { useKeepInputOnError } from "@/components/keep-input-on-error";
import { type CreateStaffState, createStaffAction } from "./actions";

export function CreateStaffForm() {
  const t = useTranslations("admin.staff");
  const [state, action, pending] = useActionState<CreateStaffState, FormData>(createStaffAction, {});
  const { ref, onSubmitCapture } = useKeepInputOnError(state);
  return (
    <form ref={ref} onSubmitCapture={onSubmitCapture} action={action} className="grid max-w-md gap-3" noValidate>
      <FormError message={state.error} />
      {state.created ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {state.created}
        </p>
      ) : null}
      <Field label={t("name")} id="name" required />
      <Field label={t("email")} id="email" type="email" required />
      <Field label={t("password")} id="password" type="password" autoComplete="new-password" required />
      <div className="flex flex-col gap-1">
        <label htmlFor="role" className="text-sm font-medium">
          {t("role")}
        </label>
        <select id="role" name="role" className="rounded border border-slate-400 bg-white px-3 py-2">
          <option value="teacher">{t("teacher")}</option>
          <option value="admin">{t("admin")}</option>
        </select>
      </div>
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
