import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Relative, not "@/": Next loads this file before any path alias applies.
import { securityHeaderRules } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // Separate build folders let several builds (parallel test runs, benchmarks) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status for a signed-in user of the wrong role.
    authInterrupts: true,
    // Server action bodies: 512 KB (a problem draft is the largest). Next stops reading there but
    // answers 500; lib/validation/action-guard.ts gives the proxy a 413 for it.
    serverActions: { bodySizeLimit: "512kb" },
  },
  // PGlite ships WebAssembly and data files it loads from its own folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  // Lets proxy.ts see the RSC request headers (Next strips them for the proxy otherwise), so a
  // malformed router-state header is a 400 there, not a 500 in Next's renderer. The app router
  // has no /_next/data URLs to normalize.
  skipProxyUrlNormalize: true,
  poweredByHeader: false,
  // Compression belongs to the reverse proxy; gzipping every small tutor-turn response in the
  // app server cost about 1% of its CPU under load (bench:turns profile).
  compress: false,
  // `npm run typecheck` type-checks the whole project (and `npm test` runs it first); doing it
  // again inside every build only slows the demo and the browser tests down.
  typescript: { ignoreBuildErrors: true },
  // nosniff, framing and referrer on every response; API routes' CSP. Pages' CSP, which needs a
  // per-request nonce, is set by proxy.ts (decision 013).
  async headers() {
    return securityHeaderRules();
  },
};

// next-intl reads each request's locale and messages from lib/i18n/request.ts (decision 016).
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
