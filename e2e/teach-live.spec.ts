import { expect, type Page, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, signUpStudent } from "./helpers";

// The live class view (decision 018): the teacher keeps it open while a student, in a second
// browser, starts a problem and answers it wrong; the student's card moves from "Not started
// today" to "Working" to "Stuck now" by polling, without a reload.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function say(page: Page, text: string) {
  const turns = page.getByRole("list", { name: "Conversation" }).locator("li");
  const count = await turns.count();
  await page.getByLabel("Your answer or message").fill(text);
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(turns).toHaveCount(count + 2);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test("the live view shows a student working, then stuck now, without a reload", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);
  const className = `Live ${unique()}`;
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classUrl = page.url();
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  const fractions = page.getByLabel("Assign a published set").locator("option", { hasText: /^Fractions \(/ });
  await page.getByLabel("Assign a published set").selectOption((await fractions.getAttribute("value")) ?? "");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("form", { name: "Unassign Fractions" })).toBeVisible();

  // A student joins; the teacher pins a problem with a numeric first step (so "7" is plainly wrong).
  const studentName = `Omar ${unique()}`;
  const studentContext = await browser.newContext();
  const sp = await studentContext.newPage();
  await signUpStudent(sp, studentName, code);
  await page.goto(classUrl);
  await page.getByRole("link", { name: studentName, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: studentName })).toBeVisible();
  await page.getByLabel("Problem", { exact: true }).selectOption({ label: "Fractions: Twentieths" });
  await page.getByLabel("Override").selectOption("pin");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("list", { name: "Current overrides" })).toContainText("Pinned: Twentieths");

  // The teacher opens the live view from the class's tabs.
  await page.goto(classUrl);
  await page.getByRole("link", { name: "Live", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Live: ${className}` })).toBeVisible();
  const card = page.getByTestId("live-student").filter({ hasText: studentName });
  await expect(card).toHaveAttribute("data-status", "not_started");
  await expect(card).toContainText("Not started today");
  await expectNoAxeViolations(page);
  // Marks this document: a reload or a navigation would lose it.
  await page.evaluate(() => {
    (window as unknown as { liveMark?: string }).liveMark = "same page";
  });

  // The student starts the problem: "Working", on step 1 of 3.
  await sp.getByRole("button", { name: /practising/ }).click();
  await expect(sp.getByRole("heading", { level: 1, name: "Twentieths" })).toBeVisible();
  await say(sp, "7");
  await expect(card).toHaveAttribute("data-status", "working", { timeout: 15_000 });
  await expect(card).toContainText("Working");
  await expect(card).toContainText("Twentieths: step 1 of 3");
  await expect(card.getByRole("link", { name: `Live transcript of ${studentName}` })).toBeVisible();

  // Two more wrong answers: three in a row on the step, "Stuck now" with the reason in words.
  await say(sp, "8");
  await say(sp, "9");
  await expect(card).toHaveAttribute("data-status", "stuck", { timeout: 15_000 });
  await expect(card).toContainText("Stuck now");
  await expect(card).toContainText("3 wrong answers in a row on this step");
  await expect(page.getByTestId("live-summary")).toContainText("1 stuck now");
  expect(await page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe("same page");
  await expectNoAxeViolations(page);

  // The transcript link opens the student's session.
  await card.getByRole("link", { name: `Live transcript of ${studentName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Transcript: ${studentName}` })).toBeVisible();
  // While the session is active the transcript follows it: the student's next answer appears
  // without a reload (the page never changed).
  await expect(page.getByText("this page updates by itself")).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { liveMark?: string }).liveMark = "transcript";
  });
  await say(sp, "11");
  await expect(page.getByRole("main").getByText("11", { exact: true }).first()).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe("transcript");
  await studentContext.close();
});

test("the live route: the teacher gets JSON, never cached; a student 403; a visitor 401", async ({ page, browser }) => {
  await signIn(page, demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);
  await page.getByRole("link", { name: "Grade 7 Maths" }).first().click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classId = new URL(page.url()).pathname.split("/")[3];
  const mine = await page.request.get(`/api/teach/classes/${classId}/live`);
  expect(mine.status()).toBe(200);
  expect(mine.headers()["cache-control"]).toContain("no-store");
  expect(((await mine.json()) as { students: unknown[] }).students.length).toBeGreaterThan(0);

  const other = await browser.newContext();
  const op = await other.newPage();
  await signIn(op, demo.student);
  await expect(op).toHaveURL(/\/practice$/);
  expect((await op.request.get(`/api/teach/classes/${classId}/live`)).status()).toBe(403);
  await other.close();
  const visitor = await browser.newContext();
  expect((await visitor.request.get(`/api/teach/classes/${classId}/live`)).status()).toBe(401);
  await visitor.close();
});
