import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it.each([
    ["pglite:./data/stepwise", { kind: "pglite", dir: "/app/data/stepwise" }],
    ["pglite:/var/lib/stepwise", { kind: "pglite", dir: "/var/lib/stepwise" }],
    ["pglite:memory", { kind: "pglite", dir: null }],
    ["postgres://u:p@db:5432/stepwise", { kind: "postgres", url: "postgres://u:p@db:5432/stepwise" }],
    ["postgresql://u@127.0.0.1/x", { kind: "postgres", url: "postgresql://u@127.0.0.1/x" }],
  ])("%s", (url, expected) => {
    expect(parseDatabaseUrl(url, "/app")).toMatchObject(expected);
  });

  it.each(["mysql://x", "file:./dev.db", "pglite:", "memory"])("rejects %s clearly", (url) => {
    expect(() => parseDatabaseUrl(url, "/app")).toThrow(/DATABASE_URL|pglite:/);
  });
});
