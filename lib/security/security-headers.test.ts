import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { proxy, config as proxyConfig } from "@/proxy";
import {
  API_CONTENT_SECURITY_POLICY,
  createNonce,
  pageContentSecurityPolicy,
  STATIC_SECURITY_HEADERS,
} from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the page Content-Security-Policy", () => {
  const csp = pageContentSecurityPolicy({ nonce: "abc123==" });
  const d = directives(csp);

  it("allows only scripts carrying this request's nonce (and what they load)", () => {
    expect(d.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp).not.toContain("unsafe-eval");
    expect(d.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("lets KaTeX's inline styles and local fonts through, nothing from other origins", () => {
    // No nonce in style-src: a nonce would make browsers ignore 'unsafe-inline', and KaTeX's
    // style="..." attributes cannot carry one.
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get("font-src")).toEqual(["'self'", "data:"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it("forbids framing, plugins, <base> and posting forms elsewhere", () => {
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' only in development (React's dev tooling needs it)", () => {
    expect(pageContentSecurityPolicy({ nonce: "n", dev: true })).toContain("'nonce-n' 'strict-dynamic' 'unsafe-eval'");
  });

  it("upgrades insecure requests only behind HTTPS (plain-HTTP installs on a LAN must keep working)", () => {
    expect(d.has("upgrade-insecure-requests")).toBe(false);
    expect(pageContentSecurityPolicy({ nonce: "n", https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("carries a nonce that Next itself finds (it puts it on the scripts it renders)", () => {
    const nonce = createNonce();
    expect(getScriptNonceFromHeader(pageContentSecurityPolicy({ nonce, dev: true, https: true }))).toBe(nonce);
  });

  it("is one header line", () => {
    expect(csp).not.toMatch(/[\r\n]/);
  });
});

describe("nonces", () => {
  it("are 128-bit base64 and differ every time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(Array.from({ length: 50 }, createNonce)).size).toBe(50);
  });
});

describe("the proxy", () => {
  it("sets the CSP on the response and hands the nonce to Next in the request headers", async () => {
    const res = await proxy(new NextRequest("http://localhost:3000/practice"));
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    // NextResponse.next({ request: { headers } }) encodes the overridden request headers so.
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(res.headers.get("x-middleware-override-headers")).toMatch(/content-security-policy/);
    expect(res.headers.get("x-middleware-override-headers")).toMatch(/x-nonce/);
  });

  it("makes a new nonce for every request", async () => {
    const nonceOf = async () =>
      (await proxy(new NextRequest("http://localhost:3000/"))).headers.get("x-middleware-request-x-nonce");
    expect(await nonceOf()).not.toBe(await nonceOf());
  });

  it.each([
    ["/", true],
    ["/practice/abc", true],
    ["/teach/classes/c1/transcripts/s1", true],
    ["/sign-in", true],
    ["/teach/classes/c1/export/attempts", true],
    ["/api/health", false],
    ["/api/sessions/s1/turns", false],
    ["/_next/static/chunks/app.js", false],
    ["/_next/image", false],
    ["/favicon.ico", false],
  ])("runs on %s: %s", (url, expected) => {
    expect(unstable_doesMiddlewareMatch({ config: proxyConfig, url })).toBe(expected);
  });

  it("runs on router prefetches too (their router-state header is checked there)", () => {
    expect(
      unstable_doesMiddlewareMatch({ config: proxyConfig, url: "/practice", headers: { "next-router-prefetch": "1" } }),
    ).toBe(true);
  });
});

describe("next.config headers()", () => {
  const headersFor = async (url: string) =>
    (await unstable_getResponseFromNextConfig({ url: `http://localhost:3000${url}`, nextConfig })).headers;

  it.each(["/", "/practice/abc", "/api/health", "/api/sessions/s1/turns", "/_next/static/chunks/app.js", "/nope"])(
    "sets the fixed security headers on %s",
    async (url) => {
      const h = await headersFor(url);
      for (const { key, value } of STATIC_SECURITY_HEADERS) expect(h.get(key)).toBe(value);
      expect(h.get("x-frame-options")).toBe("DENY");
      expect(h.get("x-content-type-options")).toBe("nosniff");
      expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    },
  );

  it("gives API routes a CSP that allows nothing (they serve data, never documents)", async () => {
    expect((await headersFor("/api/health")).get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("leaves the LTI routes' CSP to them (their pages show inside the LMS), and only theirs", async () => {
    for (const url of ["/api/lti/launch", "/api/lti/login", "/api/lti/jwks"])
      expect((await headersFor(url)).get("content-security-policy")).toBeNull();
    for (const url of ["/api/ltix", "/api/sessions/lti/turns", "/api/lti"])
      expect((await headersFor(url)).get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
  });

  it("leaves pages' CSP to the proxy (two CSP headers would both apply)", async () => {
    expect((await headersFor("/practice")).get("content-security-policy")).toBeNull();
  });
});
