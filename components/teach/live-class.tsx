"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { LIVE_STATUSES, type LiveStatus } from "@/lib/teach/live-status";
import type { LiveClassJson, LiveStudentJson } from "@/lib/teach/load-live-class";

/** How often the view asks the server (decision 018); paused while the tab is hidden. */
export const LIVE_POLL_MS = 5_000;

const BADGE: Record<LiveStatus, string> = {
  stuck: "border-red-700 bg-red-50 text-red-900",
  working: "border-emerald-700 bg-emerald-50 text-emerald-900",
  finished: "border-blue-700 bg-blue-50 text-blue-900",
  idle: "border-slate-500 bg-slate-50 text-slate-800",
  not_started: "border-slate-400 bg-white text-slate-800",
};

/**
 * The live class view: server-rendered once, then it polls GET /api/teach/classes/<id>/live
 * every few seconds while the tab is visible (and at once when it becomes visible again).
 * Each student: the status in words (never colour alone), why "stuck now", the problem and
 * step, the last activity, and a link to the session's transcript. A polite live region
 * announces only the count of stuck students when it changes, not every refresh.
 */
export function LiveClass({ classId, initial }: { classId: string; initial: LiveClassJson }) {
  const t = useTranslations("teach.live");
  const tt = useTranslations("teach.time");
  const [data, setData] = useState(initial);
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);
  const base = `/teach/classes/${classId}`;

  const refresh = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const res = await fetch(`/api/teach/classes/${classId}/live`, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      setData((await res.json()) as LiveClassJson);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      busy.current = false;
    }
  }, [classId]);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | null = null;
    const start = () => {
      if (timer === null) timer = setInterval(refresh, LIVE_POLL_MS);
    };
    const stop = () => {
      if (timer !== null) clearInterval(timer);
      timer = null;
    };
    const onVisibility = () => {
      if (document.hidden) stop();
      else {
        void refresh();
        start();
      }
    };
    if (!document.hidden) start();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stop();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [refresh]);

  const now = new Date(data.now);
  const ago = (iso: string | null) => {
    if (!iso) return tt("never");
    const minutes = Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000);
    if (minutes < 1) return tt("justNow");
    if (minutes < 60) return tt("minutesAgo", { count: minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return tt("hoursAgo", { count: hours });
    return tt("daysAgo", { count: Math.floor(hours / 24) });
  };
  const counts = Object.fromEntries(LIVE_STATUSES.map((s) => [s, 0])) as Record<LiveStatus, number>;
  for (const s of data.students) counts[s.status] += 1;
  const why = (s: LiveStudentJson) => {
    const r = s.reason;
    if (!r) return null;
    if (r.kind === "wrong_in_row") return t("reason.wrongInRow", { count: r.count });
    if (r.kind === "asked_for_answer") return t("reason.askedForAnswer");
    if (r.kind === "told_after_wrong") return t("reason.toldAfterWrong");
    return t("reason.silent", { minutes: r.minutes });
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm" aria-live="polite" data-testid="live-summary">
          {t("summary", {
            stuck: counts.stuck,
            working: counts.working,
            finished: counts.finished,
            idle: counts.idle,
            notStarted: counts.not_started,
          })}
        </p>
        <p className="text-sm text-slate-700">
          {failed ? (
            <span role="status">{t("offline")}</span>
          ) : (
            t("updated", {
              // hh:mm:ss UTC: the same text on the server and in any browser (no hydration mismatch).
              time: data.now.slice(11, 19),
            })
          )}
        </p>
      </div>
      {data.students.length === 0 ? (
        <p>{t("noStudents")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
          {data.students.map((s) => {
            const reason = why(s);
            return (
              <li
                key={s.studentId}
                data-testid="live-student"
                data-status={s.status}
                className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-3"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`${base}/students/${s.studentId}`} className="font-medium text-blue-800 underline">
                    {s.name}
                  </Link>
                  <span className={`rounded border px-2 py-0.5 text-sm font-semibold ${BADGE[s.status]}`}>
                    {t(`status.${s.status}`)}
                  </span>
                </div>
                {reason ? <p className="text-sm font-medium text-red-900">{reason}</p> : null}
                {s.problemTitle ? (
                  <p className="text-sm">
                    {s.step !== null && s.stepCount
                      ? t("onStep", { title: s.problemTitle, step: s.step, count: s.stepCount })
                      : s.status === "finished"
                        ? t("finishedProblem", { title: s.problemTitle })
                        : t("lastProblem", { title: s.problemTitle })}
                  </p>
                ) : null}
                <p className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-700">
                  <span>
                    {s.lastActivityAt ? (
                      <time dateTime={s.lastActivityAt}>{t("lastActive", { ago: ago(s.lastActivityAt) })}</time>
                    ) : (
                      t("neverPractised")
                    )}
                  </span>
                  {s.sessionId ? (
                    <Link
                      href={`${base}/transcripts/${s.sessionId}`}
                      className="text-blue-800 underline"
                      aria-label={t("transcriptOf", { name: s.name })}
                    >
                      {t("transcript")}
                    </Link>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
