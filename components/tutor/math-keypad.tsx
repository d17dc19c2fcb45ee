"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { flushSync } from "react-dom";

/**
 * The symbols a phone keyboard hides, each a button that types into the answer box at the caret
 * (decision 017: a light keypad, no dependency). `insert` is what goes in; `caret` how far back
 * from its end the caret lands ("√()" leaves it inside the brackets). Only symbols the answer
 * checker reads (lib/tutor/answers): "√", "π", "≤", "≥" are normalized there; "±" is not, so it
 * has no key.
 */
export const MATH_KEYS = [
  { id: "slash", label: "/", insert: "/" },
  { id: "power", label: "^", insert: "^" },
  { id: "sqrt", label: "√", insert: "√()", caret: 1 },
  { id: "pi", label: "π", insert: "π" },
  { id: "open", label: "(", insert: "(" },
  { id: "close", label: ")", insert: ")" },
  { id: "le", label: "≤", insert: "≤" },
  { id: "ge", label: "≥", insert: "≥" },
  { id: "x", label: "x", insert: "x" },
  { id: "eq", label: "=", insert: "=" },
] as const;

/** The text after typing `insert` over the selection [start, end), and where the caret goes. */
export function insertAt(
  value: string,
  start: number,
  end: number,
  insert: string,
  caretBack = 0,
): { value: string; caret: number } {
  const s = Math.max(0, Math.min(start, value.length));
  const e = Math.max(s, Math.min(end, value.length));
  const next = value.slice(0, s) + insert + value.slice(e);
  return { value: next, caret: s + insert.length - caretBack };
}

export function MathKeypad({
  inputRef,
  value,
  onChange,
  disabled,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("student.chat");
  const type = (insert: string, caretBack = 0) => {
    const el = inputRef.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? start;
    const next = insertAt(value, start, end, insert, caretBack);
    // React writes the value now (not at its next render), and the caret goes where the symbol
    // ended in the same event: a key typed right after the tap lands inside "√()", never after it
    // (with the caret set a frame later, a fast typist's digit went after the bracket).
    flushSync(() => onChange(next.value));
    el?.focus();
    el?.setSelectionRange(next.caret, next.caret);
  };
  return (
    // Left to right in every language: in a right-to-left page the browser mirrors ≤ ≥ ( ) on
    // the keys (the key inserting "≤" showed "≥").
    <fieldset dir="ltr" className="grid min-w-0 grid-cols-5 gap-1.5" data-math-keypad>
      <legend className="sr-only">{t("mathKeysLabel")}</legend>
      {MATH_KEYS.map((k) => (
        <button
          key={k.id}
          type="button"
          disabled={disabled}
          aria-label={t("insert", { symbol: t(`keyNames.${k.id}`) })}
          // Keep the focus (and the phone's keyboard) in the answer box.
          onPointerDown={(e) => e.preventDefault()}
          onClick={() => type(k.insert, "caret" in k ? k.caret : 0)}
          className="min-h-11 rounded border border-slate-400 bg-white text-lg font-medium hover:bg-slate-100 disabled:opacity-60"
        >
          {k.label}
        </button>
      ))}
    </fieldset>
  );
}
