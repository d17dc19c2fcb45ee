import { useTranslations } from "next-intl";
import { MathText } from "@/components/math-text";
import type { SessionView } from "@/lib/sessions/session-view";

export function StepProgress({ view }: { view: SessionView }) {
  const t = useTranslations("student.steps");
  const done = view.steps.filter((s) => s.status === "done").length;
  return (
    <aside aria-label={t("label")} className="rounded-lg border border-slate-200 bg-white p-4 md:self-start">
      <h2 className="font-semibold">
        {t("heading")}{" "}
        <span className="font-normal text-slate-700">{t("count", { done, total: view.totalSteps })}</span>
      </h2>
      <progress className="mt-2 w-full" max={view.totalSteps} value={done} aria-label={t("progress")} />
      <ol className="mt-3 flex flex-col gap-2 text-sm">
        {view.steps.map((s) => (
          <li key={s.index} aria-current={s.status === "current" ? "step" : undefined} className="flex gap-2">
            <span aria-hidden="true">{s.status === "done" ? "✓" : s.status === "current" ? "▶" : "○"}</span>
            <span className={s.status === "locked" ? "text-slate-600" : ""}>
              <span className="sr-only">
                {`${s.status === "done" ? t("done") : s.status === "current" ? t("current") : t("notYet")} `}
              </span>
              {t("step", { n: s.index + 1 })}
              {s.prompt ? (
                <>
                  {": "}
                  <MathText text={s.prompt} />
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
