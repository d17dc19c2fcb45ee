"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** localStorage key: one per user, so a second student on the same device still sees it once. */
export const helpSeenKey = (userId: string) => `stepwise:help-hint-stuck:${userId}`;

function readSeen(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false; // storage blocked: show it (dismissing still hides it for this page)
  }
}

/**
 * What "Hint" and "I'm stuck" do, shown the first time a user opens a problem until they
 * dismiss it (remembered per user in localStorage), and again from the small "?" button.
 * Rendered after mount only: the server cannot know what this browser remembers.
 */
export function useFirstRunHelp(userId: string | undefined) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (userId && !readSeen(helpSeenKey(userId))) setOpen(true);
  }, [userId]);
  const dismiss = () => {
    setOpen(false);
    if (!userId) return;
    try {
      window.localStorage.setItem(helpSeenKey(userId), "1");
    } catch {
      // storage blocked: nothing to remember
    }
  };
  return { open, toggle: () => (open ? dismiss() : setOpen(true)), dismiss };
}

export function FirstRunHelp({ onDismiss }: { onDismiss: () => void }) {
  const t = useTranslations("student.chat");
  return (
    <section
      id="hint-stuck-help"
      aria-labelledby="hint-stuck-help-title"
      className="rounded-lg border border-blue-300 bg-blue-50 p-3 text-sm"
      data-first-run-help
    >
      <h2 id="hint-stuck-help-title" className="font-semibold">
        {t("helpTitle")}
      </h2>
      <p className="mt-1">
        <strong>{t("hint")}</strong>: {t("helpHint")}
      </p>
      <p className="mt-1">
        <strong>{t("stuck")}</strong>: {t("helpStuck")}
      </p>
      <button
        type="button"
        onClick={onDismiss}
        className="mt-2 min-h-11 rounded bg-blue-700 px-4 font-medium text-white hover:bg-blue-800"
      >
        {t("helpDismiss")}
      </button>
    </section>
  );
}
