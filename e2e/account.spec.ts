import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, signUpStudent } from "./helpers";

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
  await signIn(page, email, "good-password");
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await signIn(page, email, "violet harbour seventeen");
  await expect(page).toHaveURL(/\/practice$/);
});

test("the account page needs a signed-in user", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in$/);
});
