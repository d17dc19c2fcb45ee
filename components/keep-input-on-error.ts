"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";

/**
 * What a person typed stays in the form when the server action answers with an error. React
 * resets a form after its action, so a refused "create" emptied every field and the person had
 * to type it all again (found in a browser walk: a duplicate email wiped the name too). The
 * values are taken as the form is submitted and put back once the error is shown; passwords
 * and files are left empty, as browsers and most sites do. After success the form stays reset.
 * Without JavaScript the page re-renders as before.
 *
 * `stale`: another form on the page has been submitted since this form's answer, so its message
 * ("Choose a skill to add.") no longer describes what the person is doing and is hidden (a walk
 * saw it next to another form's "Saved.").
 */
export function useKeepInputOnError(state: { error?: string | null }) {
  const ref = useRef<HTMLFormElement>(null);
  const sent = useRef<[string, string][] | null>(null);
  const onSubmitCapture = (e: FormEvent<HTMLFormElement>) => {
    const entries: [string, string][] = [];
    for (const [name, value] of new FormData(e.currentTarget))
      if (typeof value === "string") entries.push([name, value]);
    sent.current = entries;
  };
  useEffect(() => {
    const form = ref.current;
    const entries = sent.current;
    if (!state.error || !form || !entries) return;
    restoreForm(form, entries);
  }, [state]);
  const [stale, setStale] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer is a fresh message
  useEffect(() => setStale(false), [state]);
  useEffect(() => {
    const onAnySubmit = (e: Event) => {
      if (e.target !== ref.current) setStale(true);
    };
    document.addEventListener("submit", onAnySubmit, true);
    return () => document.removeEventListener("submit", onAnySubmit, true);
  }, []);
  return { ref, onSubmitCapture, stale };
}

/** Puts submitted values back into a form's fields (not passwords, files or hidden fields). */
export function restoreForm(form: HTMLFormElement, entries: [string, string][]): void {
  const byName = new Map<string, string[]>();
  for (const [name, value] of entries) byName.set(name, [...(byName.get(name) ?? []), value]);
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement))
      continue;
    if (!el.name) continue;
    const values = byName.get(el.name) ?? [];
    if (el instanceof HTMLInputElement) {
      if (el.type === "password" || el.type === "file" || el.type === "hidden" || el.type === "submit") continue;
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = values.includes(el.value);
        continue;
      }
    }
    if (el instanceof HTMLSelectElement && el.multiple) {
      for (const o of Array.from(el.options)) o.selected = values.includes(o.value);
      continue;
    }
    const value = values[0];
    if (value !== undefined) el.value = value;
  }
}
