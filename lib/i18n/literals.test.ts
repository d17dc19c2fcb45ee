import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { findLiterals } from "./find-literals";

describe("user-visible text lives in messages/", () => {
  it("finds the kinds of literal it is meant to find", () => {
    const src = `
      export function A() {
        return <div title="Open the set"><p>Hello there</p>{"Click me"}<input placeholder="Type here" /><b>{count}</b> · 42</div>;
      }
      export async function act() { return { error: "That did not work." }; }
      // i18n-ignore: a code sample
      const sample = <code>let x = 1</code>;
    `;
    const found = findLiterals("x.tsx", src).map((l) => l.text);
    expect(found).toEqual(["Open the set", "Hello there", "Click me", "Type here", "That did not work."]);
  });

  it("no page, component or action writes user-visible text outside the message files", () => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "app", "components"], {
      encoding: "utf8",
    })
      .split("\n")
      .filter((f) => /\.(tsx?)$/.test(f) && !/\.test\.tsx?$/.test(f));
    const found = files.flatMap((f) => findLiterals(f)).map((l) => `${l.file}:${l.line}: ${l.text}`);
    expect(found).toEqual([]);
  });
});
