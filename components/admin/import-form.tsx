"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import type { ImportErrorReply, ImportReply, PlaceInWords } from "@/lib/authoring/import-text";

type Reply = { ok: true; data: ImportReply } | { ok: false; data: Partial<ImportErrorReply> };

const KINDS = ["skills", "problemSets", "problems"] as const;

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
    publish: useId(),
  };
  const [format, setFormat] = useState<Format>("stepwise");
  const [pending, setPending] = useState(false);
  const [reply, setReply] = useState<Reply | null>(null);

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
    for (const name of ["skipInvalid", "publish"]) {
      if (el.querySelector<HTMLInputElement>(`[name="${name}"]`)?.checked) body.set(name, "on");
    }
    body.set("setKey", el.querySelector<HTMLInputElement>(`[name="setKey"]`)?.value ?? "");
    setPending(true);
    setReply(null);
    try {
      const res = await fetch("/admin/import/upload", { method: "POST", body });
      const data = await res.json().catch(() => ({ message: t("httpError", { status: res.status }) }));
      setReply(
        res.ok && "changes" in data
          ? { ok: true, data: data as ImportReply }
          : { ok: false, data: data as ImportErrorReply },
      );
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
      <div className="flex items-start gap-2">
        <input
          id={ids.publish}
          name="publish"
          type="checkbox"
          className="mt-1"
          aria-describedby={`${ids.publish}-help`}
        />
        <div>
          <label htmlFor={ids.publish}>{t("publishNow")}</label>
          <p id={`${ids.publish}-help`} className="text-sm text-slate-700">
            {t("publishNowHelp")}
          </p>
        </div>
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
      {reply && !reply.ok ? <ImportFailure data={reply.data} /> : null}
      {reply?.ok ? <ImportDone data={reply.data} /> : null}
    </form>
  );
}

/** Where an import error is (file, place, what is wrong), or only the message when the importer did not say. */
function ImportFailure({ data }: { data: Partial<ImportErrorReply> }) {
  const t = useTranslations("admin.import");
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm break-words text-red-800">
      {data.at ? (
        <>
          <p className="font-medium">{t("failedTitle")}</p>
          <dl className="mt-1 grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
            {data.at.file ? (
              <>
                <dt className="font-medium">{t("where.file")}</dt>
                <dd className="break-all">{data.at.file}</dd>
              </>
            ) : null}
            <dt className="font-medium">{t("where.place")}</dt>
            <dd>{data.at.where}</dd>
            <dt className="font-medium">{t("where.problem")}</dt>
            <dd>{data.at.problem}</dd>
          </dl>
        </>
      ) : (
        <p>{t("failed", { message: data.message ?? "" })}</p>
      )}
    </div>
  );
}

/** The import's result in words: what was created, updated or left alone, by kind; what was skipped and why. */
function ImportDone({ data }: { data: ImportReply }) {
  const t = useTranslations("admin.import");
  const c = data.counts;
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-950"
    >
      <p className="font-medium">{t("doneTitle")}</p>
      <ul className="list-disc ps-5" aria-label={t("changesLabel")}>
        {KINDS.map((kind) => (
          <li key={kind}>{t("changeLine", { kind, ...data.changes[kind] })}</li>
        ))}
      </ul>
      <p>
        {t("read", {
          problems: c.problems,
          steps: c.steps,
          hints: c.hints,
          wrong: c.wrong_answers,
          versions: data.summary.newVersions,
        })}
      </p>
      <p>{data.published ? t("publishedNote") : t("draftNote")}</p>
      {data.skipped.length ? (
        <details>
          <summary className="cursor-pointer">{t("skipped", { count: data.skipped.length })}</summary>
          <ul className="mt-1 list-disc ps-5">
            {data.skipped.map((s: PlaceInWords, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the skipped records in the importer's order
              <li key={i} className="break-words">
                {s.file
                  ? t("skippedAt", { file: s.file, where: s.where, problem: s.problem })
                  : t("skippedNoFile", { where: s.where, problem: s.problem })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
