"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { FormState } from "@/components/admin/form-state";
import { Field, FormError, SubmitButton } from "@/components/form-controls";
import { useKeepInputOnError } from "@/components/keep-input-on-error";
import { createExperimentAction } from "./actions";

type Factor = "hints" | "engine" | "picker";

/** The form an admin defines an experiment with: factor, conditions with weights, scope. */
export function CreateExperimentForm({
  variants,
  classes,
}: {
  variants: Record<Factor, readonly string[]>;
  classes: { id: string; name: string }[];
}) {
  const t = useTranslations("admin.research");
  const [state, action, pending] = useActionState<FormState, FormData>(createExperimentAction, {});
  const { ref, onSubmitCapture } = useKeepInputOnError(state);
  const [factor, setFactor] = useState<Factor>("hints");
  const levels = variants[factor];
  return (
    <form ref={ref} onSubmitCapture={onSubmitCapture} action={action} className="grid max-w-2xl gap-3" noValidate>
      <FormError message={state.error} />
      <Field label={t("name")} id="name" required maxLength={120} />
      <div className="flex flex-col gap-1">
        <label htmlFor="factor" className="text-sm font-medium">
          {t("factor")}
        </label>
        <select
          id="factor"
          name="factor"
          value={factor}
          onChange={(e) => setFactor(e.target.value as Factor)}
          className="rounded border border-slate-400 bg-white px-3 py-2"
        >
          {(["hints", "engine", "picker"] as const).map((f) => (
            <option key={f} value={f}>
              {t(`factors.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="grid gap-2 rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">{t("conditions")}</legend>
        <p className="text-sm text-slate-700">{t("conditionsHelp")}</p>
        {[0, 1, 2].map((i) => (
          <div key={`${factor}-${i}`} className="grid grid-cols-[2fr_2fr_1fr] items-end gap-2">
            <Field label={t("conditionName", { n: i + 1 })} id={`condition${i}Name`} maxLength={80} />
            <div className="flex flex-col gap-1">
              <label htmlFor={`condition${i}Variant`} className="text-sm font-medium">
                {t("conditionLevel", { n: i + 1 })}
              </label>
              <select
                id={`condition${i}Variant`}
                name={`condition${i}Variant`}
                defaultValue={i < 2 ? (levels[i] ?? "") : ""}
                className="rounded border border-slate-400 bg-white px-3 py-2"
              >
                <option value="">{t("noLevel")}</option>
                {levels.map((v) => (
                  <option key={v} value={v}>
                    {t(`levels.${factor}.${v}`)}
                  </option>
                ))}
              </select>
            </div>
            <Field
              label={t("conditionWeight", { n: i + 1 })}
              id={`condition${i}Weight`}
              type="number"
              min={1}
              max={1000}
              defaultValue="1"
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-1 rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">{t("scope")}</legend>
        <p className="text-sm text-slate-700">{t("scopeHelp")}</p>
        {classes.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="classIds" value={c.id} />
            {c.name}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={pending}>{t("create")}</SubmitButton>
    </form>
  );
}
