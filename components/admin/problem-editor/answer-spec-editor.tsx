"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { MathText } from "@/components/math-text";
import type { SpecDraft, SpecKind } from "./draft";
import { defaultSpec, replaceAt, SPEC_KINDS } from "./draft";
import { PlainField } from "./math-field";
import { NumberField } from "./number-field";

type UnitDraft = { name: string; aliases?: string[]; required?: boolean };

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}

function UnitFields({ unit, onChange }: { unit: UnitDraft | undefined; onChange: (u: UnitDraft | undefined) => void }) {
  const t = useTranslations("admin.spec");
  return (
    <div className="flex flex-wrap items-end gap-3">
      <PlainField
        label={t("unit")}
        optional
        value={unit?.name ?? ""}
        placeholder={t("unitExample")}
        onChange={(name) => onChange(name.trim() ? { ...unit, name } : undefined)}
      />
      {unit ? (
        <>
          <TextList
            label={t("unitAliases")}
            separator=","
            value={unit.aliases}
            onChange={(aliases) => onChange({ ...unit, aliases })}
          />
          <Check
            label={t("unitRequired")}
            checked={unit.required ?? false}
            onChange={(required) => onChange({ ...unit, required })}
          />
        </>
      ) : null}
    </div>
  );
}

function ToleranceFields({
  tolerance,
  onChange,
}: {
  tolerance: { abs?: number; rel?: number } | undefined;
  onChange: (t: { abs?: number; rel?: number } | undefined) => void;
}) {
  const t = useTranslations("admin.spec");
  const set = (part: "abs" | "rel", v: number | undefined) => {
    const next = { ...tolerance, [part]: v };
    onChange(next.abs === undefined && next.rel === undefined ? undefined : next);
  };
  return (
    <div className="flex flex-wrap gap-3">
      <NumberField label={t("absTolerance")} value={tolerance?.abs} optional onChange={(v) => set("abs", v)} />
      <NumberField label={t("relTolerance")} value={tolerance?.rel} optional onChange={(v) => set("rel", v)} />
    </div>
  );
}

