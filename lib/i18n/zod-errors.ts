import { z } from "zod";
import { type Locale, toLocale } from "./locales";
import type { Translate } from "./translator";

/**
 * zod's own messages ("Too big: expected string to have <=100 characters") in a reader's
 * language, for one parse: `schema.safeParse(data, { error: zodErrorMap(locale) })`. A message
 * the schema sets itself wins over this map (zod's precedence); those carry message keys instead
 * (lib/auth/schemas.ts). An unknown or missing locale gets English, zod's default. Pure.
 */
const builders: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  es: z.locales.es,
  sv: z.locales.sv,
  ar: z.locales.ar,
};

const maps = new Map<Locale, z.core.$ZodErrorMap>();

export function zodErrorMap(locale?: string | null): z.core.$ZodErrorMap {
  const l = toLocale(locale) ?? "en";
  let map = maps.get(l);
  if (!map) {
    map = builders[l]().localeError;
    maps.set(l, map);
  }
  return map;
}

/** What the sentence builder reads of a zod issue (a final issue, or the raw one an error map gets). */
/** The content format's key rule (lib/content/format.ts), as its pattern reads. */
const KEY_PATTERN = "[a-z0-9][a-z0-9._-]*";

export interface IssueLike {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint | Date;
  maximum?: number | bigint | Date;
  inclusive?: boolean;
  expected?: string;
  format?: string;
  /** A regex format's pattern (zod puts its source here). */
  pattern?: string;
  keys?: string[];
  values?: unknown[];
  divisor?: number | bigint;
  /** A union's issues, one list per branch. */
  errors?: IssueLike[][];
}

/** The value is absent: what every branch of a union, or a type check, says when nothing was given. */
function isMissing(issue: IssueLike): boolean {
  if ("input" in issue) return issue.input === undefined;
  if (issue.code === "invalid_type") return /received undefined/.test(issue.message ?? "");
  if (issue.code === "invalid_union" && issue.errors?.length)
    return issue.errors.every((branch) => branch.some((i) => (i.path ?? []).length === 0 && isMissing(i)));
  return false;
}

/** Field names the content and authoring schemas use that have a label (errors.zod.fields.*). */
const FIELDS = new Set([
  "title",
  "name",
  "key",
  "description",
  "statement",
  "prompt",
  "text",
  "answer",
  "skills",
  "prerequisites",
  "steps",
  "hints",
  "wrongAnswers",
  "kind",
  "value",
  "feedback",
  "misconception",
  "match",
  "language",
  "format",
  "version",
  "problemSets",
  "problems",
  "source",
  "email",
  "password",
  "role",
  "translations",
  "type",
  "tolerance",
  "choices",
  "published",
]);

/** Array positions that mean something to an author ("step 2, hint 1"): errors.zod.at.*. */
const POSITIONS: Record<string, string> = {
  steps: "step",
  hints: "hint",
  wrongAnswers: "wrongAnswer",
  problems: "problem",
  problemSets: "set",
  skills: "skill",
  choices: "choice",
};

/**
 * Where in a record a path points, in words: the field's label ("the title") and the positions
 * above it ("step 2, hint 1"). Numbers are shown from 1. Pure but for `t`.
 */
export function fieldInWords(path: readonly PropertyKey[], t: Translate): { field: string; at: string } {
  const names = path.filter((p): p is string => typeof p === "string");
  const last = names.at(-1);
  const positions: string[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const kind = typeof path[i] === "string" ? POSITIONS[path[i] as string] : undefined;
    const n = path[i + 1];
    if (kind && typeof n === "number") positions.push(t(`errors.zod.at.${kind}`, { n: n + 1 }));
  }
  // A path that ends on a position ("steps.1") names the item itself: "step 2".
  const endsOnItem = typeof path.at(-1) === "number" && last !== undefined && POSITIONS[last];
  const field =
    last === undefined || endsOnItem
      ? t("errors.zod.fields.record")
      : FIELDS.has(last)
        ? t(`errors.zod.fields.${last}`)
        : t("errors.zod.fields.other", { name: last });
  return { field, at: positions.join(", ") };
}

