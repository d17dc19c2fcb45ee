import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, guardActionRequest } from "./action-guard";

const post = (path: string, headers: Record<string, string>) =>
  new Request(`http://localhost:3000${path}`, { method: "POST", headers: { host: "localhost:3000", ...headers } });

describe("finding 5: an oversized server-action body is a 413, not a 500", () => {
  it("refuses a fetch action (Next-Action) declaring more than the limit", async () => {
    const res = guardActionRequest(
      post("/teach", { "next-action": "abc123", "content-length": String(ACTION_BODY_LIMIT + 1) }),
    );
    expect(res?.status).toBe(413);
    expect(await res?.text()).toMatch(/512 KB/);
  });

  it("refuses a form posted without JavaScript (multipart to a page) declaring 1 MB", () => {
    const res = guardActionRequest(
      post("/admin/skills", { "content-type": "multipart/form-data; boundary=x", "content-length": "1048577" }),
    );
    expect(res?.status).toBe(413);
  });

  it("lets through actions within the limit, other requests, and route handlers with their own limits", () => {
    expect(guardActionRequest(post("/teach", { "next-action": "a", "content-length": "1000" }))).toBeNull();
    expect(guardActionRequest(new Request("http://localhost:3000/teach"))).toBeNull();
    for (const path of ["/admin/import/upload", "/api/sessions/s1/turns"])
      expect(
        guardActionRequest(
          post(path, { "content-type": "multipart/form-data; boundary=x", "content-length": "9999999" }),
        ),
      ).toBeNull();
    expect(guardActionRequest(post("/teach", { "next-action": "a", "content-length": "junk" }))).toBeNull();
  });
});

describe("finding 3: a cross-site server action is a 403 (Next's own refusal is a 500)", () => {
  it("refuses another site's Origin and Sec-Fetch-Site: cross-site; the app's own origin passes", () => {
    expect(guardActionRequest(post("/teach", { "next-action": "a", origin: "https://evil.example" }))?.status).toBe(
      403,
    );
    expect(guardActionRequest(post("/teach", { "next-action": "a", "sec-fetch-site": "cross-site" }))?.status).toBe(
      403,
    );
    expect(guardActionRequest(post("/teach", { "next-action": "a", origin: "http://localhost:3000" }))).toBeNull();
  });
});
