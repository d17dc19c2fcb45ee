"use client";

import { useId } from "react";
import { AnswerSpecEditor } from "./answer-spec-editor";
import { defaultSpec, type HintDraft, move, replaceAt } from "./draft";
import { MathField } from "./math-field";

const KIND_LABEL = {
  hint: "Hint",
  scaffold: "Scaffold question",
  bottom_out: "Bottom-out (tells the answer)",
} as const;

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
  const kindId = useId();
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-slate-200 p-3">
      <legend className="px-1 font-medium">{stepLabel}: hint ladder</legend>
      <ol className="flex flex-col gap-3">
        {hints.map((h, i) => {
          const label = `${stepLabel} rung ${i + 1}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rungs are edited in place; order is the identity
            <li key={i} className="flex flex-col gap-2 rounded bg-slate-50 p-3">
              <div className="flex flex-wrap items-end gap-2">
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${kindId}-${i}`} className="text-sm font-medium">
                    {label}: kind
                  </label>
                  <select
                    id={`${kindId}-${i}`}
                    value={h.kind}
                    onChange={(e) => onChange(replaceAt(hints, i, withKind(h, e.target.value as HintDraft["kind"])))}
                    className="rounded border border-slate-400 bg-white px-3 py-2"
                  >
                    {Object.entries(KIND_LABEL).map(([k, l]) => (
                      <option key={k} value={k}>
                        {l}
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
                  Move rung {i + 1} up
                </button>
                <button
                  type="button"
                  disabled={i === hints.length - 1}
                  onClick={() => onChange(move(hints, i, i + 1))}
                  className="rounded border border-slate-400 px-2 py-1.5 text-sm disabled:opacity-50"
                >
                  Move rung {i + 1} down
                </button>
                <button
                  type="button"
                  onClick={() => onChange(hints.filter((_, j) => j !== i))}
                  className="rounded border border-red-700 px-2 py-1.5 text-sm text-red-800"
                >
                  Remove rung {i + 1}
                </button>
              </div>
              <MathField
                label={`${label}: ${h.kind === "scaffold" ? "question" : "text"}`}
                value={h.text}
                onChange={(text) => onChange(replaceAt(hints, i, { ...h, text }))}
              />
              {h.kind === "scaffold" ? (
                <AnswerSpecEditor
                  label={`${label} answer`}
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
          Add hint
        </button>
        <button
          type="button"
          onClick={() =>
            onChange(insertBeforeBottomOut(hints, { kind: "scaffold", text: "", answer: defaultSpec("numeric") }))
          }
          className="rounded border border-blue-700 px-2 py-1 text-sm text-blue-800"
        >
          Add scaffold question
        </button>
        <button
          type="button"
          disabled={hints.some((h) => h.kind === "bottom_out")}
          onClick={() => onChange([...hints, { kind: "bottom_out", text: "" }])}
          className="rounded border border-blue-700 px-2 py-1 text-sm text-blue-800 disabled:opacity-50"
        >
          Add bottom-out
        </button>
      </div>
      <p className="text-sm text-slate-700">
        The tutor gives rungs in this order when the student asks or keeps missing; the bottom-out only after the
        student has tried and every other rung was given. Without a bottom-out the tutor states the answer itself.
      </p>
    </fieldset>
  );
}

function insertBeforeBottomOut(hints: HintDraft[], rung: HintDraft): HintDraft[] {
  const at = hints.findIndex((h) => h.kind === "bottom_out");
  return at < 0 ? [...hints, rung] : [...hints.slice(0, at), rung, ...hints.slice(at)];
}
