"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { AnswerSpecEditor } from "./answer-spec-editor";
import { defaultSpec, type HintDraft, move, replaceAt } from "./draft";
import { MathField } from "./math-field";

const KINDS = ["hint", "scaffold", "bottom_out"] as const;

function withKind(h: HintDraft, kind: HintDraft["kind"]): HintDraft {
  if (kind === "scaffold")
    return { kind, text: h.text, answer: h.kind === "scaffold" ? h.answer : defaultSpec("numeric") };
  return { kind, text: h.text };
}

/**
 * The hint ladder: rungs in the order the tutor climbs them (hints, scaffold questions with
 * their own answer, and at most one bottom-out, last). Add, remove, move up and down.
 */
export function HintLadderEditor({
  hints,
  onChange,
  stepLabel,
}: {
  hints: HintDraft[];
  onChange: (h: HintDraft[]) => void;
  stepLabel: string;
}) {
  const t = useTranslations("admin.hints");
  const kindId = useId();
  return (
    <fieldset className="min-w-0 flex flex-col gap-3 rounded border border-slate-200 p-3">
      <legend className="px-1 font-medium">{t("legend", { step: stepLabel })}</legend>
      <ol className="flex flex-col gap-3">
        {hints.map((h, i) => {
          const label = t("rung", { step: stepLabel, n: i + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rungs are edited in place; order is the identity
            <li key={i} className="flex flex-col gap-2 rounded bg-slate-50 p-3">
              <div className="flex flex-wrap items-end gap-2">
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${kindId}-${i}`} className="text-sm font-medium">
                    {t("kind", { rung: label })}
                  </label>
                  <select
                    id={`${kindId}-${i}`}
                    value={h.kind}
                    onChange={(e) => onChange(replaceAt(hints, i, withKind(h, e.target.value as HintDraft["kind"])))}
                    className="rounded border border-slate-400 bg-white px-3 py-2"
                  >
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`kinds.${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => onChange(move(hints, i, i - 1))}
                  className="rounded border border-slate-400 px-2 py-1.5 text-sm disabled:opacity-50"
                >
                  {t("moveUp", { n: i + 1 })}
                </button>
                <button
                  type="button"
                  disabled={i === hints.length - 1}
                  onClick={() => onChange(move(hints, i, i + 1))}
                  className="rounded border border-slate-400 px-2 py-1.5 text-sm disabled:opacity-50"
                >
                  {t("moveDown", { n: i + 1 })}
                </button>
                <button
                  type="button"
                  onClick={() => onChange(hints.filter((_, j) => j !== i))}
                  className="rounded border border-red-700 px-2 py-1.5 text-sm text-red-800"
                >
                  {t("remove", { n: i + 1 })}
                </button>
              </div>
              <MathField
                label={h.kind === "scaffold" ? t("question", { rung: label }) : t("text", { rung: label })}
                value={h.text}
                onChange={(text) => onChange(replaceAt(hints, i, { ...h, text }))}
              />
              {h.kind === "scaffold" ? (
                <AnswerSpecEditor
                  label={t("answer", { rung: label })}
                  spec={h.answer}
                  onChange={(answer) => onChange(replaceAt(hints, i, { ...h, answer }))}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => onChange(insertBeforeBottomOut(hints, { kind: "hint", text: "" }))}
          className="rounded border border-blue-700 px-2 py-1 text-sm text-blue-800"
        >
          {t("addHint")}
        </button>
        <button
          type="button"
          onClick={() =>
            onChange(insertBeforeBottomOut(hints, { kind: "scaffold", text: "", answer: defaultSpec("numeric") }))
          }
          className="rounded border border-blue-700 px-2 py-1 text-sm text-blue-800"
        >
          {t("addScaffold")}
        </button>
        <button
          type="button"
          disabled={hints.some((h) => h.kind === "bottom_out")}
          onClick={() => onChange([...hints, { kind: "bottom_out", text: "" }])}
          className="rounded border border-blue-700 px-2 py-1 text-sm text-blue-800 disabled:opacity-50"
        >
          {t("addBottomOut")}
        </button>
      </div>
      <p className="text-sm text-slate-700">{t("help")}</p>
    </fieldset>
  );
}

function insertBeforeBottomOut(hints: HintDraft[], rung: HintDraft): HintDraft[] {
  const at = hints.findIndex((h) => h.kind === "bottom_out");
  return at < 0 ? [...hints, rung] : [...hints.slice(0, at), rung, ...hints.slice(at)];
}
