import { useTranslations } from "next-intl";
import { MathText } from "@/components/math-text";
import { isPassed, type SessionView, type StepStatus } from "@/lib/sessions/session-view";

/** Each status's icon, word (student.steps.<word>) and look: told differs from solved by icon and word, not colour alone. */
const STATUS: Record<
  StepStatus,
  { icon: string; word: "solved" | "told" | "currentWord" | "notReached"; badge: string }
> = {
  solved: { icon: "✓", word: "solved", badge: "border-green-700 bg-green-50 text-green-900" },
  told: { icon: "◐", word: "told", badge: "border-amber-600 bg-amber-50 text-amber-900 border-dashed" },
  current: { icon: "▶", word: "currentWord", badge: "border-blue-700 bg-blue-50 text-blue-900" },
  notReached: { icon: "○", word: "notReached", badge: "border-slate-400 bg-white text-slate-700" },
};

export function StepProgress({ view }: { view: SessionView }) {
  const t = useTranslations("student.steps");
  const done = view.steps.filter((s) => isPassed(s.status)).length;
  const told = view.steps.filter((s) => s.status === "told").length;
  return (
    <aside
      aria-label={t("label")}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 md:self-start md:p-4"
    >
      <h2 className="font-semibold">
        {t("heading")}{" "}
        <span className="font-normal text-slate-700">{t("count", { done, total: view.totalSteps })}</span>
      </h2>
      <progress className="mt-2 w-full" max={view.totalSteps} value={done} aria-label={t("progress")} />
      {told ? <p className="mt-1 text-sm text-slate-700">{t("toldNote", { count: told })}</p> : null}
      <ol className="mt-2 flex flex-col gap-2 text-sm">
        {view.steps.map((s) => {
          const look = STATUS[s.status];
          return (
            <li
              key={s.index}
              aria-current={s.status === "current" ? "step" : undefined}
              data-step-status={s.status}
              className="flex min-w-0 flex-wrap items-start gap-x-2 gap-y-1"
            >
              <span className={`inline-flex shrink-0 items-center gap-1 rounded border px-1.5 text-xs ${look.badge}`}>
                <span aria-hidden="true">{look.icon}</span>
                {t(look.word)}
              </span>
              <span className={`min-w-0 flex-1 break-words ${s.status === "notReached" ? "text-slate-600" : ""}`}>
                {t("step", { n: s.index + 1 })}
                {s.prompt ? (
                  <>
                    {": "}
                    <MathText text={s.prompt} />
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
