import { isAppError, publicError } from "@/lib/errors";
import { defaultLocale, matchAcceptLanguage, textDirection } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translator";
import { readBodyWithLimit } from "@/lib/validation/read-body";
import { STATE_COOKIE_PREFIX } from "./login";

export { FRAME_COOKIE, isFrameablePath, parseFrameOrigins } from "./frame";

/**
 * HTTP glue for the LTI routes (app/api/lti/*): where the tool lives, its cookies in the LMS
 * iframe, form bodies, and the refusal page. Decision 024: cookies set by LTI routes are
 * `SameSite=None; Secure; Partitioned` (CHIPS), so they work inside the LMS's iframe and are
 * keyed to the LMS's top-level site; a framing cookie names the platform origins that may frame
 * the pages a launch reaches (proxy.ts turns it into CSP frame-ancestors).
 */

export const LTI_FORM_LIMIT = 32 * 1024;

/** The tool's origin: PUBLIC_URL when set, else the request's own. */
export function toolOrigin(request: Request, publicUrl?: string): string {
  return publicUrl ?? new URL(request.url).origin;
}

/** Cookie options that survive a cross-site iframe (CHIPS). */
export const iframeCookie = {
  httpOnly: true,
  secure: true,
  sameSite: "none" as const,
  partitioned: true,
  path: "/",
};

/** The `state` values of logins this browser began (cookies named lti_state_<state>). */
export function browserStates(cookies: { name: string }[]): Set<string> {
  return new Set(
    cookies.filter((c) => c.name.startsWith(STATE_COOKIE_PREFIX)).map((c) => c.name.slice(STATE_COOKIE_PREFIX.length)),
  );
}

/** GET query or POST form (urlencoded or multipart, capped) as a flat string record. */
export async function readParams(request: Request): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (request.method === "GET") {
    for (const [k, v] of new URL(request.url).searchParams) out[k] = v;
    return out;
  }
  const body = await readBodyWithLimit(request, LTI_FORM_LIMIT, "The LTI form");
  const type = request.headers.get("content-type") ?? "";
  const form = await new Response(body, { headers: { "content-type": type || "application/x-www-form-urlencoded" } })
    .formData()
    .catch(() => new FormData());
  for (const [k, v] of form) if (typeof v === "string") out[k] = v;
  return out;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/**
 * A refused login or launch as a small HTML page saying what failed (it is shown inside the LMS).
 * No script; its one possible link begins this tool's own LTI login again in a new window (for a
 * browser that keeps no cookie in the LMS's frame): safe to let any page frame it. The page's own
 * words are in the browser's language (Accept-Language: nobody is signed in yet); the failed
 * check itself is named as the code words it (for whoever set up the LMS link).
 */
export function refusalPage(e: unknown, acceptLanguage?: string | null): Response {
  const locale = matchAcceptLanguage(acceptLanguage) ?? defaultLocale;
  const t = translate(locale);
  const status = isAppError(e) ? e.status : 500;
  const message = isAppError(e) ? publicError(e, t).message : t("errors.lti.unknown");
  if (!isAppError(e)) console.error("LTI:", e);
  // A browser that kept no cookie in the LMS's frame (Safari) can sign in from a window of its own.
  const newWindow = isAppError(e) ? (e.details as { newWindow?: unknown } | undefined)?.newWindow : undefined;
  const retry =
    typeof newWindow === "string" && newWindow.startsWith("/api/lti/login?")
      ? `<p>${escapeHtml(t("errors.lti.blocked"))}</p>
<p><a id="lti-new-window" href="${escapeHtml(newWindow)}" target="_blank" rel="noopener" style="font-size:1.1rem">${escapeHtml(t("errors.lti.newWindow"))}</a></p>`
      : `<p>${escapeHtml(t("errors.lti.retry"))}</p>`;
  const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><meta charset="utf-8"><title>${escapeHtml(t("errors.lti.title"))}</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1 style="font-size:1.25rem">${escapeHtml(t("errors.lti.heading"))}</h1>
<p id="lti-error">${escapeHtml(message)}</p>
${retry}
</body></html>`;
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-language": locale,
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *",
    },
  });
}

/**
 * An HTML page that auto-posts a form (the deep-linking response, Deep Linking 2.0 section 4.2):
 * the page's own script is allowed by its hash-free nonce-less CSP through 'unsafe-inline' on a
 * page that holds nothing but this form.
 */
export function autoPostPage(action: string, fields: Record<string, string>): Response {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join("");
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Stepwise</title>
<body><form id="f" method="post" action="${escapeHtml(action)}">${inputs}<noscript><button>Continue</button></noscript></form>
<script>document.getElementById("f").submit()</script></body></html>`;
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": `default-src 'none'; script-src 'unsafe-inline'; form-action ${new URL(action).origin}; frame-ancestors *`,
    },
  });
}

/**
 * Dynamic registration done (LTI Dynamic Registration 1.0 section 3.6): tells the opener or
 * parent LMS window to close the registration frame.
 */
export function registeredPage(deploymentId: string | null): Response {
  const note = deploymentId
    ? `Deployment ${escapeHtml(deploymentId)} is registered too.`
    : "The LMS sent no deployment id: after deploying Stepwise in the LMS, add its deployment id on Stepwise's Admin → LTI page.";
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Stepwise registered</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1 style="font-size:1.25rem" id="lti-registered">Stepwise is registered with your LMS</h1><p>${note}</p>
<script>(window.opener || window.parent).postMessage({ subject: "org.imsglobal.lti.close" }, "*")</script>
</body></html>`;
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-ancestors *",
    },
  });
}
