"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

/** The skills a step practises: the chosen ones, each removable, and a list to add from. */
export function SkillPicker({
  all,
  chosen,
  onChange,
  stepLabel,
}: {
  all: { key: string; name: string }[];
  chosen: string[];
  onChange: (keys: string[]) => void;
  stepLabel: string;
}) {
  const t = useTranslations("admin");
  const id = useId();
  const names = new Map(all.map((s) => [s.key, s.name]));
  return (
    <div className="flex flex-col gap-2">
      <span className="text-sm font-medium">{t("skillPicker.skills", { step: stepLabel })}</span>
      {chosen.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("skillPicker.listLabel", { step: stepLabel })}>
          {chosen.map((k) => (
            <li key={k} className="flex items-center gap-1 rounded bg-blue-50 px-2 py-1 text-sm">
              {names.get(k) ?? k}
              <button
                type="button"
                onClick={() => onChange(chosen.filter((c) => c !== k))}
                className="rounded px-1 text-red-800 underline"
              >
                {t("skillPicker.remove", { name: names.get(k) ?? k })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-amber-900">{t("skillPicker.none")}</p>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm">
          {t("skillPicker.add", { step: stepLabel })}
        </label>
        <select
          id={id}
          value=""
          onChange={(e) => e.target.value && onChange([...chosen, e.target.value])}
          className="w-full min-w-0 max-w-md rounded border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">{t("common.choose")}</option>
          {all
            .filter((s) => !chosen.includes(s.key))
            .map((s) => (
              <option key={s.key} value={s.key}>
                {t("common.skillOption", { name: s.name, key: s.key })}
              </option>
            ))}
        </select>
      </div>
    </div>
  );
}
