import http from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { signUpStudent } from "./helpers";

// Security headers on pages, API routes and static files, and a strict nonce-based CSP that
// Next's scripts and KaTeX's styles and fonts live with (docs/decisions/013-csp-and-headers.md).

const FIXED = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function expectFixedHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(FIXED)) expect(headers[name], name).toBe(value);
}

const nonceOf = (csp: string | undefined) => /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp ?? "")?.[1];

/** CSP violations, as the console reports them ("Refused to ...") and as the page sees them. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Refused to|Content[- ]Security[- ]Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Refused to load (securitypolicyviolation): ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

test("a page gets a CSP with a fresh nonce on every script, and no framing or sniffing", async ({ request }) => {
  const first = await request.get("/sign-in");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expectFixedHeaders(headers);
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/(^|; )script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  expect(csp).toContain("font-src 'self' data:");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval"); // a production build

  // Next put the nonce on every <script> it rendered; nothing else can run.
  const nonce = nonceOf(csp);
  expect(nonce).toBeTruthy();
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const second = await request.get("/sign-in");
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);

  // Nonces need pages rendered per request: a prerendered page would carry a stale nonce (or
  // none) and its scripts would be blocked.
  for (const path of ["/", "/sign-up", "/no-such-page"]) {
    const res = await request.get(path);
    const pageNonce = nonceOf(res.headers()["content-security-policy"]);
    expect(pageNonce, path).toBeTruthy();
    for (const tag of (await res.text()).match(/<script\b[^>]*>/g) ?? []) {
      expect(tag, path).toContain(`nonce="${pageNonce}"`);
    }
  }

  // Static files: nosniff and the rest too (no CSP needed on a script file).
  const src = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  expect(src).toBeTruthy();
  const asset = await request.get(src ?? "");
  expect(asset.status()).toBe(200);
  expectFixedHeaders(asset.headers());
});

test("API routes get the headers and a CSP that allows nothing, errors included", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ ok: true });
  expectFixedHeaders(health.headers());
  expect(health.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

  // A route handler's own error response (no session).
  const turn = await request.post("/api/sessions/no-such-session/turns", { data: {} });
  expect(turn.status()).toBeGreaterThanOrEqual(400);
  expectFixedHeaders(turn.headers());
  expect(turn.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("the server (scripts/serve.mjs) answers the turn and the health check before Next's routing", async ({
  request,
}) => {
  // Next's router puts its Vary on every response it answers; the node routes (decision 027) do
  // not. Were serve.mjs to stop asking them (or the app to stop registering them), every browser
  // test would still pass through Next's route: this one would not.
  const nextVary = /next-router-state-tree/;
  const health = await request.get("/api/health");
  expect(health.headers().vary ?? "").not.toMatch(nextVary);
  const turn = await request.post("/api/sessions/no-such-session/turns", { data: {} });
  expect(turn.status()).toBe(401);
  expect(turn.headers().vary ?? "").not.toMatch(nextVary);
  // Another spelling of the same path is Next's to answer, as it would be without serve.mjs.
  const viaNext = await request.get("/api/health?probe=1");
  expect(viaNext.status()).toBe(200);
  expect(viaNext.headers().vary ?? "").toMatch(nextVary);
});

test("the tutor page renders maths and runs its scripts with no CSP violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await signUpStudent(page);
  await page.getByRole("button", { name: /practising/ }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const turns = page.getByRole("list", { name: "Conversation" }).locator("li");
  await expect(turns.last()).toContainText("Hi!");

  // Sending a message needs the client scripts (fetch, streaming): they ran under the CSP.
  const count = await turns.count();
  await page.getByLabel("Your answer or message").fill("is it $\\frac{1}{2}$ or $\\rule{3000em}{3000em}$?");
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(turns).toHaveCount(count + 2);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

  // The student's maths is typeset, and the \rule is capped (10em, not 3000em).
  const mine = turns.filter({ hasText: "You:" }).last();
  await expect(mine.locator(".katex").first()).toBeVisible();
  const rule = await mine.locator(".katex .rule").first().boundingBox();
  expect(rule?.width ?? 0).toBeLessThan(300);
  expect(rule?.height ?? 0).toBeLessThan(300);

  // Server-rendered maths after a reload, with KaTeX's fonts from this server.
  await page.reload();
  await expect(page.locator(".katex").first()).toBeVisible();
  const katexFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded").length;
  });
  expect(katexFonts).toBeGreaterThan(0);

  expect(violations).toEqual([]);
});

test("malformed Next-level input is a 4xx from the running server, never a 500", async ({ request, baseURL }) => {
  // A malformed router-state header on an RSC request (Next's renderer throws on it).
  for (const state of ["%7Bbad", '["x"]']) {
    const res = await request.get("/sign-in", { headers: { RSC: "1", "Next-Router-State-Tree": state } });
    expect(res.status(), state).toBe(400);
  }
  // A well-formed one still renders.
  const ok = await request.get("/sign-in", {
    headers: { RSC: "1", "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(["", {}, null, null])) },
  });
  expect(ok.status()).toBe(200);

  // Server-action posts Next cannot decode.
  const origin = new URL(baseURL ?? "").origin;
  const action = (headers: Record<string, string>, data: string) =>
    request.post("/sign-in", { headers: { Origin: origin, "Next-Action": "00ff", ...headers }, data });
  expect((await action({ "Content-Type": "text/plain;charset=UTF-8" }, "[1,2")).status()).toBe(400);
  expect(
    (
      await action(
        { "Content-Type": "multipart/form-data; boundary=zz" },
        '--zz\r\nContent-Disposition: form-data; name="1"\r\n\r\nx',
      )
    ).status(),
  ).toBe(400);

  // A chunked 1 MB action body with no Content-Length (over the 512 KB limit).
  const status = await new Promise<number>((resolve, reject) => {
    const url = new URL("/sign-in", baseURL);
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: { Origin: origin, "Next-Action": "00ff", "Content-Type": "text/plain" },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    const chunk = Buffer.alloc(64 * 1024, "a");
    for (let i = 0; i < 16; i++) req.write(chunk);
    req.end();
  });
  expect(status).toBe(413);
});