/** A sentence begins with a capital (field labels are written in lower case to sit mid-sentence). */
export function capitalize(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s;
}

function num(v: number | bigint | Date | undefined): number {
  return v instanceof Date ? v.getTime() : Number(v ?? 0);
}

/**
 * One zod issue as a sentence that names the field: "The title can't be empty.", "Step 2, hint
 * 1: the text can be at most 2000 characters." Keyed by the issue's code (and, for sizes, what
 * was measured), so every schema's issues read this way, not only the ones seen so far. A
 * refinement's own message (code "custom") is kept as written. Pure but for `t`.
 */
export function zodIssueInWords(issue: IssueLike, t: Translate): string {
  const { field, at } = fieldInWords(issue.path ?? [], t);
  const v = { field };
  let sentence: string;
  switch (issue.code) {
    case "too_small": {
      const min = num(issue.minimum);
      if (issue.origin === "string")
        sentence = min <= 1 ? t("errors.zod.empty", v) : t("errors.zod.tooShort", { ...v, minimum: min });
      else if (issue.origin === "array" || issue.origin === "set")
        sentence = t("errors.zod.tooFew", { ...v, minimum: min });
      else
        sentence = t(issue.inclusive === false ? "errors.zod.greaterThan" : "errors.zod.atLeast", {
          ...v,
          minimum: min,
        });
      break;
    }
    case "too_big": {
      const max = num(issue.maximum);
      if (issue.origin === "string") sentence = t("errors.zod.tooLong", { ...v, maximum: max });
      else if (issue.origin === "array" || issue.origin === "set")
        sentence = t("errors.zod.tooMany", { ...v, maximum: max });
      else
        sentence = t(issue.inclusive === false ? "errors.zod.lessThan" : "errors.zod.atMost", { ...v, maximum: max });
      break;
    }
    case "invalid_type":
      // A final issue carries no input (zod drops it); its English message says what was received.
      sentence = isMissing(issue)
        ? t("errors.zod.missing", v)
        : t("errors.zod.wrongType", { ...v, expected: issue.expected ?? "other" });
      break;
    case "invalid_format":
      // The content format's keys (lib/content/format.ts) say which characters they allow.
      sentence = t("errors.zod.format", {
        ...v,
        format:
          issue.format === "regex" && String(issue.pattern ?? "").includes(KEY_PATTERN)
            ? "key"
            : (issue.format ?? "other"),
      });
      break;
    case "invalid_value":
      sentence = t("errors.zod.oneOf", {
        ...v,
        values: (issue.values ?? []).map((x) => JSON.stringify(x)).join(", "),
      });
      break;
    case "unrecognized_keys":
      sentence = t("errors.zod.unknownKeys", { ...v, keys: (issue.keys ?? []).join(", ") });
      break;
    case "invalid_union":
      // A missing answer is missing, not "of no shape Stepwise accepts" (a browser walk).
      sentence = isMissing(issue) ? t("errors.zod.missing", v) : t("errors.zod.noShape", v);
      break;
    case "not_multiple_of":
      sentence = t("errors.zod.multipleOf", { ...v, divisor: num(issue.divisor as number) });
      break;
    default:
      sentence = issue.code === "custom" && issue.message ? issue.message : t("errors.zod.invalid", v);
  }
  return at ? t("errors.zod.located", { at: capitalize(at), sentence }) : capitalize(sentence);
}

/**
 * An error map for one parse that writes zod's own issues as sentences naming the field
 * (zodIssueInWords): `schema.safeParse(data, { error: zodWordsMap(t) })`. Messages the schema
 * sets itself still win (zod's precedence).
 */
export function zodWordsMap(t: Translate): z.core.$ZodErrorMap {
  return (issue) => zodIssueInWords(issue as IssueLike, t);
}
