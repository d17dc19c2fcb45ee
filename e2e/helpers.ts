import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "stepwise-demo";
export const demo = {
  student: "student@stepwise.test",
  teacher: "teacher@stepwise.test",
  admin: "admin@stepwise.test",
};

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * First sign-in of a staff account an admin made: every page sends it to the account page until
 * the temporary password is replaced; then it goes on to its home page.
 */
export async function signInWithTemporaryPassword(
  page: Page,
  email: string,
  temporary: string,
  chosen: string,
  home: RegExp,
): Promise<void> {
  await signIn(page, email, temporary);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("note")).toContainText("temporary password");
  await page.getByLabel("Current password").fill(temporary);
  await page.getByLabel(/^New password \(at least/).fill(chosen);
  await page.getByLabel("New password again").fill(chosen);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(home);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Signs up a fresh student in the demo class and returns their email. */
/** Signs up a student with a class join code (the demo class by default), then signs in. */
export async function signUpStudent(page: Page, name = "Test Student", code = "DEMO7A"): Promise<string> {
  const email = `student-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Class join code").fill(code);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password (8+ characters)").fill("good-password");
  await page.getByRole("button", { name: "Join class" }).click();
  // Signing up never signs in (a taken email must look the same): sign in next.
  await expect(page).toHaveURL(/\/sign-in\?joined=1$/);
  await signIn(page, email, "good-password");
  await expect(page).toHaveURL(/\/practice$/);
  return email;
}
