import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers";

// A newcomer's first minutes: the sign-in page, the practice page, one tutor turn, the teacher's
// class. The browser logs no error on the way (a missing favicon was a 404 on every first visit)
// and the tab has the app's icon.
test("a first visit logs no browser errors and the tab has an icon", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));

  await page.goto("/sign-in");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  const served = await page.request.get(icon as string);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toContain("image/");

  await signIn(page, demo.student);
  await expect(page).toHaveURL(/\/practice$/);
  await page.getByRole("button", { name: /start practising/i }).click();
  await expect(page).toHaveURL(/\/practice\/[^/]+$/);
  await page.getByRole("textbox").first().fill("I am not sure");
  await page.keyboard.press("Enter");
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);
  await page.getByRole("link", { name: "Grade 7 Maths" }).first().click();
  await expect(page.getByRole("heading", { name: "Grade 7 Maths" })).toBeVisible();

  expect(errors).toEqual([]);
});
