"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ProblemDraft } from "@/components/admin/problem-editor/draft";
import { ProblemEditor } from "@/components/admin/problem-editor/problem-editor";
import { FormError, SubmitButton } from "@/components/form-controls";
import type { DraftOutcome } from "./actions";

type SaveFn = Parameters<typeof ProblemEditor>[0]["save"];

/** Ask the model for a draft, then review and edit it in the normal editor (saving validates it). */
export function DraftForm({
  skills,
  draft,
  save,
}: {
  skills: { key: string; name: string }[];
  draft: (raw: unknown) => Promise<DraftOutcome>;
  save: SaveFn;
}) {
  const t = useTranslations("admin.draft");
  const [outcome, setOutcome] = useState<DraftOutcome | null>(null);
  const [pending, start] = useTransition();
  const [round, setRound] = useState(0);
  if (outcome && "steps" in outcome) {
    const initial: ProblemDraft = {
      key:
        outcome.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 60) || "drafted-problem",
      title: outcome.title,
      statement: outcome.statement,
      steps: outcome.steps,
    };
    return (
      <div className="flex flex-col gap-4">
        {outcome.problems.length ? (
          <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            <p className="font-semibold">{t("problems")}</p>
            <ul className="list-disc ps-6">
              {outcome.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm">
            {t("passes")}
          </p>
        )}
        <ProblemEditor key={round} initial={initial} isNew skills={skills} save={save} />
      </div>
    );
  }
  return (
    <form
      className="grid max-w-xl gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        start(async () => {
          setOutcome(
            await draft({
              title: String(form.get("title") ?? ""),
              statement: String(form.get("statement") ?? ""),
              answer: String(form.get("answer") ?? ""),
              skills: form.getAll("skills").map(String),
            }),
          );
          setRound((r) => r + 1);
        });
      }}
    >
      {outcome && "error" in outcome ? <FormError message={outcome.error} /> : null}
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("titleField")}
        <input name="title" required className="rounded border border-slate-400 px-3 py-2 font-normal" />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("statement")}
        <textarea
          name="statement"
          required
          rows={4}
          className="rounded border border-slate-400 px-3 py-2 font-normal"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("answer")}
        <input name="answer" required className="rounded border border-slate-400 px-3 py-2 font-normal" />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("skills")}
        <select
          name="skills"
          multiple
          className="h-32 w-full min-w-0 max-w-full rounded border border-slate-400 px-2 py-1 font-normal"
        >
          {skills.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
