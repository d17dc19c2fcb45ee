"use client";

import { useTranslations } from "next-intl";
import { AnswerSpecEditor } from "./answer-spec-editor";
import type { StepDraft } from "./draft";
import { HintLadderEditor } from "./hint-ladder-editor";
import { MathField } from "./math-field";
import { SkillPicker } from "./skill-picker";
import { WrongAnswersEditor } from "./wrong-answers-editor";

export function StepEditor({
  step,
  index,
  count,
  skills,
  onChange,
  onMove,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  count: number;
  skills: { key: string; name: string }[];
  onChange: (s: StepDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("admin.step");
  const n = index + 1;
  const label = t("label", { n });
  return (
    <fieldset className="min-w-0 flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{label}</legend>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
          className="rounded border border-slate-400 px-2 py-1 text-sm disabled:opacity-50"
        >
          {t("moveUp", { n })}
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
          className="rounded border border-slate-400 px-2 py-1 text-sm disabled:opacity-50"
        >
          {t("moveDown", { n })}
        </button>
        <button
          type="button"
          disabled={count <= 1}
          onClick={onRemove}
          className="rounded border border-red-700 px-2 py-1 text-sm text-red-800 disabled:opacity-50"
        >
          {t("remove", { n })}
        </button>
      </div>
      <MathField
        label={t("prompt", { step: label })}
        value={step.prompt}
        onChange={(prompt) => onChange({ ...step, prompt })}
      />
      <AnswerSpecEditor
        label={t("answer", { step: label })}
        spec={step.answer}
        onChange={(answer) => onChange({ ...step, answer })}
      />
      <SkillPicker
        all={skills}
        chosen={step.skills}
        stepLabel={label}
        onChange={(s) => onChange({ ...step, skills: s })}
      />
      <HintLadderEditor hints={step.hints} stepLabel={label} onChange={(hints) => onChange({ ...step, hints })} />
      <WrongAnswersEditor
        wrongAnswers={step.wrongAnswers ?? []}
        stepLabel={label}
        onChange={(wrongAnswers) => onChange({ ...step, wrongAnswers })}
      />
    </fieldset>
  );
}
