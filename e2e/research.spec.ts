import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, signUpStudent } from "./helpers";

// Issue 18, research data out: an admin defines and starts an experiment, a student practises,
// the admin reads the report and downloads the DataShop file with the student's condition.
// The picker factor, with two adaptive levels, so that other specs' tutoring is unchanged; the
// experiment is scoped to a class made for this test (an experiment over every student would also
// enrol the students of specs running beside it) and stopped at the end.

const NAME = `Review test ${Date.now()}`;
const CLASS = `Research class ${Date.now().toString(36)}`;

test("an admin runs an experiment, a student practises, the admin reads the report and downloads DataShop", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  // A teacher makes the class the experiment covers and assigns it a set.
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, demo.teacher);
  await expect(teacher).toHaveURL(/\/teach$/);
  await teacher.getByLabel("Class name").fill(CLASS);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: CLASS })).toBeVisible();
  const code = ((await teacher.getByTestId("join-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  const fractions = teacher.getByLabel("Assign a published set").locator("option", { hasText: /^Fractions \(/ });
  await teacher.getByLabel("Assign a published set").selectOption((await fractions.getAttribute("value")) ?? "");
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(teacher.getByRole("form", { name: "Unassign Fractions" })).toBeVisible();
  await teacherContext.close();

  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Experiments" }).click();
  await expect(page.getByRole("heading", { name: "Experiments and research data" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Name", { exact: true }).fill(NAME);
  await page.getByLabel("What it varies").selectOption("picker");
  await page.getByLabel("Condition 1 name").fill("Adaptive");
  await page.getByLabel("Condition 1 level").selectOption("adaptive");
  await page.getByLabel("Condition 2 name").fill("No review");
  await page.getByLabel("Condition 2 level").selectOption("adaptive_no_review");
  await page.getByLabel(CLASS).check();
  await page.getByRole("button", { name: "Create experiment" }).click();
  await expect(page).toHaveURL(/\/admin\/experiments\/[a-z0-9]+$/);
  const reportUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText(`Next-problem picker · draft · ${CLASS}`)).toBeVisible();
  await page.getByRole("button", { name: "Start experiment" }).click();
  await expect(page.getByText(`Next-problem picker · running · ${CLASS}`)).toBeVisible();

  // A new student practises: one wrong answer and a hint.
  const context = await browser.newContext();
  const student = await context.newPage();
  await signUpStudent(student, "Research Student", code);
  await student.getByRole("button", { name: /practising/ }).click();
  await expect(student).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const turns = student.getByRole("list", { name: "Conversation" }).locator("li");
  const before = await turns.count();
  await student.getByLabel("Your answer or message").fill("zebra 999");
  await student.getByLabel("Your answer or message").press("Enter");
  // A turn shows as two list items while it streams (the message and "thinking"): wait for the
  // stored reply, else the context can close before the server has the turn (CI failed so once).
  const busy = student.locator('[aria-busy="true"]');
  await expect(turns).toHaveCount(before + 2);
  await expect(busy).toHaveCount(0);
  await student.getByRole("button", { name: "Hint", exact: true }).click();
  await expect(turns).toHaveCount(before + 4);
  await expect(busy).toHaveCount(0);
  await context.close();

  // The report counts the student and their turns in one condition.
  await page.goto(reportUrl);
  const rows = page.getByRole("region", { name: "Results by condition" }).getByRole("row");
  await expect(rows).toHaveCount(3);
  const counts = await rows.evaluateAll((trs) =>
    trs.slice(1).map((tr) => [...tr.querySelectorAll("td")].slice(0, 3).map((td) => Number(td.textContent))),
  );
  expect(counts.map((c) => c[0]).reduce((a = 0, b = 0) => a + b, 0)).toBe(1);
  const mine = counts.find((c) => c[0] === 1);
  expect(mine?.[1]).toBe(1);
  expect(mine?.[2]).toBe(before + 4);
  await expectNoAxeViolations(page);

  // The DataShop file: DataShop's header, the student's turns with the condition.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the DataShop file (everything)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/datashop.*\.txt$/);
  const text = fs.readFileSync((await download.path()) as string, "utf8");
  const [header, ...lines] = text.trim().split("\n");
  expect(header?.split("\t").slice(0, 3)).toEqual(["Anon Student Id", "Session Id", "Time"]);
  const withCondition = lines.filter((l) => l.includes(`${NAME}: `));
  expect(withCondition.length).toBeGreaterThanOrEqual(3);
  expect(withCondition.some((l) => l.split("\t").includes("HINT_REQUEST"))).toBe(true);
  expect(text).not.toContain("Research Student");

  await page.getByRole("button", { name: "Stop experiment" }).click();
  await expect(page.getByText(`Next-problem picker · stopped · ${CLASS}`)).toBeVisible();
});
