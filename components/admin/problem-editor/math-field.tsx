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
  optional = false,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
  /** Every editor field is required (the content format refuses it empty) unless this says not. */
  optional?: boolean;
}) {
  const t = useTranslations("admin.math");
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <FieldLabel id={id} label={label} optional={optional} />
      <textarea
        id={id}
        aria-required={!optional}
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
  optional = false,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  optional?: boolean;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <FieldLabel id={id} label={label} optional={optional} />
      <input
        id={id}
        aria-required={!optional}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        className="rounded border border-slate-400 bg-white px-3 py-2"
      />
    </div>
  );
}

/**
 * A field's label; a required field's is followed by a star, outside the label: the accessible
 * name stays the label, and screen readers hear "required" from aria-required.
 */
function FieldLabel({ id, label, optional }: { id: string; label: string; optional: boolean }) {
  return (
    <div className="flex gap-1 text-sm font-medium">
      <label htmlFor={id}>{label}</label>
      {optional ? null : (
        <span aria-hidden="true" className="text-red-800">
          *
        </span>
      )}
    </div>
  );
}
