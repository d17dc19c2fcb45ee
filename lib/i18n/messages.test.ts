import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { completeLocales, locales } from "./locales";
import { flattenKeys, type Messages, messagesFor, ownMessages } from "./messages";
import { translate } from "./translator";

function valueAt(m: Messages, key: string): string | undefined {
  let cur: string | Messages | undefined = m;
  for (const part of key.split(".")) cur = typeof cur === "object" ? cur[part] : undefined;
  return typeof cur === "string" ? cur : undefined;
}

/** The argument names an ICU message uses ({name}, {n, plural, ...}), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: unknown[]) => {
    for (const el of els as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
      children?: unknown[];
    }[]) {
      if (el.value && el.type !== 0 && el.type !== 7) names.add(el.value);
      for (const o of Object.values(el.options ?? {})) walk(o.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, "en").getAst());
  return [...names].sort();
}

const english = flattenKeys(ownMessages("en"));

describe("message catalogues", () => {
  it("English has messages", () => {
    expect(english.length).toBeGreaterThan(50);
  });

  for (const locale of completeLocales) {
    it(`${locale} has every key English has, and no others`, () => {
      const own = flattenKeys(ownMessages(locale));
      expect(english.filter((k) => !own.includes(k))).toEqual([]);
      expect(own.filter((k) => !english.includes(k))).toEqual([]);
    });
  }

  it("Swedish has every word of the tutor and the answer checker", () => {
    const own = new Set(flattenKeys(ownMessages("sv")));
    const tutorKeys = english.filter((k) => k.startsWith("tutor.") || k.startsWith("answers."));
    expect(tutorKeys.length).toBeGreaterThan(10);
    expect(tutorKeys.filter((k) => !own.has(k))).toEqual([]);
  });

  for (const locale of locales) {
    it(`${locale}: every message parses and uses the same arguments as English`, () => {
      const own = ownMessages(locale);
      const problems: string[] = [];
      for (const key of flattenKeys(own)) {
        const text = valueAt(own, key) as string;
        const en = valueAt(ownMessages("en"), key);
        try {
          const args = argumentsOf(text);
          if (en !== undefined && JSON.stringify(args) !== JSON.stringify(argumentsOf(en)))
            problems.push(`${key}: ${args.join(",")} vs English ${argumentsOf(en).join(",")}`);
        } catch (e) {
          problems.push(`${key}: ${(e as Error).message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it("a partial locale falls back to English, never to a bare key", () => {
    const ar = messagesFor("ar");
    for (const key of english) expect(valueAt(ar, key)).toBeTypeOf("string");
    expect(translate("ar")("common.signOut")).not.toBe(translate("en")("common.signOut"));
  });
});
