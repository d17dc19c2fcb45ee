import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  cleanFormFields,
  cleanTextField,
  hasControls,
  idField,
  isId,
  keyField,
  requireId,
  stripControls,
  stripControlsDeep,
  stripJsonControls,
} from "./text";

describe("stripControls", () => {
  it("removes NUL and the other C0/C1 controls, keeps newlines and tabs, normalises CRLF", () => {
    expect(stripControls("a\u0000b\u0001c\u001b[31md\u007fe\u0085f\u009bg")).toBe("abc[31mdefg");
    expect(stripControls("line one\r\nline two\rthree\tend")).toBe("line one\nline two\nthree\tend");
    expect(stripControls("ünïcödé ½ ∑ 😀 \u200b")).toBe("ünïcödé ½ ∑ 😀 \u200b");
  });

  it("single-line fields turn line breaks and tabs into spaces", () => {
    expect(stripControls("Algebra\n\t1\u0000", { singleLine: true })).toBe("Algebra 1");
  });

  it("hasControls sees every control, newline included", () => {
    expect(hasControls("a\nb")).toBe(true);
    expect(hasControls("\u0085")).toBe(true);
    expect(hasControls("plain")).toBe(false);
  });
});

describe("cleanTextField", () => {
  const name = cleanTextField(z.string().trim().min(1, "Enter a name.").max(5), { singleLine: true });
  it("strips before the rules run: a NUL-only name is empty, not a database error", () => {
    expect(name.safeParse("\u0000\u0000").error?.issues[0]?.message).toBe("Enter a name.");
    expect(name.parse(" Ann\u0000 ")).toBe("Ann");
    expect(name.safeParse(42).success).toBe(false);
  });
});

describe("ids and keys", () => {
  it("ids are word characters and dashes, 1 to 64", () => {
    for (const ok of ["cm3x9abc", "a-b_c", "x".repeat(64)]) expect(isId(ok)).toBe(true);
    for (const bad of ["", "a\u0000b", "x".repeat(65), "../etc", "a b", 5, null]) expect(isId(bad)).toBe(false);
    expect(idField().safeParse("a\u0000").success).toBe(false);
    expect(() => requireId("a/b")).toThrow(/not valid/);
    expect(requireId("abc")).toBe("abc");
  });

  it("keys are printable ASCII: a NUL or an escape is refused, not stripped", () => {
    expect(keyField().safeParse("0b6f2c1e-5a8d-4c57-9e2b-3f1d7c9a4b10").success).toBe(true);
    expect(keyField().safeParse("key\u0000-nul-1").success).toBe(false);
    expect(keyField().safeParse("key-\u001b[31m-1").success).toBe(false);
    expect(keyField().safeParse("short").success).toBe(false);
  });
});

describe("stripControlsDeep and cleanFormFields", () => {
  it("cleans every string of a draft, keys too, without touching prototypes", () => {
    const draft = JSON.parse('{"title":"T\\u0000","steps":[{"prompt":"P\\u0001"}],"__proto__":{"polluted":true}}');
    const clean = stripControlsDeep(draft) as Record<string, unknown>;
    expect(clean.title).toBe("T");
    expect(clean.steps).toEqual([{ prompt: "P" }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
  });

  it("reads a FormData's strings (cleaned) and gives {} for anything else", () => {
    const f = new FormData();
    f.set("name", "A\u0000\nB");
    f.set("note", "x\ny");
    f.set("file", new File(["x"], "x.txt"));
    expect(cleanFormFields(f, ["name"])).toEqual({ name: "A B", note: "x\ny" });
    for (const junk of [undefined, null, "form", { get: () => "x" }, []]) expect(cleanFormFields(junk)).toEqual({});
  });
});

describe("stripJsonControls", () => {
  it("removes raw and escaped controls from JSON strings and keeps the JSON valid", () => {
    const doc = JSON.stringify({ title: "A\u0000B\u0001\u001bC\u0085", keep: "tab\there\nnew", slash: "\\u0000" });
    const clean = JSON.parse(stripJsonControls(doc));
    expect(clean).toEqual({ title: "ABC", keep: "tab\there\nnew", slash: "\\u0000" });
    expect(JSON.parse(stripJsonControls(`"${"\\u0000".repeat(7)}x"`))).toBe("x");
    expect(JSON.parse(stripJsonControls('"a\\\\\\u0000b"'))).toBe("a\\b"); // an escaped backslash, then a NUL
  });
});
