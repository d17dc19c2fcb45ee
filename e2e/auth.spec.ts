import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./helpers";

test.describe("sign in by role", () => {
  for (const [role, email, path, heading] of [
    ["student", demo.student, "/practice", "Practice"],
    ["teacher", demo.teacher, "/teach", "Your classes"],
    ["admin", demo.admin, "/admin", "Admin"],
  ] as const) {
    test(`${role} lands on ${path}`, async ({ page }) => {
      await signIn(page, email);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      const cookies = await page.context().cookies();
      const session = cookies.find((c) => c.name === "stepwise_session");
      expect(session?.httpOnly).toBe(true);
      expect(session?.sameSite).toBe("Lax");
    });
  }

  test("the sign-in page is accessible", async ({ page }) => {
    await page.goto("/sign-in");
    await expectNoAxeViolations(page);
  });

  test("a wrong password shows a clear error and stays signed out", async ({ page }) => {
    await signIn(page, demo.teacher, "not-the-password");
    await expect(
      page.getByRole("alert").filter({ hasText: "That email and password don't match an account." }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/teach");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, demo.student);
    await expect(page).toHaveURL(/\/practice$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/practice");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test.describe("roles are enforced on the server", () => {
  test("a student opening /teach or /admin is refused with 403", async ({ page }) => {
    await signIn(page, demo.student);
    await expect(page).toHaveURL(/\/practice$/);
    for (const path of ["/teach", "/admin"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
      await expect(page.getByRole("heading", { name: /Your classes|^Admin$/ })).toHaveCount(0);
    }
  });

  test("a teacher cannot open /admin", async ({ page }) => {
    await signIn(page, demo.teacher);
    await expect(page).toHaveURL(/\/teach$/);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
  });

  test("a visitor is sent to sign in", async ({ page }) => {
    for (const path of ["/practice", "/teach", "/admin"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in$/);
    }
  });
});

test.describe("sign up with a join code", () => {
  test("a bad join code shows a clear error and creates no account", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Class join code").fill("WRONG9");
    await page.getByLabel("Your name").fill("Nadia");
    await page.getByLabel("Email").fill("nadia@example.test");
    await page.getByLabel("Password (8+ characters)").fill("good-password");
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /join code doesn't match an open class/ })).toBeVisible();
    await signIn(page, "nadia@example.test", "good-password");
    await expect(page.getByRole("alert").filter({ hasText: "don't match an account" })).toBeVisible();
  });

  test("an empty form names every field to fill in at once, and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Nadia");
    await page.getByRole("button", { name: "Join class" }).click();
    const alert = page.locator("form").getByRole("alert");
    await expect(alert.getByRole("listitem")).toHaveCount(3);
    await expect(alert).toContainText(/join code/i);
    await expect(alert).toContainText(/email/i);
    await expect(alert).toContainText(/password/i);
    await expect(page.getByLabel("Your name")).toHaveValue("Nadia");
  });

  test("a good join code creates a student in that class", async ({ page }) => {
    const email = `new-${Date.now()}@example.test`;
    await page.goto("/sign-up");
    await page.getByLabel("Class join code").fill("demo7a");
    await page.getByLabel("Your name").fill("Nadia New");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password (8+ characters)").fill("good-password");
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page).toHaveURL(/\/sign-in\?joined=1$/);
    await expect(page.getByRole("status")).toContainText("You have joined the class");
    await signIn(page, email, "good-password");
    await expect(page).toHaveURL(/\/practice$/);
    await expect(page.getByRole("heading", { name: "Grade 7 Maths" })).toBeVisible();
  });

  test("joining with a taken email looks exactly like joining with a new one, and changes nothing", async ({
    page,
  }) => {
    const join = async (email: string, password: string) => {
      await page.context().clearCookies();
      await page.goto("/sign-up");
      await page.getByLabel("Class join code").fill("demo7a");
      await page.getByLabel("Your name").fill("Someone");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password (8+ characters)").fill(password);
      await page.getByRole("button", { name: "Join class" }).click();
      await expect(page).toHaveURL(/\/sign-in\?joined=1$/);
      return {
        text: await page.getByRole("main").innerText(),
        cookies: (await page.context().cookies()).map((c) => c.name).sort(),
      };
    };
    const fresh = await join(`fresh-${Date.now()}@example.test`, "good-password");
    const taken = await join(demo.student, "attacker-chosen-phrase");
    expect(taken).toEqual(fresh);
    // The demo student's password still works; the attacker's does not.
    await signIn(page, demo.student, "attacker-chosen-phrase");
    await expect(page.locator("form").getByRole("alert")).toBeVisible();
    await signIn(page, demo.student);
    await expect(page).toHaveURL(/\/practice$/);
  });
});
