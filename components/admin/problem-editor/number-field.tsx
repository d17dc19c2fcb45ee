"use client";

import { useId, useState } from "react";

/**
 * A number input that keeps what the author types ("1.", "-") while reporting the number (NaN
 * while it is not one; saving then reports the field). `optional` fields report undefined when empty.
 */
export function NumberField({
  label,
  value,
  onChange,
  optional = false,
}: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  optional?: boolean;
}) {
  const id = useId();
  const [raw, setRaw] = useState(value === undefined || Number.isNaN(value) ? "" : String(value));
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={raw}
        onChange={(e) => {
          setRaw(e.target.value);
          const t = e.target.value.trim();
          onChange(t === "" ? (optional ? undefined : Number.NaN) : Number(t));
        }}
        className="w-40 max-w-full rounded border border-slate-400 bg-white px-3 py-2"
      />
    </div>
  );
}
