"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { emptyStep, keyFromTitle, move, type ProblemDraft, replaceAt } from "./draft";
import { MathField } from "./math-field";
import { StepEditor } from "./step-editor";

export type SaveOutcome =
  | { ok: true; problemId: string; version: number; changed: boolean }
  | { ok: false; issues: string[] }
  | { error: string };

/**
 * The problem editor: statement and steps (prompt, answer specification, skills, hint ladder,
 * common wrong answers), saved as one piece. The server validates (errors name the step and
 * field) and writes a new version only when the content changed.
 */
export function ProblemEditor({
  initial,
  isNew,
  skills,
  save,
}: {
  initial: ProblemDraft;
  isNew: boolean;
  skills: { key: string; name: string }[];
  save: (draft: ProblemDraft) => Promise<SaveOutcome>;
}) {
  const t = useTranslations("admin.editor");
  const router = useRouter();
  const keyId = useId();
  const [draft, setDraft] = useState<ProblemDraft>(initial);
  const [keyEdited, setKeyEdited] = useState(!isNew);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = () =>
    startTransition(async () => {
      const r = await save(draft);
      setOutcome(r);
      if ("ok" in r && r.ok) {
        if (isNew) router.push(`/admin/problems/${r.problemId}`);
        else router.refresh();
      }
    });

  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="text-sm text-slate-700">{t("requiredNote")}</p>
      <div className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4">
        <MathField
          label={t("title")}
          rows={1}
          value={draft.title}
          onChange={(title) => setDraft((d) => ({ ...d, title, key: keyEdited ? d.key : keyFromTitle(title) }))}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={keyId} className="text-sm font-medium">
            {t("key", { isNew: isNew ? "yes" : "no" })}
          </label>
          <input
            id={keyId}
            value={draft.key}
            readOnly={!isNew}
            onChange={(e) => {
              setKeyEdited(true);
              setDraft((d) => ({ ...d, key: e.target.value }));
            }}
            className="rounded border border-slate-400 bg-white px-3 py-2 font-mono read-only:bg-slate-100"
          />
        </div>
        <MathField
          label={t("statement")}
          rows={3}
          value={draft.statement}
          onChange={(statement) => setDraft((d) => ({ ...d, statement }))}
        />
        {draft.source ? (
          <p className="text-sm text-slate-700">
            {t("source", {
              source: draft.source.attribution ?? draft.source.name,
              licence: draft.source.licence,
            })}
          </p>
        ) : null}
      </div>

      {draft.steps.map((step, i) => (
        <StepEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are edited in place; order is the identity
          key={i}
          step={step}
          index={i}
          count={draft.steps.length}
          skills={skills}
          onChange={(s) => setDraft((d) => ({ ...d, steps: replaceAt(d.steps, i, s) }))}
          onMove={(to) => setDraft((d) => ({ ...d, steps: move(d.steps, i, to) }))}
          onRemove={() => setDraft((d) => ({ ...d, steps: d.steps.filter((_, j) => j !== i) }))}
        />
      ))}
      <div>
        <button
          type="button"
          onClick={() => setDraft((d) => ({ ...d, steps: [...d.steps, emptyStep(d.steps.at(-1)?.skills ?? [])] }))}
          className="rounded border border-blue-700 px-3 py-1.5 text-blue-800"
        >
          {t("addStep")}
        </button>
      </div>

      <div className="sticky bottom-0 flex flex-col gap-2 border-t border-slate-200 bg-slate-50 py-3">
        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-blue-700 px-5 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
          >
            {pending ? t("saving") : isNew ? t("create") : t("save")}
          </button>
        </div>
        {outcome && "error" in outcome ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {outcome.error}
          </p>
        ) : null}
        {outcome && "ok" in outcome && !outcome.ok ? (
          <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p className="font-medium">{t("notSaved")}</p>
            <ul className="list-disc ps-5">
              {outcome.issues.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {outcome && "ok" in outcome && outcome.ok ? (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
            {outcome.changed
              ? t("savedAs", { version: outcome.version })
              : t("unchanged", { version: outcome.version })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
