import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build folders let several builds (parallel test runs, benchmarks) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with a 403 status for a signed-in user of the wrong role.
  experimental: { authInterrupts: true },
  // PGlite ships WebAssembly and data files it loads from its own folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Compression belongs to the reverse proxy; gzipping every small tutor-turn response in the
  // app server cost about 1% of its CPU under load (bench:turns profile).
  compress: false,
  // `npm run typecheck` type-checks the whole project (and `npm test` runs it first); doing it
  // again inside every build only slows the demo and the browser tests down.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
