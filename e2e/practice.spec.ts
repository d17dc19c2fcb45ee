import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { formatAnswer } from "@/lib/tutor/answers";
import { demoProblemByTitle } from "./demo-content";
import { demo, expectNoAxeViolations, signIn, signUpStudent } from "./helpers";

// The student's page (issue 15): the next problem first with one friendly reason, mastery as
// levels in words for the assigned skills only, the first-run explanation of Hint and I'm stuck,
// told steps shown as told, and a phone layout (390 x 844) with nothing clipped or off-screen.

const LEVELS = ["Not started", "Getting started", "Making progress", "Almost there", "Mastered"];

/** The names of the skills the demo class's sets practise (every demo set is assigned to it). */
function assignedSkillNames(): string[] {
  const dir = path.resolve(__dirname, "../content/demo");
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  const names = new Map<string, string>(
    (read("skills.json").skills as { key: string; name: string }[]).map((s) => [s.key, s.name]),
  );
  const used = new Set<string>();
  for (const f of fs.readdirSync(dir))
    for (const set of read(f).problemSets ?? [])
      for (const p of set.problems) for (const s of p.steps) for (const k of s.skills ?? []) used.add(k);
  return [...used].map((k) => names.get(k) ?? k).sort();
}

const turns = (page: Page) => page.getByRole("list", { name: "Conversation" }).locator("li");

