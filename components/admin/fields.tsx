import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// min-w-0 and max-w-full: a select as wide as its longest option (a long skill name) must not
// widen the page on a phone.
const box = "min-w-0 max-w-full rounded border border-slate-400 bg-white px-3 py-2 focus:border-blue-700";

export function TextField({
  label,
  id,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; id: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input id={id} name={props.name ?? id} className={box} {...props} />
    </div>
  );
}

export function TextArea({
  label,
  id,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; id: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea id={id} name={props.name ?? id} rows={3} className={box} {...props} />
    </div>
  );
}

export function SelectField({
  label,
  id,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; id: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={props.name ?? id} className={`${box} w-full`} {...props}>
        {children}
      </select>
    </div>
  );
}

export function StatusBadge({ published, label }: { published: boolean; label?: string }) {
  const t = useTranslations("admin.common");
  return (
    <span
      className={
        published
          ? "rounded bg-green-100 px-1.5 py-0.5 text-sm text-green-900"
          : "rounded bg-amber-100 px-1.5 py-0.5 text-sm text-amber-900"
      }
    >
      {label ?? (published ? t("published") : t("draft"))}
    </span>
  );
}
