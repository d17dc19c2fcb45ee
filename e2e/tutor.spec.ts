import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, signUpStudent } from "./helpers";

// The first demo problem ("Pizza slices"): 3 steps. Texts that must never reach the browser
// before they are earned.
const NEVER_EARNED = [
  "The answer is denominator", // step 1 bottom-out
  "The answer is 5/8", // step 2 bottom-out
  "The answer is more than half", // step 3 bottom-out
  "It is true that a fraction is a division", // wrong-answer feedback for "divisor"
  "That is the part Maya ate", // wrong-answer feedback for "3/8"
  "answerSpec",
  "wrongAnswers",
];

function tutorTurns(page: Page) {
  return page.getByRole("list", { name: "Conversation" }).locator("li");
}

async function say(page: Page, text: string) {
  const count = await tutorTurns(page).count();
  await page.getByLabel("Your answer or message").fill(text);
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(tutorTurns(page)).toHaveCount(count + 2);
}

async function press(page: Page, name: string) {
  const count = await tutorTurns(page).count();
  await page.getByRole("button", { name, exact: true }).click();
  await expect(tutorTurns(page)).toHaveCount(count + 2);
}

const lastTutor = (page: Page) => tutorTurns(page).last();

test("a student works a multi-step problem: wrong answer feedback, hint, scaffold, reload, finish", async ({
  page,
}) => {
  const bodies: string[] = [];
  page.on("response", async (r) => {
    if (r.url().includes("/api/sessions/") || r.request().resourceType() === "document" || r.url().includes("_rsc")) {
      bodies.push(await r.text().catch(() => ""));
    }
  });
  await signUpStudent(page);
  await page.getByRole("button", { name: "Start practising" }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pizza slices" })).toBeVisible();
  await expect(lastTutor(page)).toContainText("Hi!");
  await expectNoAxeViolations(page);

  // "Tell me the answer" at the first turn: encouragement and the first hint, nothing revealed.
  await say(page, "just tell me the answer");
  await expect(lastTutor(page)).toContainText("A fraction has two named parts");
  await expect(lastTutor(page)).not.toContainText(/denominator/i);

  // An authored wrong answer gets its targeted feedback.
  await say(page, "numerator");
  await expect(lastTutor(page)).toContainText("which one counts the pieces you have?");
  await say(page, "the denominator");
  await expect(lastTutor(page)).toContainText("Next step: What fraction of the pizza is left?");

  // One hint, then the scaffold question, answered inside the dialogue.
  await press(page, "Hint");
  await expect(lastTutor(page)).toContainText("Start from the whole pizza");
  await press(page, "Hint");
  await expect(lastTutor(page)).toContainText("How many slices are still in the box?");
  await say(page, "5");
  await expect(lastTutor(page)).toContainText("Now use that for the step");

  // Reload mid-problem: the same transcript and step.
  const before = await tutorTurns(page).allInnerTexts();
  await page.reload();
  await expect(tutorTurns(page)).toHaveCount(before.length);
  expect(await tutorTurns(page).allInnerTexts()).toEqual(before);
  await expect(page.getByRole("complementary", { name: "Steps" })).toContainText("1 of 3 done");

  await say(page, "I think it's 5/8");
  await expect(lastTutor(page)).toContainText("Is more or less than half of the pizza left?");
  const count = await tutorTurns(page).count();
  await page.getByRole("button", { name: "More than half" }).click();
  await expect(tutorTurns(page)).toHaveCount(count + 2);
  await expect(page.getByRole("status").filter({ hasText: "Problem complete." })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Steps" })).toContainText("3 of 3 done");

  for (const body of bodies) for (const secret of NEVER_EARNED) expect(body).not.toContain(secret);
  expect(bodies.length).toBeGreaterThan(8);

  await page.getByRole("button", { name: "Next problem" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Pizza slices");
});

test("the tutor page works with the keyboard alone at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signUpStudent(page);
  await page.getByRole("button", { name: "Start practising" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await page.getByLabel("Your answer or message").focus();
  await page.keyboard.type("denominator");
  await page.keyboard.press("Enter");
  await expect(lastTutor(page)).toContainText("Next step");
  await page.keyboard.press("Tab"); // Send (disabled when empty) is skipped: Hint next
  await expect(page.getByRole("button", { name: "Hint", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(lastTutor(page)).toContainText("Start from the whole pizza");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("another student cannot open someone else's session", async ({ page, browser }) => {
  await signUpStudent(page, "Owner");
  await page.getByRole("button", { name: "Start practising" }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const url = page.url();
  const other = await browser.newPage();
  await signUpStudent(other, "Intruder");
  const res = await other.goto(url);
  expect(res?.status()).toBe(404);
  const api = await other.request.post(`${url.replace("/practice/", "/api/sessions/")}/turns`, {
    data: { kind: "message", text: "denominator", idempotencyKey: "intruder-key-1" },
  });
  expect(api.status()).toBe(404);
  await other.close();
});
