import type { SkillMeter } from "@/lib/mastery/skill-mastery";

/** The student's mastery per skill: a meter with the number, readable without colour. */
export function SkillMeters({ meters }: { meters: SkillMeter[] }) {
  if (meters.length === 0) return null;
  return (
    <section aria-labelledby="skills-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="skills-heading" className="text-lg font-semibold">
        Your skills
      </h2>
      <p className="text-sm text-slate-700">Mastery estimates: 0.95 or more counts as mastered.</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {meters.map((m) => {
          const id = `skill-${m.skillId}`;
          const value = m.mastery.toFixed(2);
          return (
            <li key={m.skillId} className="flex items-center gap-2">
              <span id={id} className="w-48 shrink-0 text-sm">
                {m.name}
              </span>
              <meter
                aria-labelledby={id}
                min={0}
                max={1}
                low={0.5}
                high={0.95}
                optimum={1}
                value={m.mastery}
                data-mastery={value}
                className="h-3 flex-1"
              />
              <span className="w-20 text-right font-mono text-sm">
                {value}
                {m.mastery >= 0.95 ? " ✓" : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
