/**
 * The security headers of every response (docs/decisions/013-csp-and-headers.md). Pure, with
 * no imports: next.config.ts loads this file before anything is bundled, and proxy.ts uses it
 * on every page request.
 */

export interface PagePolicyOptions {
  /** This request's nonce: Next puts it on its own <script> tags. */
  nonce: string;
  /** `next dev`: React's development tooling uses eval. */
  dev?: boolean;
  /** Served over HTTPS (COOKIE_SECURE=1): upgrade any http:// subresource. */
  https?: boolean;
  /**
   * Origins that may frame this page: the LMS of an LTI session, on the pages a launch reaches
   * (decision 024). Empty: nobody ('none'). Browsers ignore X-Frame-Options when this is set.
   */
  frameAncestors?: readonly string[];
}

/**
 * The CSP of pages. Scripts: only those carrying the nonce, plus what they load
 * ('strict-dynamic'; 'self' is a fallback for browsers without CSP 3). Styles: KaTeX writes
 * style="..." attributes, which no nonce can cover, and a nonce in style-src would make
 * browsers ignore 'unsafe-inline'; so 'unsafe-inline' and no nonce. Fonts: KaTeX's, bundled
 * under /_next/static/media.
 */
export function pageContentSecurityPolicy({
  nonce,
  dev = false,
  https = false,
  frameAncestors = [],
}: PagePolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    frameAncestors.length ? `frame-ancestors ${frameAncestors.join(" ")}` : "frame-ancestors 'none'",
  ];
  // Not on plain HTTP: a LAN install at http://192.168.x.y would have every asset upgraded to
  // an https:// that does not answer.
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** API routes answer JSON, CSV and streams, never documents: nothing may load or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The same on every response (pages, API routes, static files, 404s). */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // frame-ancestors 'none' in the CSP is the modern form; this covers older browsers.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** For next.config.ts `headers()`. Pages get their CSP from proxy.ts (it needs a nonce). */
export function securityHeaderRules() {
  return [
    { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
    // The LTI routes set their own CSP: their refusal and auto-post pages are shown inside the
    // LMS's iframe (lib/lti/http.ts, decision 024); the rest of the API allows nothing.
    {
      source: "/api/:path((?!lti/).*)",
      headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
    },
  ];
}

/** 128 random bits, base64: unguessable, and a fresh one for every page request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
