import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { actAs, type Cast, chunkedBody, HOST, ORIGIN, readText, seedCast, useDatabase } from "./route-harness";

vi.mock("@/lib/db/client", async () => (await import("./route-harness")).dbModule());
vi.mock("next/headers", async () => (await import("./route-harness")).headersModule());

const { POST } = await import("@/app/admin/import/upload/route");

let prisma: PrismaClient;
let cast: Cast;

beforeAll(async () => {
  prisma = await testDatabase();
  useDatabase(prisma);
  cast = await seedCast(prisma);
});

const URL_ = `${ORIGIN}/admin/import/upload`;

function upload(body: BodyInit | ReadableStream, headers: Record<string, string>): Request {
  return new Request(URL_, {
    method: "POST",
    headers: { host: HOST, origin: ORIGIN, ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

function bundleForm(setKey: string): FormData {
  const form = new FormData();
  form.set("format", "stepwise");
  form.set("draft", "on");
  form.append("files", new File([JSON.stringify(fixtureBundle(setKey))], "bundle.json", { type: "application/json" }));
  form.append("paths", "bundle.json");
  return form;
}

async function call(req: Request) {
  const res = await POST(req);
  return { status: res.status, json: JSON.parse(await readText(res)) as { code?: string; message?: string } };
}

const counts = async () => ({ sets: await prisma.problemSet.count(), audit: await prisma.auditLog.count() });

describe("finding 2: the upload is limited while it is read, not by what Content-Length claims", () => {
  it("a 30 MB chunked upload with no Content-Length stops at 25 MB with 413", async () => {
    actAs(cast.admin.token);
    const before = await counts();
    const body = chunkedBody(30 * 1024 * 1024, 256 * 1024);
    const r = await call(upload(body.stream, { "content-type": "multipart/form-data; boundary=xyz" }));
    expect(r.status).toBe(413);
    expect(r.json.message).toMatch(/25 MB/);
    expect(body.pulled()).toBeLessThanOrEqual(25 * 1024 * 1024 + 512 * 1024);
    expect(await counts()).toEqual(before);
  });

  it("nothing is read for an anonymous caller", async () => {
    actAs(null);
    const body = chunkedBody(30 * 1024 * 1024, 256 * 1024);
    const r = await call(upload(body.stream, { "content-type": "multipart/form-data; boundary=xyz" }));
    expect(r.status).toBe(401);
    expect(body.pulled()).toBeLessThanOrEqual(512 * 1024);
  });
});

describe("finding 5: bad uploads are a clear 400, never a 5xx", () => {
  it("a JSON body (not multipart) is a 400 saying so", async () => {
    actAs(cast.admin.token);
    const r = await call(upload(JSON.stringify({ format: "stepwise" }), { "content-type": "application/json" }));
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(/form|multipart/i);
  });

  it("broken multipart (wrong boundary, cut short, no boundary) is a 400", async () => {
    actAs(cast.admin.token);
    const bodies: [string, string][] = [
      [
        "multipart/form-data; boundary=abc",
        '--xyz\r\nContent-Disposition: form-data; name="format"\r\n\r\nstepwise\r\n--xyz--',
      ],
      [
        "multipart/form-data; boundary=abc",
        '--abc\r\nContent-Disposition: form-data; name="files"; filename="a.json"\r\n\r\n{',
      ],
      ["multipart/form-data", "--abc\r\n\r\n"],
      ["multipart/form-data; boundary=abc", ""],
    ];
    for (const [type, body] of bodies) {
      const r = await call(upload(body, { "content-type": type }));
      expect(r.status, `${type} ${JSON.stringify(body.slice(0, 30))}`).toBe(400);
    }
  });
});

describe("finding 5: control characters in uploaded content are stripped, not a 500", () => {
  it("a bundle with NUL (escaped or raw C1) in a title imports without it", async () => {
    actAs(cast.admin.token);
    const text = JSON.stringify(fixtureBundle("nul-upload-set")).replace('"Fixture set"', '"Fixture\\u0000 \u0085set"');
    const form = new FormData();
    form.set("format", "stepwise");
    form.set("draft", "on");
    form.append("files", new File([text], "bundle\u0000.json", { type: "application/json" }));
    const r = await call(new Request(URL_, { method: "POST", headers: { host: HOST, origin: ORIGIN }, body: form }));
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "nul-upload-set" } });
    expect(set.title).toBe("Fixture set");
  });
});

describe("finding 3: cross-site uploads are refused", () => {
  it("no Origin with Sec-Fetch-Site: cross-site is a 403", async () => {
    actAs(cast.admin.token);
    const before = await counts();
    const req = new Request(URL_, {
      method: "POST",
      headers: { host: HOST, "sec-fetch-site": "cross-site" },
      body: bundleForm("xsite-set"),
    });
    const r = await call(req);
    expect(r.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("a same-origin upload still imports (the control)", async () => {
    actAs(cast.admin.token);
    const req = new Request(URL_, {
      method: "POST",
      headers: { host: HOST, origin: ORIGIN },
      body: bundleForm("upload-set"),
    });
    const r = await call(req);
    expect(r.status).toBe(200);
    expect(await prisma.problemSet.findUnique({ where: { key: "upload-set" } })).not.toBeNull();
  });
});

describe("the form's problem-set key", () => {
  it("a key the content format refuses is a 400 naming the field, and nothing is imported (a browser walk saw it blamed on the file)", async () => {
    actAs(cast.admin.token);
    const before = await counts();
    const form = bundleForm("keyed-set");
    form.set("setKey", "BAD KEY <script>");
    const r = await call(new Request(URL_, { method: "POST", headers: { host: HOST, origin: ORIGIN }, body: form }));
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.json)).toMatch(/problem-set key can use only lowercase letters/);
    expect(JSON.stringify(r.json)).not.toMatch(/bundle\.json/);
    expect(await counts()).toEqual(before);
  });
});
