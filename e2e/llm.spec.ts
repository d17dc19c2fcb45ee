import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demo } from "./helpers";

// A second app server, configured with an OpenAI-compatible provider that is a local fake
// server (lib/ai/testing/fake-openai-server.ts), on its own embedded database.
const root = path.resolve(__dirname, "..");
const fakePort = 4310 + (process.pid % 50);
const appPort = 3410 + (process.pid % 50);
const base = `http://127.0.0.1:${appPort}`;
const dbDir = path.join(root, "data/e2e-llm");
const children: ChildProcess[] = [];

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fs.rmSync(dbDir, { recursive: true, force: true });
  fs.rmSync(`${dbDir}.lock`, { force: true });
  const env = { ...process.env, DATABASE_URL: "pglite:./data/e2e-llm" };
  for (const script of ["scripts/db-migrate.ts", "scripts/seed.ts"]) {
    const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), [script], { cwd: root, env, stdio: "inherit" });
    if (r.status !== 0) throw new Error(`${script} failed`);
  }
  children.push(
    spawn(
      path.join(root, "node_modules/.bin/tsx"),
      ["lib/ai/testing/fake-openai-server.cli.ts", "--port", String(fakePort), "--chunk-delay", "80"],
      {
        cwd: root,
        stdio: "ignore",
        // Its own process group, so that afterAll ends tsx's child too (it was left running,
        // holding the port for the next run).
        detached: true,
      },
    ),
  );
  await waitFor(`http://127.0.0.1:${fakePort}/v1/models`);
  children.push(
    spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(appPort), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: "ignore",
      detached: true,
      env: {
        ...env,
        AI_PROVIDER: "openai-compatible",
        AI_BASE_URL: `http://127.0.0.1:${fakePort}/v1`,
        AI_MODEL: "fake-model",
        AI_API_KEY: "sk-test-never-sent-to-browsers",
        AI_TIMEOUT_MS: "10000",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    }),
  );
  await waitFor(`${base}/api/health`);
});

test.afterAll(async () => {
  // Each child leads its own process group: end the whole tree (tsx and next start fork).
  for (const c of children) {
    try {
      if (c.pid) process.kill(-c.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(dbDir, { recursive: true, force: true });
});

test("with a model configured, the tutor's turn streams into the page; a failing model gives a plainer turn", async ({
  page,
}) => {
  const bodies: string[] = [];
  page.on("response", async (r) => {
    bodies.push(await r.text().catch(() => ""));
  });
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(demo.student);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await page.getByRole("button", { name: /practising/ }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const turns = page.getByRole("list", { name: "Conversation" }).locator("li");
  const before = await turns.count();

  // Record what the reply bubble shows while it streams.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const busy = document.querySelector('[aria-busy="true"]');
      const text = busy?.textContent ?? "";
      if (text && !text.includes("thinking") && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByLabel("Your answer or message").fill("I have no idea where to start");
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(turns).toHaveCount(before + 2);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  const final = await turns.last().textContent();
  await expect(turns.last()).toContainText("[model]"); // written by the model, not a fallback
  // Streamed: part of the reply was on screen before the whole of it.
  const shown = (final ?? "").replace(/^Tutor:\s*/, "");
  expect(seen.length, JSON.stringify(seen)).toBeGreaterThanOrEqual(1);
  expect(shown.startsWith(seen[0]?.trim() ?? "-")).toBe(true);
  expect((seen[0]?.trim() ?? "").length).toBeLessThan(shown.length);
  await expect(turns.last()).toContainText("[model]");

  // The provider fails on this message: the embedded engine answers, the student just sees a plainer turn.
  await page.getByLabel("Your answer or message").fill("can I get another hint [[fake:500]]");
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(turns).toHaveCount(before + 4);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(turns.last()).not.toContainText("[model]");
  await expect(turns.last()).not.toBeEmpty();

  for (const b of bodies) expect(b).not.toContain("sk-test-never-sent-to-browsers");
});

test("the admin page shows the active backend and tests the connection", async ({ page }) => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(demo.admin);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("backend-label")).toHaveText("openai-compatible/fake-model");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Connected" })).toBeVisible();
});