/** JSON editing for any spec (the only editor for lists): applied whenever the text parses. */
function JsonSpec({ spec, onChange, label }: { spec: SpecDraft; onChange: (s: SpecDraft) => void; label: string }) {
  const t = useTranslations("admin.spec");
  const id = useId();
  const [text, setText] = useState(JSON.stringify(spec, null, 2));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={8}
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          try {
            const parsed = JSON.parse(e.target.value) as SpecDraft;
            if (!parsed || typeof parsed !== "object" || !("kind" in parsed)) throw new Error(t("needsKind"));
            setError(null);
            onChange(parsed);
          } catch (err) {
            setError(t("notApplied", { reason: (err as Error).message }));
          }
        }}
        className="rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
      />
      {error ? (
        <p className="text-sm text-red-800" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ChoiceFields({
  spec,
  onChange,
  label,
}: {
  spec: Extract<SpecDraft, { kind: "choice" }>;
  onChange: (s: SpecDraft) => void;
  label: string;
}) {
  const t = useTranslations("admin.spec");
  const name = useId();
  return (
    <fieldset className="min-w-0 flex flex-col gap-2">
      <legend className="text-sm font-medium">{t("options", { label })}</legend>
      {spec.options.map((o, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place; their index is their identity
        <div key={i} className="flex flex-wrap items-center gap-2">
          <input
            type="radio"
            name={name}
            checked={spec.correct === i}
            onChange={() => onChange({ ...spec, correct: i })}
            aria-label={t("optionCorrect", { n: i + 1 })}
          />
          <input
            value={o}
            onChange={(e) => onChange({ ...spec, options: replaceAt(spec.options, i, e.target.value) })}
            aria-label={t("option", { n: i + 1 })}
            className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-1.5"
          />
          {o.includes("$") ? <MathText text={o} className="text-sm" /> : null}
          <button
            type="button"
            disabled={spec.options.length <= 2}
            onClick={() =>
              onChange({
                ...spec,
                options: spec.options.filter((_, j) => j !== i),
                correct: spec.correct > i ? spec.correct - 1 : spec.correct === i ? 0 : spec.correct,
              })
            }
            className="rounded border border-slate-400 px-2 py-1 text-sm disabled:opacity-50"
          >
            {t("removeOption", { n: i + 1 })}
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          onClick={() => onChange({ ...spec, options: [...spec.options, ""] })}
          className="rounded border border-blue-700 px-2 py-1 text-sm text-blue-800"
        >
          {t("addOption")}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * The structured editor for an answer specification: every kind in lib/tutor/answers/spec.ts,
 * with "Edit as JSON" for anything the form does not cover (and for lists).
 */
export function AnswerSpecEditor({
  spec,
  onChange,
  label,
}: {
  spec: SpecDraft;
  onChange: (s: SpecDraft) => void;
  label: string;
}) {
  const t = useTranslations("admin.spec");
  const kindId = useId();
  const [asJson, setAsJson] = useState(false);
  const [version, setVersion] = useState(0);
  const setKind = (kind: SpecKind) => {
    onChange(defaultSpec(kind));
    setVersion((v) => v + 1);
  };
  let fields: React.ReactNode = null;
  if (asJson || spec.kind === "list") {
    fields = (
      <JsonSpec
        key={`${version}-${spec.kind}`}
        spec={spec}
        onChange={onChange}
        label={spec.kind === "list" ? t("listJson", { label }) : t("json", { label })}
      />
    );
  } else {
    switch (spec.kind) {
      case "numeric":
        fields = (
          <>
            <NumberField
              label={t("value", { label })}
              value={spec.value}
              onChange={(v) => onChange({ ...spec, value: v ?? Number.NaN })}
            />
            <ToleranceFields tolerance={spec.tolerance} onChange={(tolerance) => onChange({ ...spec, tolerance })} />
            <NumericFormFields spec={spec} onChange={onChange} />
            <UnitFields unit={spec.unit} onChange={(unit) => onChange({ ...spec, unit })} />
          </>
        );
        break;
      case "fraction":
        fields = (
          <>
            <PlainField
              label={t("value", { label })}
              value={spec.value}
              placeholder={t("fractionExample")}
              onChange={(value) => onChange({ ...spec, value })}
            />
            <Check
              label={t("fractionAcceptDecimal")}
              checked={spec.acceptDecimal ?? true}
              onChange={(acceptDecimal) => onChange({ ...spec, acceptDecimal })}
            />
            <Check
              label={t("lowestTerms")}
              checked={spec.requireSimplified ?? false}
              onChange={(requireSimplified) => onChange({ ...spec, requireSimplified })}
            />
            <div className="flex flex-wrap items-end gap-3">
              <NumberField
                label={t("denominator")}
                value={spec.denominator}
                optional
                onChange={(denominator) => onChange({ ...spec, denominator })}
              />
              <Choose
                label={t("mixedOrImproper")}
                value={spec.form ?? "any"}
                options={[
                  ["any", t("either")],
                  ["mixed", t("mixed")],
                  ["improper", t("improper")],
                ]}
                onChange={(form) => onChange({ ...spec, form: form === "any" ? undefined : form })}
              />
            </div>
            <UnitFields unit={spec.unit} onChange={(unit) => onChange({ ...spec, unit })} />
          </>
        );
        break;
      case "percentage":
        fields = (
          <>
            <NumberField
              label={t("valuePercent", { label })}
              value={spec.value}
              onChange={(v) => onChange({ ...spec, value: v ?? Number.NaN })}
            />
            <ToleranceFields tolerance={spec.tolerance} onChange={(tolerance) => onChange({ ...spec, tolerance })} />
            <Check
              label={t("percentAcceptDecimal")}
              checked={spec.acceptDecimal ?? false}
              onChange={(acceptDecimal) => onChange({ ...spec, acceptDecimal })}
            />
          </>
        );
        break;
      case "expression":
        fields = (
          <>
            <PlainField
              label={t("expression", { label })}
              value={spec.value}
              // i18n-ignore: maths notation
              placeholder="2(x+3)"
              onChange={(value) => onChange({ ...spec, value })}
            />
            <TextList
              label={t("variables")}
              separator=","
              value={spec.variables}
              onChange={(variables) => onChange({ ...spec, variables })}
            />
            <div className="flex flex-wrap items-end gap-3">
              <FormSelect value={spec.form ?? "any"} onChange={(form) => onChange({ ...spec, form })} />
              <Choose
                label={t("approximations")}
                value={spec.exact === undefined ? "default" : spec.exact ? "exact" : "accept"}
                options={[
                  ["default", t("approxDefault")],
                  ["exact", t("approxExact")],
                  ["accept", t("approxAccept")],
                ]}
                onChange={(v) => onChange({ ...spec, exact: v === "default" ? undefined : v === "exact" })}
              />
            </div>
            <div className="flex flex-wrap items-end gap-3">
              <PlainField
                label={t("constant")}
                optional
                value={spec.constant ?? ""}
                // i18n-ignore: a maths symbol
                placeholder="C"
                onChange={(constant) => onChange({ ...spec, constant: constant.trim() || undefined })}
              />
              <Check
                label={t("complex")}
                checked={spec.complex ?? false}
                onChange={(complex) => onChange({ ...spec, complex: complex || undefined })}
              />
            </div>
          </>
        );
        break;
      case "equation":
        fields = (
          <>
            <PlainField
              label={t("equation", { label })}
              value={spec.value}
              placeholder={t("equationExample")}
              onChange={(value) => onChange({ ...spec, value })}
            />
            <TextList
              label={t("variables")}
              separator=","
              value={spec.variables}
              onChange={(variables) => onChange({ ...spec, variables })}
            />
            <div className="flex flex-wrap items-end gap-3">
              <Choose
                label={t("notation")}
                value={spec.notation ?? "any"}
                options={[
                  ["any", t("either")],
                  ["interval", t("interval")],
                  ["inequality", t("inequality")],
                ]}
                onChange={(notation) => onChange({ ...spec, notation: notation === "any" ? undefined : notation })}
              />
              <Choose
                label={t("whichEquation")}
                value={spec.form ?? "any"}
                options={[
                  ["any", t("anyEquation")],
                  ["step", t("stepEquation")],
                ]}
                onChange={(form) => onChange({ ...spec, form: form === "any" ? undefined : form })}
              />
            </div>
          </>
        );
        break;
      case "choice":
        fields = <ChoiceFields spec={spec} onChange={onChange} label={label} />;
        break;
      case "text":
        fields = (
          <>
            <TextList
              label={t("accepted", { label })}
              value={spec.accepted}
              onChange={(accepted) => onChange({ ...spec, accepted })}
            />
            <Choose
              label={t("compareAs")}
              value={spec.match ?? "words"}
              options={[
                ["words", t("compareWords")],
                ["code", t("compareCode")],
                ["chemistry", t("compareChemistry")],
              ]}
              onChange={(match) => onChange({ ...spec, match: match === "words" ? undefined : match })}
            />
          </>
        );
        break;
    }
  }
  return (
    <div className="flex flex-col gap-3 rounded border border-slate-200 p-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={kindId} className="text-sm font-medium">
            {t("kind", { label })}
          </label>
          <select
            id={kindId}
            value={spec.kind}
            onChange={(e) => setKind(e.target.value as SpecKind)}
            className="rounded border border-slate-400 bg-white px-3 py-2"
          >
            {SPEC_KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {t(`kinds.${k.kind}`)}
              </option>
            ))}
          </select>
        </div>
        {spec.kind !== "list" ? (
          <button
            type="button"
            onClick={() => {
              setAsJson((v) => !v);
              setVersion((v) => v + 1);
            }}
            className="rounded border border-slate-400 px-2 py-1.5 text-sm"
          >
            {asJson ? t("editForm") : t("editJson")}
          </button>
        ) : null}
      </div>
      <div key={version} className="flex flex-col gap-3">
        {fields}
      </div>
    </div>
  );
}

/** A labelled select over fixed options. */
function Choose<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: [T, string][];
  onChange: (v: T) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        className="w-64 max-w-full rounded border border-slate-400 bg-white px-3 py-2"
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Rounding and notation a numeric answer must be written in (lib/tutor/answers/spec.ts). */
function NumericFormFields({
  spec,
  onChange,
}: {
  spec: Extract<SpecDraft, { kind: "numeric" }>;
  onChange: (s: SpecDraft) => void;
}) {
  const t = useTranslations("admin.spec");
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        <NumberField
          label={t("decimals")}
          value={spec.decimals}
          optional
          onChange={(decimals) => onChange({ ...spec, decimals })}
        />
        <NumberField
          label={t("sigfigs")}
          value={spec.sigfigs}
          optional
          onChange={(sigfigs) => onChange({ ...spec, sigfigs })}
        />
      </div>
      <Check
        label={t("scientific")}
        checked={spec.scientific ?? false}
        onChange={(scientific) => onChange({ ...spec, scientific: scientific || undefined })}
      />
      <Check
        label={t("acceptFraction")}
        checked={spec.acceptFraction ?? true}
        onChange={(acceptFraction) => onChange({ ...spec, acceptFraction: acceptFraction ? undefined : false })}
      />
    </div>
  );
}

function FormSelect({
  value,
  onChange,
}: {
  value: "any" | "expanded" | "factored";
  onChange: (v: "any" | "expanded" | "factored") => void;
}) {
  const t = useTranslations("admin.spec");
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {t("requiredForm")}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as "any" | "expanded" | "factored")}
        className="w-48 max-w-full rounded border border-slate-400 bg-white px-3 py-2"
      >
        <option value="any">{t("formAny")}</option>
        <option value="expanded">{t("formExpanded")}</option>
        <option value="factored">{t("formFactored")}</option>
      </select>
    </div>
  );
}

/** A list edited as text (lines or commas): keeps what is typed, reports the non-empty items. */
function TextList({
  label,
  value,
  onChange,
  separator = "\n",
}: {
  label: string;
  value: string[] | undefined;
  onChange: (v: string[]) => void;
  separator?: "\n" | ",";
}) {
  const id = useId();
  const [raw, setRaw] = useState((value ?? []).join(separator === "," ? ", " : "\n"));
  const Input = separator === "\n" ? "textarea" : "input";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <Input
        id={id}
        {...(separator === "\n" ? { rows: 3 } : {})}
        value={raw}
        onChange={(e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
          setRaw(e.target.value);
          onChange(
            e.target.value
              .split(separator)
              .map((x) => x.trim())
              .filter(Boolean),
          );
        }}
        className="rounded border border-slate-400 bg-white px-3 py-2"
      />
    </div>
  );
}