async function waitReply(page: Page, before: number) {
  await expect(turns(page)).toHaveCount(before + 2);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function say(page: Page, text: string) {
  const before = await turns(page).count();
  await page.getByLabel("Your answer or message").fill(text);
  await page.getByLabel("Your answer or message").press("Enter");
  await waitReply(page, before);
}

async function press(page: Page, name: string) {
  const before = await turns(page).count();
  await page.getByRole("button", { name, exact: true }).click();
  await waitReply(page, before);
}

async function openProblem(page: Page) {
  await page.getByRole("button", { name: /practising/ }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const title = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
  return demoProblemByTitle(title);
}

/** Elements that stick out of the viewport, and text cut inside its box, on the page as it is. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).slice(0, 40)} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    if (document.documentElement.scrollWidth > vw)
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    for (const el of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      // Visually hidden text for assistive technology (sr-only) is 1 px by design.
      if (el.closest(".sr-only, [data-mastery-chart], svg")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > vw + 1 || r.left < -1)
        out.push(`off-screen (${Math.round(r.left)}..${Math.round(r.right)}): ${name(el)}`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim());
      if (!ownText || style.display === "inline") continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`text wider than its box (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
      if (style.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth)
        out.push(`text cut with …: ${name(el)}`);
    }
    return out;
  });
}

test("the practice page leads with the next problem and a friendly reason, then skills in words", async ({ page }) => {
  await signUpStudent(page);
  const upNext = page.locator("[data-up-next]");
  await expect(upNext).toHaveAttribute("data-up-next", "next");
  await expect(upNext.getByRole("heading", { level: 2 })).toContainText(/^Next: \S/);
  const reason = upNext.locator("[data-pick-reason]");
  await expect(reason).toContainText(/^Why this one: /);
  const line = (await reason.textContent()) ?? "";
  expect(line).not.toMatch(/predicted|success|prerequisite|mastery \d|\d[.,]\d/i);
  // The next problem comes first: above the skills.
  const skills = page.getByRole("region", { name: "Your skills" });
  const [a, b] = [await upNext.boundingBox(), await skills.boundingBox()];
  expect(a && b && a.y < b.y).toBe(true);

  // A new student: every assigned skill, by name, in one "Not started" group: no bars, no decimals.
  const shown = (await skills.locator("li[data-skill] [id^='skill-']").allTextContents()).map((s) => s.trim()).sort();
  // Every demo skill (all are in the demo class's sets). The admin spec, sharing this database,
  // may have added its own skill ("Halving <suffix>") to a step of an assigned demo problem:
  // that one is assigned too; nothing else may appear.
  const demoSkills = assignedSkillNames();
  expect(shown).toEqual(expect.arrayContaining(demoSkills));
  expect(shown.filter((n) => !demoSkills.includes(n)).every((n) => /^Halving \S+$/.test(n))).toBe(true);
  await expect(skills.locator("li[data-level='notStarted']")).toHaveCount(shown.length);
  await expect(skills.getByText(`${shown.length} skills not started yet`)).toBeVisible();
  expect(await skills.textContent()).not.toMatch(/\d[.,]\d/);
  await expectNoAxeViolations(page);

  // After a right first answer the practised skills read a level in words, with the number secondary.
  const problem = await openProblem(page);
  const first = problem.steps[0];
  if (!first) throw new Error("step");
  await say(page, formatAnswer(first.answer));
  await page.goto("/practice");
  await expect(page.locator("[data-up-next]")).toHaveAttribute("data-up-next", /continue|next/);
  const practised = skills.locator("li[data-skill]:not([data-level='notStarted'])");
  expect(await practised.count()).toBeGreaterThanOrEqual(1);
  for (const li of await practised.all()) {
    // The lead line: the name and the level in words, no raw number.
    const lead = (await li.locator("div").first().textContent()) ?? "";
    expect(LEVELS.some((l) => lead.includes(l))).toBe(true);
    expect(lead).not.toMatch(/\d[.,]\d/);
  }
  await expectNoAxeViolations(page);
});

test("the first-run explanation of Hint and I'm stuck appears once and stays reachable", async ({ page }) => {
  await signUpStudent(page);
  await openProblem(page);
  const help = page.getByRole("region", { name: "Hint or I'm stuck?" });
  await expect(help).toBeVisible();
  await expectNoAxeViolations(page);
  await help.getByRole("button", { name: "Got it" }).click();
  await expect(help).toHaveCount(0);
  await page.reload();
  await expect(turns(page).first()).toBeVisible();
  await expect(help).toHaveCount(0);
  const again = page.getByRole("button", { name: "How Hint and I'm stuck work" });
  await expect(again).toHaveAttribute("aria-expanded", "false");
  await again.click();
  await expect(help).toBeVisible();
  await expect(again).toHaveAttribute("aria-expanded", "true");
});

test("a step the tutor told is marked Told, unlike a solved one", async ({ page }) => {
  await signUpStudent(page);
  const problem = await openProblem(page);
  const [first, second] = problem.steps;
  if (!first || !second) throw new Error("need two steps");
  const steps = page.getByRole("complementary", { name: "Steps" }).locator("li");
  await expect(steps.first()).toHaveAttribute("data-step-status", "current");
  // A wrong answer first (the tutor tells an answer only after a try), then "I'm stuck" until told.
  const wrong = first.wrongAnswers[0]?.match ?? "12345";
  await say(page, wrong);
  for (let i = 0; i < 10; i++) {
    if (!(await page.getByRole("button", { name: "I'm stuck", exact: true }).isVisible())) break;
    const told = (await turns(page).last().textContent()) ?? "";
    const bottom = first.hints.find((h) => h.kind === "bottom_out")?.text.slice(0, 30);
    if ((bottom && told.includes(bottom)) || (await steps.first().getAttribute("data-step-status")) !== "current")
      break;
    await press(page, "I'm stuck");
  }
  // After the reveal the tutor may ask for the told answer to be typed in: type it if the step is still open.
  if ((await steps.first().getAttribute("data-step-status")) === "current") await say(page, formatAnswer(first.answer));
  await expect(steps.first()).toHaveAttribute("data-step-status", "told");
  await expect(steps.first()).toContainText("Told");
  await expect(steps.first()).not.toContainText("Solved");
  // The next step solved outright reads Solved.
  if ((await steps.nth(1).getAttribute("data-step-status")) === "current") {
    await say(page, formatAnswer(second.answer));
    await expect(steps.nth(1)).toHaveAttribute("data-step-status", "solved");
    await expect(steps.nth(1)).toContainText("Solved");
  }
  await expect(page.getByRole("complementary", { name: "Steps" })).toContainText(/1 step was told by the tutor/);
  await expectNoAxeViolations(page);
});

test("at phone width (390 x 844) nothing is clipped or off-screen and the keypad types at the caret", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpStudent(page);
  expect(await layoutProblems(page)).toEqual([]);
  const problem = await openProblem(page);
  await expect(page.getByRole("region", { name: "Hint or I'm stuck?" })).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
  await page.getByRole("button", { name: "Got it" }).click();

  // The answer box and its buttons sit at the bottom of the screen, thumb-sized.
  const input = page.getByLabel("Your answer or message");
  const box = await input.boundingBox();
  expect(box && box.y + box.height).toBeGreaterThan(844 - 260);
  expect(box && box.y + box.height).toBeLessThanOrEqual(844);
  const composer = page.locator("[data-composer]");
  for (const button of await composer.getByRole("button").all()) {
    const b = await button.boundingBox();
    const label = (await button.getAttribute("aria-label")) ?? (await button.textContent()) ?? "";
    expect(b?.height ?? 0, label).toBeGreaterThanOrEqual(44);
    expect(b?.width ?? 0, label).toBeGreaterThanOrEqual(44);
  }

  // The keypad inserts at the caret.
  await page.getByRole("button", { name: /Math keys/ }).click();
  await expect(page.getByRole("group", { name: /Math keys/ })).toBeVisible();
  await input.fill("34");
  await input.evaluate((el: HTMLInputElement) => el.setSelectionRange(1, 1));
  await page.getByRole("button", { name: "Insert fraction bar /" }).click();
  await expect(input).toHaveValue("3/4");
  await input.evaluate((el: HTMLInputElement) => el.setSelectionRange(3, 3));
  await page.getByRole("button", { name: "Insert square root √" }).click();
  await page.keyboard.type("2");
  await expect(input).toHaveValue("3/4√(2)");
  for (const key of await page
    .getByRole("group", { name: /Math keys/ })
    .getByRole("button")
    .all()) {
    const b = await key.boundingBox();
    expect(b?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  await page.getByRole("button", { name: /Number keyboard/ }).click();
  await expect(input).toHaveAttribute("inputmode", "decimal");
  expect(await layoutProblems(page)).toEqual([]);
  await expectNoAxeViolations(page);

  // A keypad-typed answer is read by the tutor like a typed one.
  await input.fill(formatAnswer(problem.steps[0]?.answer ?? { kind: "text", accepted: ["x"] }));
  await input.press("Enter");
  await expect(page.getByRole("complementary", { name: "Steps" }).locator("li").first()).toHaveAttribute(
    "data-step-status",
    "solved",
  );
  expect(await layoutProblems(page)).toEqual([]);

  // Finished, then opened again: the page opens at its end, with "Next problem" on screen (it
  // opened at the last message, the button below the fold).
  const steps = page.getByRole("complementary", { name: "Steps" }).locator("li");
  for (const [i, step] of problem.steps.entries()) {
    if (i === 0) continue;
    await input.fill(formatAnswer(step.answer));
    await input.press("Enter");
    await expect(steps.nth(i)).toHaveAttribute("data-step-status", "solved");
  }
  await page.reload();
  await expect(page.getByRole("button", { name: "Next problem" })).toBeInViewport();

  await page.goto("/practice");
  expect(await layoutProblems(page)).toEqual([]);
  await expectNoAxeViolations(page);
});

test("at phone width a choice step's answer area leaves the problem in view (no maths keys or number pad)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/sets");
  await page.getByRole("link", { name: "Linear equations", exact: true }).click();
  await page.getByRole("link", { name: "Add seven" }).click();
  await page.getByRole("button", { name: "Preview in the tutor" }).click();
  await expect(page).toHaveURL(/\/admin\/preview\//);
  const composer = page.locator("[data-composer]");
  await expect(composer.getByRole("group", { name: "Choose an answer" })).toBeVisible();
  // A browser walk measured this sticky area at about 45% of the screen, two rows of it being
  // keys a choice step does not use.
  await expect(composer.getByRole("button", { name: /Math keys/ })).toHaveCount(0);
  await expect(composer.getByRole("button", { name: /Number keyboard/ })).toHaveCount(0);
  const box = await composer.boundingBox();
  expect(box?.height ?? 844).toBeLessThan(844 * 0.4);
  expect(await layoutProblems(page)).toEqual([]);
  // The typed answer still works beside the buttons.
  await page.getByLabel("Your answer or message").fill("subtract 7 from both sides");
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(page.getByRole("complementary", { name: "Steps" }).locator("li").first()).toHaveAttribute(
    "data-step-status",
    "solved",
  );
});
