"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { MathText } from "@/components/math-text";
import type { SessionView } from "@/lib/sessions/session-view";
import { FirstRunHelp, useFirstRunHelp } from "./first-run-help";
import { MathKeypad } from "./math-keypad";
import { StepProgress } from "./step-progress";
import { useTutorSession } from "./use-tutor-session";

/** Thumb-sized: every button on this page is at least 44 px tall (and wide). */
const TAP = "min-h-11 min-w-11";

/**
 * The tutor chat, phone first: on a narrow screen the steps come first (compact), then the
 * problem and the conversation, and the answer box with its buttons stays at the bottom of the
 * screen (sticky) within one thumb's reach. Shows whatever turns the API returns.
 * `userId` keys the first-run explanation of Hint and I'm stuck (remembered per user).
 */
export function TutorChat({
  initial,
  nextProblemAction,
  userId,
  pickReason,
}: {
  initial: SessionView;
  nextProblemAction?: () => Promise<void>;
  userId?: string;
  /** Why this problem was picked, in the student's words (already translated), or null. */
  pickReason?: string | null;
}) {
  const t = useTranslations("student.chat");
  const { view, streaming, error, send } = useTutorSession(initial);
  const [text, setText] = useState("");
  const [keypad, setKeypad] = useState(false);
  const [numeric, setNumeric] = useState(false);
  const help = useFirstRunHelp(userId);
  const endRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const current = view.steps[view.stepIndex];
  // The buttons answer what is asked now: an open multiple-choice hint question, else the step.
  const choices = view.scaffoldChoices ?? current?.choices ?? null;
  const sourceName = view.source?.attribution ?? view.source?.name ?? "";

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: "end" });
  }, []);

  // The problem ends on this page (not a finished one reopened): the answer box goes away, and the
  // keyboard focus goes on to what comes next, "Next problem" (or the finished note), not the page.
  const finishedBox = useRef<HTMLDivElement>(null);
  const wasFinished = useRef(view.finished);
  useEffect(() => {
    if (view.finished && !wasFinished.current) {
      const box = finishedBox.current;
      (box?.querySelector("button") ?? box)?.focus();
    }
    wasFinished.current = view.finished;
  }, [view.finished]);

  // A button is disabled while the reply streams, which drops the keyboard focus to the page:
  // it goes to the answer box, as after Enter.
  const sendThenFocus = async (input: Parameters<typeof send>[0]) => {
    await send(input);
    inputRef.current?.focus();
  };

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
    <div className="grid min-w-0 gap-4 md:grid-cols-[minmax(0,1fr)_16rem] md:gap-6">
      <section
        aria-labelledby="problem-title"
        // Phone: at least most of a screen tall, so the answer box (mt-auto, sticky) rests at the bottom.
        className="flex min-h-[75dvh] min-w-0 flex-col gap-4 md:order-first md:min-h-0"
      >
        <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
          <h1 id="problem-title" className="text-xl font-semibold break-words">
            <MathText text={view.title} />
          </h1>
          {pickReason ? (
            <p className="mt-1 text-sm text-slate-700 break-words" data-pick-reason>
              {pickReason}
            </p>
          ) : null}
          <p className="mt-2 text-lg break-words">
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

        {help.open ? <FirstRunHelp onDismiss={help.dismiss} /> : null}

        <ol aria-label={t("conversation")} aria-live="polite" className="flex min-w-0 flex-col gap-3">
          {view.turns.map((turn) => (
            <li key={turn.seq} className={turn.role === "tutor" ? "flex" : "flex justify-end"}>
              <div
                className={
                  turn.role === "tutor"
                    ? "max-w-[85%] min-w-0 break-words rounded-lg bg-white px-3 py-2 shadow-sm ring-1 ring-slate-200"
                    : "max-w-[85%] min-w-0 break-words rounded-lg bg-blue-700 px-3 py-2 text-white"
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
                <div className="max-w-[85%] min-w-0 break-words rounded-lg bg-blue-700 px-3 py-2 text-white opacity-80">
                  {streaming.student}
                </div>
              </li>
              <li className="flex">
                <div
                  className="max-w-[85%] min-w-0 break-words rounded-lg bg-white px-3 py-2 shadow-sm ring-1 ring-slate-200"
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

        {error ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}

        {view.finished ? (
          <div
            ref={finishedBox}
            tabIndex={-1}
            className="rounded-lg border border-green-300 bg-green-50 p-4"
            role="status"
          >
            <p className="font-semibold text-green-900">{t("complete")}</p>
            {nextProblemAction ? (
              <form action={nextProblemAction} className="mt-3">
                <button
                  type="submit"
                  className={`${TAP} w-full rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 sm:w-auto`}
                >
                  {t("nextProblem")}
                </button>
              </form>
            ) : null}
          </div>
        ) : (
          <div
            className="sticky bottom-0 z-10 mt-auto flex min-w-0 flex-col gap-2 border-t border-slate-200 bg-slate-50 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] md:static md:border-0 md:bg-transparent md:p-0"
            data-composer
          >
            {choices ? (
              <fieldset className="flex min-w-0 flex-wrap gap-2">
                <legend className="mb-1 text-sm font-medium">{t("chooseAnswer")}</legend>
                {choices.map((c) => (
                  <button
                    key={c}
                    type="button"
                    disabled={!!streaming}
                    onClick={() => sendThenFocus({ kind: "message", text: c })}
                    className={`${TAP} max-w-full rounded border border-slate-400 bg-white px-3 py-1.5 break-words hover:bg-slate-100`}
                  >
                    <MathText text={c} />
                  </button>
                ))}
              </fieldset>
            ) : null}
            {keypad && !choices ? (
              <MathKeypad inputRef={inputRef} value={text} onChange={setText} disabled={!!streaming} />
            ) : null}
            <form onSubmit={submit} className="flex min-w-0 flex-col gap-2">
              <div className="flex min-w-0 gap-2">
                <label htmlFor="answer" className="sr-only">
                  {t("answerLabel")}
                </label>
                <input
                  ref={inputRef}
                  id="answer"
                  name="answer"
                  autoComplete="off"
                  autoCapitalize="off"
                  autoCorrect="off"
                  spellCheck={false}
                  inputMode={numeric ? "decimal" : "text"}
                  // Maths typed in a right-to-left page stays left to right ("2(x + 3) - 4"); Arabic words read right to left.
                  dir="auto"
                  enterKeyHint="send"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder={t("answerPlaceholder")}
                  className="min-h-11 min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2 text-base"
                  maxLength={1000}
                />
                <button
                  type="submit"
                  disabled={!!streaming || !text.trim()}
                  className={`${TAP} shrink-0 rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60`}
                >
                  {t("send")}
                </button>
              </div>
              <div className="flex min-w-0 flex-wrap gap-2">
                <button
                  type="button"
                  disabled={!!streaming}
                  onClick={() => sendThenFocus({ kind: "hint" })}
                  className={`${TAP} flex-1 rounded border border-blue-700 bg-white px-3 py-2 text-blue-800 hover:bg-blue-50 sm:flex-none`}
                >
                  {t("hint")}
                </button>
                <button
                  type="button"
                  disabled={!!streaming}
                  onClick={() => sendThenFocus({ kind: "stuck" })}
                  className={`${TAP} flex-1 rounded border border-slate-500 bg-white px-3 py-2 hover:bg-slate-100 sm:flex-none`}
                >
                  {t("stuck")}
                </button>
                {/* A choice step is answered by a button: no maths keys or number pad (on a phone
                    they took a second row of the sticky answer area). */}
                {choices ? null : (
                  <>
                    <button
                      type="button"
                      aria-pressed={keypad}
                      onClick={() => setKeypad((k) => !k)}
                      className={`${TAP} rounded border border-slate-500 bg-white px-3 py-2 hover:bg-slate-100`}
                    >
                      <span aria-hidden="true">{"√( )"} </span>
                      {t("mathKeys")}
                    </button>
                    <button
                      type="button"
                      aria-pressed={numeric}
                      onClick={() => {
                        setNumeric((n) => !n);
                        inputRef.current?.focus();
                      }}
                      className={`${TAP} rounded border border-slate-500 bg-white px-3 py-2 hover:bg-slate-100`}
                    >
                      <span aria-hidden="true">123 </span>
                      {t("numberPad")}
                    </button>
                  </>
                )}
                <button
                  type="button"
                  aria-expanded={help.open}
                  aria-controls={help.open ? "hint-stuck-help" : undefined}
                  aria-label={t("helpButton")}
                  onClick={help.toggle}
                  className={`${TAP} rounded-full border border-slate-500 bg-white font-semibold hover:bg-slate-100`}
                >
                  ?
                </button>
              </div>
            </form>
          </div>
        )}
        {/* Opening a session shows its end: the composer, or the finished box and "Next problem". */}
        <div ref={endRef} />
      </section>
      <div className="order-first min-w-0 md:order-none">
        <StepProgress view={view} />
      </div>
    </div>
  );
}
