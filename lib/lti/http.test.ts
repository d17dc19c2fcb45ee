import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { refusalPage } from "./http";

describe("the LTI refusal page", () => {
  it("names the failed check and offers no link by default", async () => {
    const r = refusalPage(new AppError("unauthenticated", "LTI launch refused (aud): <b>wrong</b>"));
    const html = await r.text();
    expect(r.status).toBe(401);
    expect(html).toContain("LTI launch refused (aud): &lt;b&gt;wrong&lt;/b&gt;");
    expect(html).not.toContain("<a ");
    expect(r.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("offers this tool's own login in a new window when the launch carries one (escaped)", async () => {
    const path = '/api/lti/login?iss=https%3A%2F%2Flms.test&login_hint=a"b&stepwise_window=1';
    const html = await refusalPage(new AppError("unauthenticated", "state", { newWindow: path })).text();
    expect(html).toContain('id="lti-new-window"');
    expect(html).toContain(
      'href="/api/lti/login?iss=https%3A%2F%2Flms.test&amp;login_hint=a&quot;b&amp;stepwise_window=1"',
    );
    expect(html).toContain('target="_blank" rel="noopener"');
  });

  it("speaks the browser's language (nobody is signed in yet), English when it has none of ours", async () => {
    const e = () => new AppError("unauthenticated", "state", { newWindow: "/api/lti/login?iss=x" });
    const es = refusalPage(e(), "es-MX,es;q=0.9,en;q=0.5");
    const html = await es.text();
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain("Stepwise no pudo abrirse desde tu plataforma");
    expect(html).not.toContain("could not open");
    expect(es.headers.get("content-language")).toBe("es");
    const sv = await refusalPage(e(), "sv-SE").text();
    expect(sv).toContain('<html lang="sv" dir="ltr">');
    expect(sv).toContain("Stepwise kunde inte öppnas från lärplattformen");
    expect(sv).not.toContain("could not open");
    expect(await refusalPage(e(), "ar").text()).toContain('dir="rtl"');
    for (const header of [null, "de-DE", "*"]) {
      const en = await refusalPage(e(), header).text();
      expect(en, String(header)).toContain('<html lang="en" dir="ltr">');
      expect(en).toContain("Stepwise could not open from your LMS");
      expect(en).toContain("Open Stepwise in a new window");
    }
  });

  it("an error that carries a message key is worded in the browser's language too", async () => {
    const e = new AppError("unauthenticated", "LTI launch refused", undefined, { key: "errors.lti.unknown" });
    const html = await refusalPage(e, "es").text();
    expect(html).toContain('<p id="lti-error">Stepwise no pudo completar el inicio desde LTI.</p>');
  });

  it("never links anywhere else", async () => {
    for (const newWindow of [
      "https://evil.test/api/lti/login?x",
      "javascript:alert(1)",
      "//evil.test/api/lti/login?",
    ]) {
      const html = await refusalPage(new AppError("unauthenticated", "state", { newWindow })).text();
      expect(html, newWindow).not.toContain("<a ");
    }
  });
});
