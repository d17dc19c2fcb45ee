import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, signUpStudent } from "./helpers";

// A signed-in user changes their own password from the Account page (the header's name links
// there): a wrong current password changes nothing; after the change the old password no
// longer signs in, the new one does, and another browser signed in as the same user is signed out.

test("a user changes their password; the old one stops working and other browsers are signed out", async ({
  page,
  browser,
}) => {
  const email = await signUpStudent(page, "Pat Account");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, "good-password");
  await expect(otherPage).toHaveURL(/\/practice$/);

  await page.getByRole("link", { name: "Your account (Pat Account)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`Signed in as Pat Account (${email}).`);
  await expectNoAxeViolations(page);

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel(/^New password \(at least 8/).fill("violet harbour seventeen");
  await page.getByLabel("New password again").fill("violet harbour seventeen");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not right.")).toBeVisible();

  await page.getByLabel("Current password").fill("good-password");
  await page.getByLabel(/^New password \(at least 8/).fill("violet harbour seventeen");
  await page.getByLabel("New password again").fill("violet harbour seventeen");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed.");

  // This browser stays signed in; the other one is signed out.
  await page.goto("/practice");
  await expect(page).toHaveURL(/\/practice$/);
  await otherPage.goto("/practice");
  await expect(otherPage).toHaveURL(/\/sign-in$/);
  await other.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, email, "good-password");
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await signIn(page, email, "violet harbour seventeen");
  await expect(page).toHaveURL(/\/practice$/);
});

test("the account page needs a signed-in user", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a staff account made with a temporary password reaches only its account page until it chooses its own", async ({
  page,
  browser,
}) => {
  const email = `temp-${Date.now()}@school.test`;
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, demo.admin);
  await adminPage.getByLabel("Name", { exact: true }).fill("Tam Porary");
  await adminPage.getByLabel("Email", { exact: true }).fill(email);
  await adminPage.getByLabel("Temporary password").fill("given-by-admin-42");
  await adminPage.getByLabel("Role").selectOption("teacher");
  await adminPage.getByRole("button", { name: "Create account" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: email })).toBeVisible();
  await adminPage.context().close();

  await signIn(page, email, "given-by-admin-42");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("note")).toContainText("temporary password that an admin chose");
  await expectNoAxeViolations(page);
  // Every other page, and the data behind them, waits for the new password.
  for (const path of ["/teach", "/practice", "/admin", "/"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/account$/);
  }
  const res = await page.request.get("/api/teach/classes/nosuchclass/live");
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toContain("temporary password");

  await page.getByLabel("Current password").fill("given-by-admin-42");
  await page.getByLabel(/^New password \(at least 8/).fill("tam-own-password-61");
  await page.getByLabel("New password again").fill("tam-own-password-61");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("note")).toHaveCount(0);
});
