import { describe, expect, it } from "vitest";
import { readBodyWithLimit, readJsonWithLimit, readMultipartWithLimit } from "./read-body";

function chunked(total: number, chunk = 1024) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent >= total) return c.close();
      const n = Math.min(chunk, total - sent);
      sent += n;
      c.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
  return { stream, sent: () => sent };
}

const req = (body: BodyInit | ReadableStream | null, headers: Record<string, string> = {}) =>
  new Request("http://x/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBodyWithLimit", () => {
  it("reads a body within the limit", async () => {
    expect(new TextDecoder().decode(await readBodyWithLimit(req("hello"), 10))).toBe("hello");
    expect((await readBodyWithLimit(req(null), 10)).byteLength).toBe(0);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const body = chunked(1000);
    await expect(readBodyWithLimit(req(body.stream, { "content-length": "1000" }), 100)).rejects.toMatchObject({
      code: "payload_too_large",
      status: 413,
    });
    expect(body.sent()).toBeLessThanOrEqual(1024);
  });

  it("stops a chunked body at the limit, whatever Content-Length says", async () => {
    const body = chunked(10 * 1024 * 1024, 4096);
    await expect(readBodyWithLimit(req(body.stream), 64 * 1024)).rejects.toMatchObject({ status: 413 });
    expect(body.sent()).toBeLessThan(128 * 1024);
  });
});

describe("readJsonWithLimit", () => {
  it("400 for broken JSON and invalid UTF-8, 413 over the limit", async () => {
    await expect(readJsonWithLimit(req("{"), 100)).rejects.toMatchObject({ status: 400 });
    await expect(readJsonWithLimit(req(new Uint8Array([0x22, 0xff, 0x22])), 100)).rejects.toMatchObject({
      status: 400,
    });
    await expect(readJsonWithLimit(req(JSON.stringify({ a: "x".repeat(200) })), 100)).rejects.toMatchObject({
      status: 413,
    });
    expect(await readJsonWithLimit(req('{"a":1}'), 100)).toEqual({ a: 1 });
  });
});

describe("readMultipartWithLimit", () => {
  it("reads a form, refuses non-multipart and broken multipart with a 400", async () => {
    const f = new FormData();
    f.set("format", "stepwise");
    const form = await readMultipartWithLimit(req(f), 1024 * 1024);
    expect(form.get("format")).toBe("stepwise");
    await expect(readMultipartWithLimit(req("{}", { "content-type": "application/json" }), 100)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/multipart/),
    });
    await expect(
      readMultipartWithLimit(req("--a\r\nnope", { "content-type": "multipart/form-data; boundary=a" }), 100),
    ).rejects.toMatchObject({ status: 400 });
  });
});
