import { expect, type Page, test } from "@playwright/test";
import type { ProblemInput } from "@/lib/content/format";
import { formatAnswer } from "@/lib/tutor/answers";
import { wrongGuess } from "@/lib/tutor/play-problem";
import { demoProblemByTitle } from "./demo-content";
import { demo, expectNoAxeViolations, signIn, signUpStudent } from "./helpers";

// The picker chooses the first problem, so the tests look it up in the demo content by title.

function tutorTurns(page: Page) {
  return page.getByRole("list", { name: "Conversation" }).locator("li");
}
const lastTutor = (page: Page) => tutorTurns(page).last();

/** The tutor's words when a step is confirmed and the next one given (any of its wordings). */
const NEXT_STEP = /Next step:|Now this one:|On to the next step:/;

/** Waits until the reply has finished streaming (its bubble is no longer busy). */
async function replied(page: Page, count: number) {
  await expect(tutorTurns(page)).toHaveCount(count + 2);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function say(page: Page, text: string) {
  const count = await tutorTurns(page).count();
  await page.getByLabel("Your answer or message").fill(text);
  await page.getByLabel("Your answer or message").press("Enter");
  await replied(page, count);
}

async function press(page: Page, name: string) {
  const count = await tutorTurns(page).count();
  await page.getByRole("button", { name, exact: true }).click();
  await replied(page, count);
}

async function startProblem(page: Page): Promise<ProblemInput> {
  await page.getByRole("button", { name: /practising/ }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  return demoProblemByTitle(title);
}

/** Texts that must never reach the browser unless earned. */
function secretsOf(problem: ProblemInput, usedWrong: Set<string>): string[] {
  const out = ["answerSpec", "wrongAnswers"];
  for (const s of problem.steps) {
    for (const h of s.hints) if (h.kind === "bottom_out") out.push(h.text.slice(0, 40));
    for (const w of s.wrongAnswers) if (!usedWrong.has(w.match)) out.push(w.feedback.slice(0, 40));
  }
  return out;
}

test("a student works a multi-step problem: wrong-answer feedback, hint, scaffold, reload, finish", async ({
  page,
}) => {
  const bodies: string[] = [];
  page.on("response", async (r) => {
    if (r.url().includes("/api/sessions/") || r.request().resourceType() === "document" || r.url().includes("_rsc")) {
      bodies.push(await r.text().catch(() => ""));
    }
  });
  await signUpStudent(page);
  const problem = await startProblem(page);
  expect(problem.steps.length).toBeGreaterThanOrEqual(2);
  await expect(lastTutor(page)).toContainText("Hi!");
  await expectNoAxeViolations(page);
  const [first, second, ...rest] = problem.steps;
  if (!first || !second) throw new Error("need two steps");

  // "Tell me the answer" at the first turn: encouragement and the first rung, nothing revealed.
  await say(page, "just tell me the answer");
  const firstRung = first.hints[0];
  await expect(lastTutor(page)).toContainText(firstRung?.text.slice(0, 30) ?? "");
  const bottom = first.hints.find((h) => h.kind === "bottom_out");
  if (bottom) await expect(lastTutor(page)).not.toContainText(bottom.text.slice(0, 30));

  // An authored wrong answer gets its targeted feedback.
  const wrong = first.wrongAnswers[0];
  if (!wrong) throw new Error("demo steps have wrong answers");
  await say(page, wrong.match);
  await expect(lastTutor(page)).toContainText(wrong.feedback.slice(0, 30));
  await say(page, formatAnswer(first.answer));
  await expect(lastTutor(page)).toContainText(NEXT_STEP);

  // Hints up to the scaffold question, answered inside the dialogue.
  const scaffoldAt = second.hints.findIndex((h) => h.kind === "scaffold");
  expect(scaffoldAt).toBeGreaterThanOrEqual(1);
  for (let i = 0; i <= scaffoldAt; i++) {
    await press(page, "Hint");
    await expect(lastTutor(page)).toContainText(second.hints[i]?.text.slice(0, 30) ?? "");
  }
  const scaffold = second.hints[scaffoldAt];
  if (scaffold?.kind !== "scaffold") throw new Error("scaffold");
  await say(page, formatAnswer(scaffold.answer));
  await expect(lastTutor(page)).toContainText(/(Right\.|Yes, exactly\.|Good, that's it\.)/);

  // Reload mid-problem: the same transcript and step.
  const before = await tutorTurns(page).allInnerTexts();
  await page.reload();
  await expect(tutorTurns(page)).toHaveCount(before.length);
  expect(await tutorTurns(page).allInnerTexts()).toEqual(before);
  await expect(page.getByRole("complementary", { name: "Steps" })).toContainText(`1 of ${problem.steps.length} done`);

  await say(page, `I think it's ${formatAnswer(second.answer)}`);
  for (const step of rest) await say(page, formatAnswer(step.answer));
  await expect(page.getByRole("status").filter({ hasText: "Problem complete." })).toBeVisible();
  // The answer box is gone: the keyboard focus moves on to "Next problem", not to the page.
  await expect(page.getByRole("button", { name: "Next problem" })).toBeFocused();
  const n = problem.steps.length;
  await expect(page.getByRole("complementary", { name: "Steps" })).toContainText(`${n} of ${n} done`);

  const secrets = secretsOf(problem, new Set([wrong.match]));
  for (const body of bodies) for (const secret of secrets) expect(body).not.toContain(secret);
  expect(bodies.length).toBeGreaterThan(8);

  await page.getByRole("button", { name: "Next problem" }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(problem.title);
});

test("the skill meter moves after a correct first attempt", async ({ page }) => {
  await signUpStudent(page);
  const meters = page.getByRole("meter");
  await expect(meters.first()).toBeVisible();
  const before = new Map<string, number>();
  for (const m of await meters.all())
    before.set((await m.getAttribute("aria-labelledby")) ?? "", Number(await m.getAttribute("data-mastery")));
  const problem = await startProblem(page);
  const step = problem.steps[0];
  if (!step) throw new Error("step");
  await say(page, formatAnswer(step.answer));
  await expect(lastTutor(page)).toContainText(new RegExp(`${NEXT_STEP.source}|every step yourself`));
  await page.goto("/practice");
  let rose = 0;
  for (const m of await meters.all()) {
    const id = (await m.getAttribute("aria-labelledby")) ?? "";
    if (Number(await m.getAttribute("data-mastery")) > (before.get(id) ?? 1)) rose++;
  }
  expect(rose).toBeGreaterThanOrEqual(1);
});

test("the tutor page works with the keyboard alone at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signUpStudent(page);
  await page.getByRole("button", { name: /practising/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const problem = demoProblemByTitle((await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "");
  await page.getByLabel("Your answer or message").focus();
  await page.keyboard.type(formatAnswer(problem.steps[0]?.answer ?? { kind: "text", accepted: ["x"] }));
  await page.keyboard.press("Enter");
  await expect(lastTutor(page)).toContainText(NEXT_STEP);
  const hint = page.getByRole("button", { name: "Hint", exact: true });
  for (let i = 0; i < 8 && !(await hint.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(hint).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(lastTutor(page)).toContainText(problem.steps[1]?.hints[0]?.text.slice(0, 30) ?? "");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("another student cannot open someone else's session", async ({ page, browser }) => {
  await signUpStudent(page, "Owner");
  await page.getByRole("button", { name: /practising/ }).click();
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

/** As the demo teacher: the demo class's transcripts filtered by `flag`, listing `name`'s session. */
async function teacherSeesUnderFilter(page: Page, flag: string, name: string) {
  await page.context().clearCookies();
  await signIn(page, demo.teacher);
  await page.getByRole("link", { name: "Grade 7 Maths", exact: true }).click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classPath = new URL(page.url()).pathname;
  await page.goto(`${classPath}/transcripts?flag=${flag}`);
  await expect(page.getByRole("table")).toContainText(name);
  return classPath;
}

test("off-topic chat gets a friendly redirect and appears under the teacher's off-topic filter", async ({ page }) => {
  const name = `Chatty ${Math.random().toString(36).slice(2, 8)}`;
  await signUpStudent(page, name);
  const problem = await startProblem(page);
  const step = problem.steps[0];
  if (!step) throw new Error("step");
  await say(page, "what's the best football team in the world?");
  await expect(lastTutor(page)).not.toContainText(/good question/i);
  await expect(lastTutor(page)).toContainText(/maths|problem to finish/);
  const first = await lastTutor(page).textContent();
  // Asked again: said another way, never the same sentence twice in a row.
  await say(page, "seriously, who is the best football team?");
  expect(await lastTutor(page).textContent()).not.toBe(first);
  // Nothing was graded: the step is still open and its answer still works.
  await say(page, formatAnswer(step.answer));
  await expect(lastTutor(page)).toContainText(new RegExp(`${NEXT_STEP.source}|every step yourself`));

  const classPath = await teacherSeesUnderFilter(page, "offtopic", name);
  await page.getByRole("table").getByRole("row").filter({ hasText: name }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/transcripts\/[a-z0-9]+$/);
  await expect(page.getByText("what's the best football team in the world?")).toBeVisible();
  await expect(page.getByText("off-topic").first()).toBeVisible();
  await expectNoAxeViolations(page);
  // The same session is not listed as off-topic-free noise: without the filter it is there too.
  await page.goto(`${classPath}/transcripts`);
  await expect(page.getByRole("table")).toContainText(name);
});

test("after a reveal the student types the told answer in; the step is recorded as told", async ({ page }) => {
  const name = `Teller ${Math.random().toString(36).slice(2, 8)}`;
  await signUpStudent(page, name);
  const problem = await startProblem(page);
  const [step, second] = problem.steps;
  if (!step || !second) throw new Error("need two steps");
  /** The confirmation of a told answer typed in, with the next step (any wording). */
  const TOLD_NEXT = /on your own:|next step for you:/;
  // One real attempt, then every rung of the ladder: the last Hint tells the answer.
  await say(page, wrongGuess(step.answer));
  const told = formatAnswer(step.answer);
  for (let i = 0; i < step.hints.length; i++) await press(page, "Hint");
  await expect(lastTutor(page)).toContainText(told);
  await expect(lastTutor(page)).toContainText(/type/i);
  // No auto-advance: the next step is not given yet.
  await expect(lastTutor(page)).not.toContainText(TOLD_NEXT);
  // A wrong entry: the told answer again, kindly; no dead end.
  await say(page, "123456789");
  await expect(lastTutor(page)).toContainText(told);
  await expect(lastTutor(page)).not.toContainText(TOLD_NEXT);
  // The told answer typed in: confirmed without praise, and the next step.
  await say(page, told);
  await expect(lastTutor(page)).toContainText(TOLD_NEXT);
  await expect(lastTutor(page)).not.toContainText(/well done|right!|spot on/i);
  await expectNoAxeViolations(page);

  await teacherSeesUnderFilter(page, "revealed", name);
});
