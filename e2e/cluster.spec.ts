import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demo } from "./helpers";

// Issue 16: `npm run serve:cluster` runs one server process per core behind one port, each
// caching who a session cookie belongs to for a few seconds. Signing out in one worker must end
// the session in every worker at once (the primary relays it). PostgreSQL only: the embedded
// database belongs to one process.
const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
const port = Number(process.env.E2E_PORT ?? 3100) + 50;
const base = `http://127.0.0.1:${port}`;
let cluster: ChildProcess | undefined;

test.describe("serve:cluster (PostgreSQL)", () => {
  test.skip(!postgres, "needs DATABASE_URL=postgres://...");
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    cluster = spawn(
      process.execPath,
      [path.resolve("scripts/serve-cluster.mjs"), "-p", String(port), "-H", "127.0.0.1"],
      {
        env: { ...process.env, WEB_CONCURRENCY: "2", NODE_ENV: "production" },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    const deadline = Date.now() + 90_000;
    for (;;) {
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error("serve:cluster did not start");
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  test.afterAll(async () => {
    if (!cluster || cluster.exitCode !== null) return;
    const exited = new Promise((r) => cluster?.once("exit", r));
    cluster.kill("SIGTERM");
    await exited;
  });

  test("signing out in one worker ends the session in every worker at once", async ({ page, playwright }) => {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(demo.teacher);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/teach$/);
    const cookie = (await page.context().cookies()).find((c) => c.name === "stepwise_session");
    expect(cookie).toBeTruthy();
    // A new connection per request: the cluster hands connections to the workers in turn, so
    // both workers see (and cache) the cookie.
    const api = await playwright.request.newContext({
      baseURL: base,
      extraHTTPHeaders: { cookie: `stepwise_session=${cookie?.value}`, connection: "close" },
    });
    const statuses = async () => {
      const out: number[] = [];
      for (let i = 0; i < 6; i++) out.push((await api.get("/teach", { maxRedirects: 0 })).status());
      return out;
    };
    expect(await statuses()).toEqual([200, 200, 200, 200, 200, 200]);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    // Within the cache's 15 s: no worker may still take the cookie.
    expect((await statuses()).every((s) => s !== 200)).toBe(true);
    await api.dispose();
  });
});
