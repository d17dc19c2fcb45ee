import { useLocale, useTranslations } from "next-intl";
import { MasteryHistory } from "@/components/mastery-history";
import { formatMastery, MASTERED_AT, statusNoteKey } from "@/lib/mastery/format-mastery";
import type { MasteryHistory as History } from "@/lib/mastery/mastery-history";
import type { SkillMeter } from "@/lib/mastery/skill-mastery";

/**
 * The student's mastery per skill: a meter with the number and its status, readable without
 * colour, and under it the skill's history (loadMasteryHistory: its last point is the meter).
 * Numbers in the reader's locale on screen; data-mastery and data-status keep "0.42" and the
 * status code for tests and scripts.
 */
export function SkillMeters({ meters, histories }: { meters: SkillMeter[]; histories?: History }) {
  const t = useTranslations("student");
  const locale = useLocale();
  if (meters.length === 0) return null;
  return (
    <section aria-labelledby="skills-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="skills-heading" className="text-lg font-semibold">
        {t("skills.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("skills.intro", { threshold: formatMastery(MASTERED_AT, locale) })}</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {meters.map((m) => {
          const id = `skill-${m.skillId}`;
          const value = formatMastery(m.value, locale);
          const noteKey = statusNoteKey(m.status);
          const note = noteKey ? t(`mastery.status.${noteKey}`) : "";
          return (
            <li key={m.skillId} className="flex flex-col gap-1" data-skill={m.skillId}>
              <div className="flex items-center gap-2">
                <span id={id} className="w-48 shrink-0 text-sm">
                  {m.name}
                </span>
                <meter
                  aria-labelledby={id}
                  aria-valuetext={note ? t("skills.valueWithNote", { value, note }) : value}
                  min={0}
                  max={1}
                  low={0.5}
                  high={MASTERED_AT}
                  optimum={1}
                  value={m.value}
                  data-mastery={formatMastery(m.value)}
                  data-status={m.status}
                  className="h-3 flex-1"
                />
                <span className="w-32 text-right font-mono text-sm">
                  {value}
                  {m.status === "mastered" ? " ✓" : ""}
                  {note ? <span className="block font-sans text-xs text-slate-700">{note}</span> : null}
                </span>
              </div>
              {histories ? (
                <MasteryHistory
                  skillId={m.skillId}
                  skillName={m.name}
                  points={m.status === "not started" ? [] : (histories.get(m.skillId) ?? [])}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
