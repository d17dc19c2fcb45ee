import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy } from "@/lib/security/security-headers";
import { isFrameablePath, parseFrameOrigins } from "./frame";

describe("framing cookie", () => {
  it.each([
    ["https://canvas.school.test", ["https://canvas.school.test"]],
    ["https://a.test http://127.0.0.1:3202", ["https://a.test", "http://127.0.0.1:3202"]],
    [undefined, []],
    ["*", []],
    ["https://a.test 'unsafe-inline'", []],
    ["https://a.test; script-src *", []],
    ["javascript:alert(1)", []],
    ["https://a.test/path", []],
    [Array(6).fill("https://a.test").join(" "), []],
  ])("%s -> %j", (value, origins) => {
    expect(parseFrameOrigins(value)).toEqual(origins);
  });

  it.each([
    ["/practice", true],
    ["/practice/abc", true],
    ["/teach/classes/x", true],
    ["/lti/deep-link/x", true],
    ["/admin", false],
    ["/admin/lti", false],
    ["/sign-in", false],
    ["/", false],
    ["/practiceX", false],
  ])("%s frameable: %s", (path, yes) => {
    expect(isFrameablePath(path)).toBe(yes);
  });

  it("the CSP names the origins instead of 'none'", () => {
    expect(pageContentSecurityPolicy({ nonce: "n", frameAncestors: ["https://a.test"] })).toContain(
      "frame-ancestors https://a.test",
    );
    expect(pageContentSecurityPolicy({ nonce: "n" })).toContain("frame-ancestors 'none'");
  });
});
