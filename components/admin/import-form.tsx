"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";

interface ImportReply {
  counts?: Record<string, string | number>;
  summary?: { newVersions: number; problemSets: number };
  skipped?: { file: string; record: string; field: string; message: string }[];
  message?: string;
}

const FORMATS = ["stepwise", "oatutor", "mathdial", "class"] as const;
type Format = (typeof FORMATS)[number];

/** Uploads content to /admin/import/upload; the reply is the importer's summary or its error. */
export function ImportForm() {
  const t = useTranslations("admin.import");
  const ids = {
    format: useId(),
    file: useId(),
    folder: useId(),
    model: useId(),
    set: useId(),
    skip: useId(),
    draft: useId(),
  };
  const [format, setFormat] = useState<Format>("stepwise");
  const [pending, setPending] = useState(false);
  const [reply, setReply] = useState<{ ok: boolean; data: ImportReply } | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const body = new FormData();
    body.set("format", format);
    const input = el.querySelector<HTMLInputElement>(`[name="upload"]`);
    for (const f of Array.from(input?.files ?? [])) {
      body.append("files", f);
      body.append("paths", (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name);
    }
    const model = el.querySelector<HTMLInputElement>(`[name="skillModel"]`)?.files?.[0];
    if (model) body.set("skillModel", model);
    for (const name of ["skipInvalid", "draft"]) {
      if (el.querySelector<HTMLInputElement>(`[name="${name}"]`)?.checked) body.set(name, "on");
    }
    body.set("setKey", el.querySelector<HTMLInputElement>(`[name="setKey"]`)?.value ?? "");
    setPending(true);
    setReply(null);
    try {
      const res = await fetch("/admin/import/upload", { method: "POST", body });
      setReply({
        ok: res.ok,
        data: (await res.json().catch(() => ({ message: t("httpError", { status: res.status }) }))) as ImportReply,
      });
    } catch {
      setReply({ ok: false, data: { message: t("unreachable") } });
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} className="grid max-w-2xl gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.format} className="text-sm font-medium">
          {t("format")}
        </label>
        <select
          id={ids.format}
          value={format}
          onChange={(e) => setFormat(e.target.value as Format)}
          className="rounded border border-slate-400 bg-white px-3 py-2"
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`formats.${f}`)}
            </option>
          ))}
        </select>
        <p className="text-sm text-slate-700">{t(`help.${format}`)}</p>
      </div>
      {format === "oatutor" ? (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.folder} className="text-sm font-medium">
              {t("folder")}
            </label>
            {/* @ts-expect-error webkitdirectory is not in React's input attributes */}
            <input id={ids.folder} key="folder" name="upload" type="file" webkitdirectory="" multiple required />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.model} className="text-sm font-medium">
              {t("skillModel")}
            </label>
            <input id={ids.model} name="skillModel" type="file" accept=".json" />
          </div>
        </>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.file} className="text-sm font-medium">
            {t("file")}
          </label>
          <input
            id={ids.file}
            key="file"
            name="upload"
            type="file"
            accept={format === "stepwise" ? ".json" : format === "mathdial" ? ".jsonl" : ".csv,.jsonl"}
            required
          />
        </div>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.set} className="text-sm font-medium">
          {t("setKey")}
        </label>
        <input id={ids.set} name="setKey" className="rounded border border-slate-400 bg-white px-3 py-2" />
      </div>
      <div className="flex items-center gap-2">
        <input id={ids.skip} name="skipInvalid" type="checkbox" />
        <label htmlFor={ids.skip}>{t("skipInvalid")}</label>
      </div>
      <div className="flex items-center gap-2">
        <input id={ids.draft} name="draft" type="checkbox" />
        <label htmlFor={ids.draft}>{t("draft")}</label>
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {pending ? t("importing") : t("submit")}
        </button>
      </div>
      {reply && !reply.ok ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("failed", { message: reply.data.message ?? "" })}
        </p>
      ) : null}
      {reply?.ok ? (
        <div role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          <p>
            {t("done", {
              problems: Number(reply.data.counts?.problems ?? 0),
              versions: reply.data.summary?.newVersions ?? 0,
              sets: reply.data.summary?.problemSets ?? 0,
            })}
          </p>
          <p className="mt-1">{t("countsLabel")}</p>
          <pre className="overflow-x-auto font-mono text-xs">{JSON.stringify(reply.data.counts)}</pre>
          {reply.data.skipped?.length ? (
            <details className="mt-1">
              <summary>{t("skipped", { count: reply.data.skipped.length })}</summary>
              <ul className="list-disc ps-5">
                {reply.data.skipped.map((s) => (
                  <li key={`${s.file}-${s.record}`}>
                    {t("skippedEntry", { file: s.file, record: s.record, field: s.field, message: s.message })}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
