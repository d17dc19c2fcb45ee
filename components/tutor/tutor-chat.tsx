"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { MathText } from "@/components/math-text";
import type { SessionView } from "@/lib/sessions/session-view";
import { StepProgress } from "./step-progress";
import { useTutorSession } from "./use-tutor-session";

export function TutorChat({
  initial,
  nextProblemAction,
}: {
  initial: SessionView;
  nextProblemAction?: () => Promise<void>;
}) {
  const t = useTranslations("student.chat");
  const { view, streaming, error, send } = useTutorSession(initial);
  const [text, setText] = useState("");
  const endRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const current = view.steps[view.stepIndex];
  const sourceName = view.source?.attribution ?? view.source?.name ?? "";

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: "end" });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    // While a reply is streaming the message stays in the box (nothing is lost).
    if (!value || streaming) return;
    setText("");
    await send({ kind: "message", text: value });
    inputRef.current?.focus();
  };

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_16rem]">
      <section aria-labelledby="problem-title" className="flex min-w-0 flex-col gap-4">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h1 id="problem-title" className="text-xl font-semibold">
            <MathText text={view.title} />
          </h1>
          <p className="mt-2 text-lg">
            <MathText text={view.statement} />
          </p>
          {view.source ? (
            <p className="mt-2 text-xs text-slate-600">
              {view.source.licence
                ? t("sourceWithLicence", { source: sourceName, licence: view.source.licence })
                : t("source", { source: sourceName })}
            </p>
          ) : null}
        </div>

        <ol aria-label={t("conversation")} aria-live="polite" className="flex flex-col gap-3">
          {view.turns.map((turn) => (
            <li key={turn.seq} className={turn.role === "tutor" ? "flex" : "flex justify-end"}>
              <div
                className={
                  turn.role === "tutor"
                    ? "max-w-[85%] rounded-lg bg-white px-3 py-2 shadow-sm ring-1 ring-slate-200"
                    : "max-w-[85%] rounded-lg bg-blue-700 px-3 py-2 text-white"
                }
              >
                <span className="sr-only">{`${turn.role === "tutor" ? t("tutorSays") : t("youSay")} `}</span>
                <MathText text={turn.text} />
              </div>
            </li>
          ))}
          {streaming ? (
            <>
              <li className="flex justify-end">
                <div className="max-w-[85%] rounded-lg bg-blue-700 px-3 py-2 text-white opacity-80">
                  {streaming.student}
                </div>
              </li>
              <li className="flex">
                <div
                  className="max-w-[85%] rounded-lg bg-white px-3 py-2 shadow-sm ring-1 ring-slate-200"
                  aria-busy="true"
                >
                  {streaming.text ? (
                    <MathText text={streaming.text} />
                  ) : (
                    <span className="text-slate-600">{t("thinking")}</span>
                  )}
                </div>
              </li>
            </>
          ) : null}
        </ol>
        <div ref={endRef} />

        {error ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}

        {view.finished ? (
          <div className="rounded-lg border border-green-300 bg-green-50 p-4" role="status">
            <p className="font-semibold text-green-900">{t("complete")}</p>
            {nextProblemAction ? (
              <form action={nextProblemAction} className="mt-3">
                <button
                  type="submit"
                  className="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800"
                >
                  {t("nextProblem")}
                </button>
              </form>
            ) : null}
          </div>
        ) : (
          <div className="flex flex-col gap-3">
            {current?.choices ? (
              <fieldset className="flex flex-wrap gap-2">
                <legend className="mb-1 text-sm font-medium">{t("chooseAnswer")}</legend>
                {current.choices.map((c) => (
                  <button
                    key={c}
                    type="button"
                    disabled={!!streaming}
                    onClick={() => send({ kind: "message", text: c })}
                    className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100"
                  >
                    <MathText text={c} />
                  </button>
                ))}
              </fieldset>
            ) : null}
            <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row">
              <label htmlFor="answer" className="sr-only">
                {t("answerLabel")}
              </label>
              <input
                ref={inputRef}
                id="answer"
                name="answer"
                autoComplete="off"
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={t("answerPlaceholder")}
                className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2"
                maxLength={1000}
              />
              <div className="flex gap-2">
                <button
                  type="submit"
                  disabled={!!streaming || !text.trim()}
                  className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
                >
                  {t("send")}
                </button>
                <button
                  type="button"
                  disabled={!!streaming}
                  onClick={() => send({ kind: "hint" })}
                  className="rounded border border-blue-700 px-3 py-2 text-blue-800 hover:bg-blue-50"
                >
                  {t("hint")}
                </button>
                <button
                  type="button"
                  disabled={!!streaming}
                  onClick={() => send({ kind: "stuck" })}
                  className="rounded border border-slate-500 px-3 py-2 hover:bg-slate-100"
                >
                  {t("stuck")}
                </button>
              </div>
            </form>
          </div>
        )}
      </section>
      <StepProgress view={view} />
    </div>
  );
}
