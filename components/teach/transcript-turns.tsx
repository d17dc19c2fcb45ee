import { MathText } from "@/components/math-text";
import type { ActionState } from "@/lib/teach/action-state";
import { formatDateTime } from "@/lib/teach/format-time";
import type { TranscriptTurn } from "@/lib/teach/load-transcript";
import { ActionForm } from "./action-form";

/** The session turn by turn: each tutor turn with its labels in words, flags and a flag form. */
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
  return (
    <ol className="flex flex-col gap-3" aria-label="Transcript">
      {turns.map((t) => {
        const who = t.role === "tutor" ? "Tutor" : studentName;
        return (
          <li
            key={t.id}
            id={`turn-${t.seq}`}
            className={
              t.role === "tutor"
                ? "rounded-lg border border-slate-200 bg-white p-3"
                : "ml-6 rounded-lg border border-blue-200 bg-blue-50 p-3 sm:ml-16"
            }
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              <h3 className="font-semibold">
                {who} <span className="font-normal text-slate-700">· turn {t.seq}</span>
                {t.stepIndex !== null ? (
                  <span className="font-normal text-slate-700"> · step {t.stepIndex + 1}</span>
                ) : null}
              </h3>
              <time className="text-slate-700" dateTime={t.createdAt.toISOString()}>
                {formatDateTime(t.createdAt)}
              </time>
            </div>
            <p className="mt-1">
              <MathText text={t.text} />
            </p>
            {t.labels.length ? (
              <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
                {t.labels.map((l) => (
                  <div
                    key={l.term}
                    className={l.notable ? "rounded bg-amber-100 px-1 text-amber-950" : "text-slate-800"}
                  >
                    <dt className="inline font-medium">{l.term}:</dt> <dd className="inline">{l.value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {t.flags.length ? (
              <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label={`Flags on turn ${t.seq}`}>
                {t.flags.map((f) => (
                  <li key={f.id} className="rounded border border-red-300 bg-red-50 px-2 py-1 text-red-950">
                    <span className="font-medium">Flagged by {f.teacherName}</span> ({formatDateTime(f.createdAt)}):{" "}
                    {f.note}
                  </li>
                ))}
              </ul>
            ) : null}
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-blue-800 underline">Flag turn {t.seq}</summary>
              <ActionForm action={flagAction} submitLabel="Save flag" className="mt-2 flex flex-col items-start gap-2">
                <input type="hidden" name="classId" value={classId} />
                <input type="hidden" name="turnId" value={t.id} />
                <label htmlFor={`note-${t.id}`} className="font-medium">
                  Note on turn {t.seq}
                </label>
                <textarea
                  id={`note-${t.id}`}
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
