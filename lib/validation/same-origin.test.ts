import { describe, expect, it } from "vitest";
import { assertJsonContentType, assertSameOrigin } from "./same-origin";

const req = (headers: Record<string, string>, url = "http://app.test/api/x") =>
  new Request(url, { method: "POST", headers });

describe("assertSameOrigin", () => {
  it("accepts the app's own origin (Host, X-Forwarded-Host) and requests without Origin", () => {
    expect(() => assertSameOrigin(req({ origin: "http://app.test", host: "app.test" }))).not.toThrow();
    expect(() =>
      assertSameOrigin(
        req({ origin: "https://school.example", host: "127.0.0.1:3000", "x-forwarded-host": "school.example" }),
      ),
    ).not.toThrow();
    expect(() => assertSameOrigin(req({}))).not.toThrow(); // curl, scripts
    expect(() => assertSameOrigin(req({ "sec-fetch-site": "same-origin" }))).not.toThrow();
  });

  it("refuses another site's Origin, a null or broken Origin, and Sec-Fetch-Site cross-site/same-site", () => {
    const cases: Record<string, string>[] = [
      { origin: "https://evil.example", host: "app.test" },
      { origin: "http://app.test.evil.example", host: "app.test" },
      { origin: "null", host: "app.test" },
      { origin: "::::", host: "app.test" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const h of cases)
      expect(() => assertSameOrigin(req(h)), JSON.stringify(h)).toThrow(expect.objectContaining({ status: 403 }));
  });
});

describe("assertJsonContentType", () => {
  it("JSON only: text/plain and forms (what a cross-site form can send) get 415", () => {
    expect(() => assertJsonContentType(req({ "content-type": "application/json; charset=utf-8" }))).not.toThrow();
    for (const t of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])
      expect(() => assertJsonContentType(req({ "content-type": t }))).toThrow(expect.objectContaining({ status: 415 }));
  });
});
