"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { MathText } from "@/components/math-text";

/** A text area with a live KaTeX preview ($…$ is maths; write money as \$5). */
export function MathField({
  label,
  value,
  onChange,
  rows = 2,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
}) {
  const t = useTranslations("admin.math");
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded border border-slate-400 bg-white px-3 py-2"
      />
      {value.trim() ? (
        <div className="rounded bg-slate-50 px-3 py-1 text-sm">
          <span className="text-slate-600">{t("preview")}</span>
          <MathText text={value} />
        </div>
      ) : null}
    </div>
  );
}

export function PlainField({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        className="rounded border border-slate-400 bg-white px-3 py-2"
      />
    </div>
  );
}
