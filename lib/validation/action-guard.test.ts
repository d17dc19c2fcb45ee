import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, guardActionBody, guardActionRequest, guardRouterState } from "./action-guard";

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

const sendBody = (headers: Record<string, string>, body: BodyInit) =>
  new Request("http://localhost:3000/teach", {
    method: "POST",
    headers: { host: "localhost:3000", ...headers },
    body,
    // A stream body (chunked, no Content-Length) needs this in Node's fetch.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

describe("finding 10: undecodable or chunked oversized action bodies are 400/413, not 500", () => {
  it.each<[string, Record<string, string>, BodyInit]>([
    ["text that is not JSON", { "next-action": "a", "content-type": "text/plain;charset=UTF-8" }, "[1,2"],
    [
      "bytes that are not UTF-8",
      { "next-action": "a", "content-type": "text/plain" },
      new Uint8Array([0x5b, 0xff, 0x5d]),
    ],
    [
      "multipart without its closing boundary",
      { "next-action": "a", "content-type": "multipart/form-data; boundary=zz" },
      '--zz\r\nContent-Disposition: form-data; name="1"\r\n\r\nx',
    ],
    ["a form posted to a page with a bad boundary", { "content-type": "multipart/form-data; boundary=" }, "--\r\n"],
  ])("refuses %s with 400", async (_, headers, body) => {
    const res = await guardActionBody(sendBody(headers, body));
    expect(res?.status).toBe(400);
    expect(await res?.text()).toMatch(/could not be read/);
  });

  it("refuses a chunked body over the limit that declares no Content-Length", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > ACTION_BODY_LIMIT) return c.close();
        sent += chunk.length;
        c.enqueue(chunk);
      },
    });
    const req = sendBody({ "next-action": "a", "content-type": "text/plain" }, stream);
    expect(req.headers.get("content-length")).toBeNull();
    expect((await guardActionBody(req))?.status).toBe(413);
  });

  it("lets through what a browser sends: JSON arguments, form data, and non-action requests", async () => {
    expect(
      await guardActionBody(sendBody({ "next-action": "a", "content-type": "text/plain" }, '["$K1",{"a":1}]')),
    ).toBeNull();
    const form = new FormData();
    form.set("1_title", "Fractions");
    expect(await guardActionBody(sendBody({ "next-action": "a" }, form))).toBeNull();
    expect(await guardActionBody(new Request("http://localhost:3000/teach"))).toBeNull();
  });
});

describe("finding 10: a malformed router-state header is a 400, not a 500", () => {
  const withState = (state: string) =>
    new Request("http://localhost:3000/sign-in", { headers: { rsc: "1", "next-router-state-tree": state } });
  it.each(["%7Bbad", "%E0%A4%A", '["x"]', "{}", encodeURIComponent(JSON.stringify(["", {}])).repeat(2000)])(
    "refuses %s",
    (state) => expect(guardRouterState(withState(state))?.status).toBe(400),
  );
  it("lets through the header Next's client sends, and requests without one", () => {
    const sent = encodeURIComponent(JSON.stringify(["", { children: ["sign-in", {}, null, null] }, null, null, 0]));
    expect(guardRouterState(withState(sent))).toBeNull();
    expect(guardRouterState(new Request("http://localhost:3000/sign-in"))).toBeNull();
  });
});
