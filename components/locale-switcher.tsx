"use client";

import { useTranslations } from "next-intl";
import { setLocaleAction } from "@/app/actions";
import { localeNames, locales } from "@/lib/i18n/locales";

/**
 * The language menu in the header: saved on the account when signed in, in a cookie otherwise.
 * Keyed by the current language: the header outlives navigation and React resets a form after its
 * action, so an uncontrolled menu kept showing the language it was first rendered with (after a
 * switch, or after signing in as a user whose saved language differs).
 */
export function LocaleSwitcher({ current }: { current: string }) {
  const t = useTranslations("common");
  return (
    <form key={current} action={setLocaleAction} className="flex items-center gap-1">
      <label htmlFor="locale-switcher" className="sr-only">
        {t("language")}
      </label>
      <select
        id="locale-switcher"
        name="locale"
        defaultValue={current}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="rounded border border-slate-300 bg-white px-1 py-0.5"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded border px-1">
          {t("apply")}
        </button>
      </noscript>
    </form>
  );
}
