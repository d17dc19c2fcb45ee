"use client";

import { useTranslations } from "next-intl";
import { replaceAt, type WrongAnswerDraft } from "./draft";
import { MathField, PlainField } from "./math-field";

/** Common wrong answers: what the student types, targeted feedback, and the misconception's name. */
export function WrongAnswersEditor({
  wrongAnswers,
  onChange,
  stepLabel,
}: {
  wrongAnswers: WrongAnswerDraft[];
  onChange: (w: WrongAnswerDraft[]) => void;
  stepLabel: string;
}) {
  const t = useTranslations("admin.wrongAnswers");
  return (
    <fieldset className="min-w-0 flex flex-col gap-3 rounded border border-slate-200 p-3">
      <legend className="px-1 font-medium">{t("legend", { step: stepLabel })}</legend>
      {wrongAnswers.map((w, i) => {
        const label = t("label", { step: stepLabel, n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: edited in place; order is the identity
          <div key={i} className="flex flex-col gap-2 rounded bg-slate-50 p-3">
            <PlainField
              label={label}
              value={w.match}
              onChange={(match) => onChange(replaceAt(wrongAnswers, i, { ...w, match }))}
            />
            <MathField
              label={t("feedback", { label })}
              value={w.feedback}
              onChange={(feedback) => onChange(replaceAt(wrongAnswers, i, { ...w, feedback }))}
            />
            <PlainField
              label={t("misconception", { label })}
              value={w.misconception}
              placeholder={t("misconceptionExample")}
              onChange={(misconception) => onChange(replaceAt(wrongAnswers, i, { ...w, misconception }))}
            />
            <div>
              <button
                type="button"
                onClick={() => onChange(wrongAnswers.filter((_, j) => j !== i))}
                className="rounded border border-red-700 px-2 py-1 text-sm text-red-800"
              >
                {t("remove", { n: i + 1 })}
              </button>
            </div>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          onClick={() => onChange([...wrongAnswers, { match: "", feedback: "", misconception: "" }])}
          className="rounded border border-blue-700 px-2 py-1 text-sm text-blue-800"
        >
          {t("add")}
        </button>
      </div>
    </fieldset>
  );
}
