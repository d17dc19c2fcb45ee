import { defineConfig, devices } from "@playwright/test";

// Run through `npm run test:e2e` (scripts/run-e2e.mjs), which prepares a fresh database, builds
// the app and finds a Chromium (CHROMIUM_PATH).
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // A sign-in (argon2) under a busy 2-core machine took over 10 s once: waits allow 20 s.
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production server directly (as `npm start`, not through npm or npx: a wrapper leaves an
    // orphan server behind).
    command: `node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      ...(process.env as Record<string, string>),
      DATABASE_URL: process.env.DATABASE_URL ?? "pglite:./data/e2e",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdout: "pipe",
    stderr: "pipe",
  },
});
