import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";

export function Field({ label, id, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; id: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={id}
        className="rounded border border-slate-400 bg-white px-3 py-2 focus:border-blue-700"
        {...props}
      />
    </div>
  );
}

/** A refused form's error; with `all` (every field's issue), the whole list at once. */
export function FormError({ message, all }: { message?: string | null; all?: string[] }) {
  if (!message) return null;
  if (all && all.length > 1)
    return (
      <ul
        role="alert"
        className="list-disc rounded border border-red-300 bg-red-50 py-2 ps-7 pe-3 text-sm text-red-800"
      >
        {all.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    );
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: string }) {
  const t = useTranslations("auth.form");
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
    >
      {pending ? t("pleaseWait") : children}
    </button>
  );
}
