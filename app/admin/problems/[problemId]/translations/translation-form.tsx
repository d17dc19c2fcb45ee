"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useKeepInputOnError } from "@/components/keep-input-on-error";
import type { TranslationFormState } from "./actions";

export interface OriginalStep {
  prompt: string;
  hints: { kind: "hint" | "scaffold" | "bottom_out"; text: string }[];
  wrongAnswers: { match: string; feedback: string }[];
  /** A multiple-choice step's options (they may be translated too, in the same order). */
  options?: string[];
}

export interface TranslationTexts {
  title: string;
  statement: string;
  steps: { prompt: string; hints: string[]; wrongAnswers: string[]; options?: string[] }[];
}

const box = "rounded border border-slate-400 bg-white px-3 py-2 focus:border-blue-700";

/** One text to translate: the field, and the original under it for reference. */
function Field({
  id,
  label,
  original,
  value,
  rows = 2,
  dir,
}: {
  id: string;
  label: string;
  original: string;
  value: string;
  rows?: number;
  dir: "ltr" | "rtl";
}) {
  const t = useTranslations("content.translations.form");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea id={id} name={id} rows={rows} defaultValue={value} required dir={dir} className={box} />
      <p className="text-sm text-slate-600">
        <span className="font-medium">{t("original")}</span>: <span className="whitespace-pre-wrap">{original}</span>
      </p>
    </div>
  );
}

/**
 * The translation form: every text of the version (title, statement, each step's prompt, hint
 * rungs and wrong-answer feedback), prefilled with the saved translation or the original texts.
 * The server action validates (same counts, no empty text) and saves all or nothing.
 */
export function TranslationForm({
  action,
  original,
  initial,
  dir,
}: {
  action: (prev: TranslationFormState, form: FormData) => Promise<TranslationFormState>;
  original: { title: string; statement: string; steps: OriginalStep[] };
  initial: TranslationTexts;
  dir: "ltr" | "rtl";
}) {
  const t = useTranslations("content.translations.form");
  const [state, formAction, pending] = useActionState<TranslationFormState, FormData>(action, {});
  const { ref, onSubmitCapture } = useKeepInputOnError(state);
  return (
    <form ref={ref} onSubmitCapture={onSubmitCapture} action={formAction} className="flex flex-col gap-4">
      <Field id="title" label={t("title")} original={original.title} value={initial.title} rows={1} dir={dir} />
      <Field
        id="statement"
        label={t("statement")}
        original={original.statement}
        value={initial.statement}
        rows={4}
        dir={dir}
      />
      {original.steps.map((step, i) => {
        const mine = initial.steps[i];
        const fields = [
          { id: `steps.${i}.prompt`, label: t("prompt"), original: step.prompt, value: mine?.prompt ?? step.prompt },
          ...step.hints.map((h, k) => ({
            id: `steps.${i}.hints.${k}`,
            label:
              h.kind === "bottom_out"
                ? t("bottomOut")
                : h.kind === "scaffold"
                  ? t("scaffold", { n: k + 1 })
                  : t("hint", { n: k + 1 }),
            original: h.text,
            value: mine?.hints[k] ?? h.text,
          })),
          ...(step.options ?? []).map((o, k) => ({
            id: `steps.${i}.options.${k}`,
            label: t("option", { n: k + 1 }),
            original: o,
            value: mine?.options?.[k] ?? o,
          })),
          ...step.wrongAnswers.map((w, k) => ({
            id: `steps.${i}.wrongAnswers.${k}`,
            label: t("wrongAnswer", { match: `“${w.match}”` }),
            original: w.feedback,
            value: mine?.wrongAnswers[k] ?? w.feedback,
          })),
        ];
        return (
          <fieldset key={fields[0]?.id} className="flex min-w-0 flex-col gap-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t("step", { n: i + 1 })}</legend>
            {fields.map((f) => (
              <Field key={f.id} id={f.id} label={f.label} original={f.original} value={f.value} dir={dir} />
            ))}
          </fieldset>
        );
      })}
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {pending ? t("saving") : t("save")}
        </button>
      </div>
      {state.error ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{state.error}</p>
          {state.issues?.length ? (
            <ul className="list-disc ps-5">
              {state.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.ok ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {state.ok}
        </p>
      ) : null}
    </form>
  );
}
