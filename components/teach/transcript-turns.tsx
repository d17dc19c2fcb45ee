import { useLocale, useTranslations } from "next-intl";
import { MathText } from "@/components/math-text";
import type { ActionState } from "@/lib/teach/action-state";
import { formatDateTime } from "@/lib/teach/format-time";
import type { TranscriptTurn } from "@/lib/teach/load-transcript";
import { readTurn } from "@/lib/teach/read-turn";
import { ActionForm } from "./action-form";

/**
 * The session turn by turn: each tutor turn with its labels in words, flags and a flag form. A
 * tutor turn reads in the reader's language (re-rendered from its message key); when that differs
 * from what the student saw, the original is one click away. Student turns are shown as typed.
 */
export function TranscriptTurns({
  classId,
  turns,
  studentName,
  flagAction,
}: {
  classId: string;
  turns: TranscriptTurn[];
  studentName: string;
  flagAction: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations("teach.turns");
  const locale = useLocale();
  return (
    <ol className="flex flex-col gap-3" aria-label={t("label")}>
      {turns.map((turn) => {
        const who = turn.role === "tutor" ? t("tutor") : studentName;
        const { text, original } = readTurn(turn, locale);
        return (
          <li
            key={turn.id}
            id={`turn-${turn.seq}`}
            className={
              turn.role === "tutor"
                ? "rounded-lg border border-slate-200 bg-white p-3"
                : "ms-6 rounded-lg border border-blue-200 bg-blue-50 p-3 sm:ms-16"
            }
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              <h3 className="font-semibold">
                {who} <span className="font-normal text-slate-700">· {t("turn", { seq: turn.seq })}</span>
                {turn.stepIndex !== null ? (
                  <span className="font-normal text-slate-700"> · {t("step", { step: turn.stepIndex + 1 })}</span>
                ) : null}
              </h3>
              <time className="text-slate-700" dateTime={turn.createdAt.toISOString()}>
                {formatDateTime(turn.createdAt, locale)}
              </time>
            </div>
            <p className="mt-1">
              <MathText text={text} />
            </p>
            {original ? (
              <details className="mt-1 text-sm text-slate-800">
                <summary className="cursor-pointer">{t("asShown", { language: original.locale })}</summary>
                <p className="mt-1" lang={original.locale}>
                  <MathText text={original.text} />
                </p>
              </details>
            ) : null}
            {turn.labels.length ? (
              <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
                {turn.labels.map((l) => (
                  <div
                    key={l.term}
                    className={l.notable ? "rounded bg-amber-100 px-1 text-amber-950" : "text-slate-800"}
                  >
                    <dt className="inline font-medium">{l.term}:</dt> <dd className="inline">{l.value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {turn.flags.length ? (
              <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label={t("flagsOn", { seq: turn.seq })}>
                {turn.flags.map((f) => (
                  <li key={f.id} className="rounded border border-red-300 bg-red-50 px-2 py-1 text-red-950">
                    <span className="font-medium">{t("flaggedBy", { name: f.teacherName })}</span> (
                    {formatDateTime(f.createdAt, locale)}): {f.note}
                  </li>
                ))}
              </ul>
            ) : null}
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-blue-800 underline">{t("flagTurn", { seq: turn.seq })}</summary>
              <ActionForm
                action={flagAction}
                submitLabel={t("saveFlag")}
                className="mt-2 flex flex-col items-start gap-2"
              >
                <input type="hidden" name="classId" value={classId} />
                <input type="hidden" name="turnId" value={turn.id} />
                <label htmlFor={`note-${turn.id}`} className="font-medium">
                  {t("noteOn", { seq: turn.seq })}
                </label>
                <textarea
                  id={`note-${turn.id}`}
                  name="note"
                  required
                  maxLength={1000}
                  rows={2}
                  className="w-full max-w-xl rounded border border-slate-400 bg-white px-2 py-1"
                />
              </ActionForm>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
