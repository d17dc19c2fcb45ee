import { useLocale, useTranslations } from "next-intl";
import { MasteryHistory } from "@/components/mastery-history";
import { formatMastery, MASTERED_AT } from "@/lib/mastery/format-mastery";
import type { MasteryHistory as History } from "@/lib/mastery/mastery-history";
import { levelRank, type MasteryLevel, masteryLevel } from "@/lib/mastery/mastery-level";
import type { SkillMeter } from "@/lib/mastery/skill-mastery";

/** The level's look: a bar filled to its rank and an icon, so it never rests on colour alone. */
const LEVEL_STYLE: Record<MasteryLevel, { icon: string; bar: string }> = {
  notStarted: { icon: "○", bar: "bg-slate-300" },
  gettingStarted: { icon: "◔", bar: "bg-amber-500" },
  makingProgress: { icon: "◑", bar: "bg-sky-600" },
  almostThere: { icon: "◕", bar: "bg-blue-700" },
  mastered: { icon: "✓", bar: "bg-green-700" },
};

/**
 * The student's skills as levels in words ("Making progress"), each with a bar, the skills they
 * have practised first. Skills never practised are one group of names under "Not started", so a
 * new student does not face a column of identical bars. The number stays secondary: in the
 * meter's accessible value and in each skill's history (MasteryHistory), and as data-mastery /
 * data-status ("0.42", the status code) for tests and scripts.
 */
export function SkillMeters({ meters, histories }: { meters: SkillMeter[]; histories?: History }) {
  const t = useTranslations("student");
  const locale = useLocale();
  if (meters.length === 0) return null;
  const practised = meters.filter((m) => m.status !== "not started");
  const fresh = meters.filter((m) => m.status === "not started");
  /** The meter every skill keeps (visible bar for practised skills, for assistive technology only otherwise). */
  const meter = (m: SkillMeter, level: MasteryLevel, className: string) => (
    <meter
      aria-labelledby={`skill-${m.skillId}`}
      aria-valuetext={t("skills.levelAria", { level: t(`levels.${level}`), value: formatMastery(m.value, locale) })}
      min={0}
      max={1}
      low={0.5}
      high={MASTERED_AT}
      optimum={1}
      value={m.value}
      data-mastery={formatMastery(m.value)}
      data-status={m.status}
      className={className}
    />
  );
  return (
    <section aria-labelledby="skills-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="skills-heading" className="text-lg font-semibold">
        {t("skills.title")}
      </h2>
      <p className="text-sm text-slate-700">{practised.length ? t("skills.intro") : t("skills.allNotStarted")}</p>
      {practised.length ? (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {practised.map((m) => {
            const level = masteryLevel(m.opportunities, m.value);
            const style = LEVEL_STYLE[level];
            return (
              <li key={m.skillId} className="flex min-w-0 flex-col gap-1" data-skill={m.skillId} data-level={level}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span id={`skill-${m.skillId}`} className="min-w-0 break-words font-medium">
                    {m.name}
                  </span>
                  <span className="text-sm text-slate-800">
                    <span aria-hidden="true">{style.icon} </span>
                    {t(`levels.${level}`)}
                  </span>
                </div>
                <div aria-hidden="true" className="flex h-2.5 gap-1">
                  {[1, 2, 3, 4].map((n) => (
                    <span
                      key={n}
                      className={`flex-1 rounded-full ${levelRank(level) >= n ? style.bar : "bg-slate-200"}`}
                    />
                  ))}
                </div>
                {meter(m, level, "sr-only")}
                {histories ? (
                  <MasteryHistory skillId={m.skillId} skillName={m.name} points={histories.get(m.skillId) ?? []} />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {fresh.length ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">
            <span aria-hidden="true">{LEVEL_STYLE.notStarted.icon} </span>
            {t("levels.notStarted")}
            <span className="font-normal text-slate-700">
              {" "}
              ({t("skills.notStartedGroup", { count: fresh.length })})
            </span>
          </h3>
          <ul className="mt-2 flex flex-wrap gap-2" data-not-started>
            {fresh.map((m) => (
              <li
                key={m.skillId}
                data-skill={m.skillId}
                data-level="notStarted"
                className="max-w-full rounded-full border border-slate-300 px-3 py-1 text-sm break-words"
              >
                <span id={`skill-${m.skillId}`}>{m.name}</span>
                {meter(m, "notStarted", "sr-only")}
                {histories ? (
                  <div className="sr-only">
                    <MasteryHistory skillId={m.skillId} skillName={m.name} points={[]} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
