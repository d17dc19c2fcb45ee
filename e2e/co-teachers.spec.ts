import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, signInWithTemporaryPassword } from "./helpers";

// A class with two teachers: an admin makes a teacher account, the demo teacher adds it to a new
// class by email, the co-teacher sees the class and its roster, then leaves it and no longer can.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("a teacher adds a co-teacher by email; the co-teacher sees the class, then leaves it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const coName = `Cora ${unique()}`;
  const coEmail = `cora-${unique()}@school.test`;
  const coPassword = "violet-harbour-2931";

  // An admin makes the second teacher's account.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin);
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.getByLabel("Name", { exact: true }).fill(coName);
  await admin.getByLabel("Email", { exact: true }).fill(coEmail);
  await admin.getByLabel("Temporary password").fill(coPassword);
  await admin.getByLabel("Role").selectOption("teacher");
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByText(`Created teacher ${coEmail}.`)).toBeVisible();
  await adminContext.close();

  // The demo teacher makes a class and adds them.
  await signIn(page, demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);
  const className = `Shared ${unique()}`;
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const classUrl = page.url();
  const teachers = page.getByRole("list", { name: "Teachers" });
  await expect(teachers.getByRole("listitem")).toHaveCount(1);
  // A wrong address is refused in words and adds nobody.
  await page.getByLabel("Teacher's email").fill(`nobody-${unique()}@school.test`);
  await page.getByRole("button", { name: "Add teacher" }).click();
  await expect(page.getByText("No teacher account has that email.", { exact: false })).toBeVisible();
  await expect(teachers.getByRole("listitem")).toHaveCount(1);
  await page.getByLabel("Teacher's email").fill(coEmail.toUpperCase());
  await page.getByRole("button", { name: "Add teacher" }).click();
  await expect(page.getByText(`${coName} now teaches this class too.`)).toBeVisible();
  await expect(teachers.getByRole("listitem")).toHaveCount(2);
  await expect(teachers).toContainText(coEmail);
  await expectNoAxeViolations(page);

  // The co-teacher sees it in their classes, opens it, and leaves.
  const coContext = await browser.newContext();
  const co = await coContext.newPage();
  await signInWithTemporaryPassword(co, coEmail, coPassword, "cora-own-password-55", /\/teach$/);
  await co.getByRole("link", { name: className }).click();
  await expect(co).toHaveURL(classUrl);
  await expect(co.getByText(/^Teachers: /)).toContainText(coName);
  await co
    .getByRole("form", { name: /Leave the class/ })
    .getByRole("button")
    .click();
  await expect(co).toHaveURL(/\/teach$/);
  await expect(co.getByRole("link", { name: className })).toHaveCount(0);
  const response = await co.goto(classUrl);
  expect(response?.status()).toBe(404);
  await coContext.close();

  // The teacher who made the class is again its only teacher.
  await page.reload();
  await expect(teachers.getByRole("listitem")).toHaveCount(1);
});
