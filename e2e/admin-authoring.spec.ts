import fs from "node:fs";
import path from "node:path";
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, demo, expectNoAxeViolations, signIn, signUpStudent } from "./helpers";

// Letters only: a digit in the problem's title could read as a step's answer in the tutor's greeting.
const suffix = `${Date.now()}${Math.floor(Math.random() * 1000)}`.replace(
  /\d/g,
  (d) => "abcdefghij"[Number(d)] as string,
);
const SKILL = `Halving ${suffix}`;
const SET = `E2E set ${suffix}`;
const TITLE = `Sharing marbles ${suffix}`;

function tutorTurns(page: Page) {
  return page.getByRole("list", { name: "Conversation" }).locator("li");
}

async function say(page: Page, text: string) {
  const count = await tutorTurns(page).count();
  await page.getByLabel("Your answer or message").fill(text);
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(tutorTurns(page)).toHaveCount(count + 2);
  // The two items show while the reply streams; the turn is done when nothing is busy.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

const step = (page: Page, n: number) => page.getByRole("group", { name: `Step ${n}`, exact: true });

test("an admin writes a skill, a two-step problem with a ladder and a wrong answer, previews, publishes and assigns it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Skills" }).click();

  // A skill with a prerequisite.
  await page.getByLabel("Key (lowercase, e.g. fractions.add)").fill(`halving-${suffix}`);
  await page.getByLabel("Name").fill(SKILL);
  await page
    .getByLabel("Prerequisite (optional)")
    .selectOption({ label: "Whole-number operations (arith.whole-numbers)" });
  await page.getByRole("button", { name: "Create skill" }).click();
  await expect(page.getByRole("heading", { level: 1, name: SKILL })).toBeVisible();
  await expect(page.getByRole("list", { name: "Current prerequisites" })).toContainText("Whole-number operations");

  // The graph editor rejects a cycle and names it.
  await page.getByRole("link", { name: "Whole-number operations" }).click();
  await page.getByLabel("Needs first").selectOption({ label: `${SKILL} (halving-${suffix})` });
  await page.getByRole("button", { name: "Add prerequisite" }).click();
  const cycle = page.getByRole("alert").filter({ hasText: "cycle" });
  await expect(cycle).toContainText("That would make a cycle of prerequisites:");
  await expect(cycle).toContainText(SKILL);
  // Another form's answer makes that message stale: it goes (it stayed beside "Saved.").
  await page.getByRole("button", { name: "Save skill" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(cycle).toHaveCount(0);

  // The picture of the graph, and its text alternative.
  await page.goto("/admin/skills");
  await expect(page.getByRole("img", { name: /Skill prerequisite graph/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Skills and their prerequisites" })).toContainText(
    `${SKILL}: needs Whole-number operations`,
  );
  await expectNoAxeViolations(page);

  // A new set and a problem in it.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Problem sets" }).click();
  // A refused key says which characters are allowed and keeps what was typed (React resets a
  // form after its action: the title was wiped with the error).
  await page.getByLabel("Key (lowercase, e.g. fractions-2)").fill("Bad Key!");
  await page.getByLabel("Title").fill(SET);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByText(/not written only with lowercase letters, digits/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(SET);
  await expect(page.getByLabel("Key (lowercase, e.g. fractions-2)")).toHaveValue("Bad Key!");
  await page.getByLabel("Key (lowercase, e.g. fractions-2)").fill(`e2e-${suffix}`);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: SET })).toBeVisible();
  await page.getByRole("link", { name: "New problem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New problem" })).toBeVisible();

  await page.getByLabel("Title").fill(TITLE);
  await expect(page.getByLabel(/^Key/)).toHaveValue(`sharing-marbles-${suffix}`);
  await page
    .getByLabel("Statement")
    .fill("Sam has 12 marbles. He gives half to Ana, and Ana gives $\\frac{1}{3}$ of hers to Leo.");
  await expect(page.locator(".katex").first()).toBeVisible();

  const s1 = step(page, 1);
  await s1.getByLabel("Step 1 prompt").fill("How many marbles does Ana get from Sam?");
  await s1.getByLabel("Step 1 answer: value").fill("6");
  await s1.getByLabel("Step 1: add a skill").selectOption({ label: `${SKILL} (halving-${suffix})` });
  await s1.getByLabel("Step 1 rung 1: text").fill("Half means two equal groups.");
  await s1.getByRole("button", { name: "Add scaffold question" }).click();
  await s1.getByLabel("Step 1 rung 2: question").fill("What do you divide 12 by to halve it?");
  await s1.getByLabel("Step 1 rung 2 answer: value").fill("2");
  await s1.getByRole("button", { name: "Add bottom-out" }).click();
  await s1.getByLabel("Step 1 rung 3: text").fill("The answer is 6: 12 divided by 2.");
  await s1.getByRole("button", { name: "Add hint" }).click();
  await s1.getByLabel("Step 1 rung 3: text").fill("Share the 12 marbles out one at a time.");
  await s1.getByRole("button", { name: "Move rung 3 up" }).click();
  await expect(s1.getByLabel("Step 1 rung 2: text")).toHaveValue("Share the 12 marbles out one at a time.");
  await s1.getByRole("button", { name: "Add wrong answer" }).click();
  await s1.getByLabel("Step 1 wrong answer 1", { exact: true }).fill("6");
  await s1
    .getByLabel("Step 1 wrong answer 1: feedback (points at the error, never gives the answer)")
    .fill("Did you double instead of halving? Half means two equal groups.");
  await s1.getByLabel("Step 1 wrong answer 1: misconception").fill("doubled instead of halved");

  await page.getByRole("button", { name: "Add step" }).click();
  const s2 = step(page, 2);
  await s2.getByLabel("Step 2 prompt").fill("How many marbles does Ana give to Leo?");
  await s2.getByLabel("Step 2 answer: value").fill("2");
  await s2.getByLabel("Step 2 rung 1: text").fill("Find one third of the marbles Ana has.");

  // Validation names the step and the field: a "wrong" answer the spec accepts.
  await page.getByRole("button", { name: "Create problem" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not saved" })).toContainText(
    "Step 1, wrong answer 1, the wrong answer: is accepted as correct by the answer specification",
  );
  await s1.getByLabel("Step 1 wrong answer 1", { exact: true }).fill("24");
  await page.getByRole("button", { name: "Create problem" }).click();
  await expect(page).toHaveURL(/\/admin\/problems\/[a-z0-9]+$/);
  await expect(page.getByTestId("version-status")).toHaveText("Latest version 1; not live.");
  const problemUrl = page.url();

  // Preview: the real tutor, as a student would play it.
  await page.getByRole("button", { name: "Preview in the tutor" }).click();
  await expect(page).toHaveURL(/\/admin\/preview\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(tutorTurns(page).last()).toContainText("How many marbles does Ana get from Sam?");
  await say(page, "24");
  await expect(tutorTurns(page).last()).toContainText("Did you double instead of halving?");
  await say(page, "6");
  await expect(tutorTurns(page).last()).toContainText("How many marbles does Ana give to Leo?");
  const count = await tutorTurns(page).count();
  await page.getByRole("button", { name: "Hint", exact: true }).click();
  await expect(tutorTurns(page)).toHaveCount(count + 2);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(tutorTurns(page).last()).toContainText("Find one third of the marbles Ana has.");
  await say(page, "2");
  await expect(page.getByRole("status").filter({ hasText: "Problem complete." })).toBeVisible();
  // The wrap-up says to press "Next problem": the preview has it, and it opens the set's next
  // problem (this set has one, so the same problem again) in a new preview.
  const finishedPreview = page.url();
  await page.getByRole("button", { name: "Next problem" }).click();
  await expect(page).not.toHaveURL(finishedPreview);
  await expect(page).toHaveURL(/\/admin\/preview\/[a-z0-9]+$/);
  await expect(tutorTurns(page).last()).toContainText("How many marbles does Ana get from Sam?");

  // Publish; an edit after publishing is a draft version until published again.
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await page.getByRole("button", { name: "Publish problem" }).click();
  await expect(page.getByTestId("version-status")).toHaveText("Latest version 1; version 1 is live.");
  await page.goto(problemUrl);
  await page
    .getByLabel("Statement")
    .fill("Sam has 12 marbles. He gives half of them to Ana, and Ana gives $\\frac{1}{3}$ of hers to Leo.");
  await page.getByRole("button", { name: "Save problem" }).click();
  await expect(page.getByTestId("version-status")).toHaveText(
    "Latest version 2; version 1 is live; version 2 is a draft until you publish it.",
  );
  // The save says so (the editor remounted on the new version and lost its message).
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByTestId("version-status")).toHaveText("Latest version 2; version 2 is live.");
  await expectNoAxeViolations(page);

  // The set: publish and assign to the demo class.
  await page.getByRole("link", { name: SET }).click();
  await page.getByRole("button", { name: "Publish set" }).click();
  await expect(page.getByRole("button", { name: "Unpublish set" })).toBeVisible();
  await page.getByRole("button", { name: "Assign to Grade 7 Maths" }).click();
  await expect(page.getByRole("button", { name: "Withdraw from Grade 7 Maths" })).toBeVisible();

  // Every change is in the audit log, with who did it.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  const log = page.getByRole("table");
  for (const action of [
    "set.assign",
    "set.publish",
    "problem.publish",
    "problem.edit",
    "problem.create",
    "skill.create",
  ])
    await expect(log).toContainText(action);
  await expect(log).toContainText("Ada Admin (admin@stepwise.test)");

  // A new student of the class sees the set; the class's teacher pins the new problem for them
  // (the picker chooses among every assigned problem), and the student gets it.
  const student = await browser.newContext();
  const sp = await student.newPage();
  const studentName = `Author Test Student ${Date.now()}`;
  await signUpStudent(sp, studentName);
  await expect(sp.getByRole("heading", { name: "Grade 7 Maths" })).toBeVisible();
  await expect(sp.getByRole("main")).toContainText(`${SET} (1 problem)`);
  const teacher = await browser.newContext();
  const tp = await teacher.newPage();
  await signIn(tp, demo.teacher);
  await tp.getByRole("link", { name: "Grade 7 Maths" }).first().click();
  await tp.getByRole("link", { name: studentName, exact: true }).click();
  await tp.getByLabel("Problem", { exact: true }).selectOption({ label: `${SET}: ${TITLE}` });
  await tp.getByLabel("Override").selectOption("pin");
  await tp.getByRole("button", { name: "Save", exact: true }).click();
  await expect(tp.getByRole("list", { name: "Current overrides" })).toContainText(`Pinned: ${TITLE}`);
  await teacher.close();
  await sp.getByRole("button", { name: "Start practising" }).click();
  await expect(sp).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(sp.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(tutorTurns(sp).last()).toContainText("How many marbles does Ana get from Sam?");
  await say(sp, "6");
  await expect(tutorTurns(sp).last()).toContainText("How many marbles does Ana give to Leo?");
  await student.close();
});

/** The hidden fields Next renders for a server-action form, read from a page the admin sees. */
async function actionFields(page: Page, formButton: string): Promise<Record<string, string>> {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: formButton }) });
  const hidden = form.locator('input[type="hidden"]');
  const out: Record<string, string> = {};
  for (let i = 0; i < (await hidden.count()); i++) {
    const name = await hidden.nth(i).getAttribute("name");
    if (name) out[name] = (await hidden.nth(i).getAttribute("value")) ?? "";
  }
  return out;
}

async function signedInContext(browser: import("@playwright/test").Browser, who: "teacher" | "student") {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  if (who === "teacher") {
    await signIn(page, demo.teacher, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/teach/);
  } else {
    await signUpStudent(page, "Curious Student");
  }
  return { ctx, page };
}

test("teachers and students get 403 on every authoring page and route, and authoring actions refuse them", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/sets");
  const setHref = (await page.getByRole("link", { name: "Fractions", exact: true }).getAttribute("href")) as string;
  await page.goto(setHref);
  const problemHref = (await page.getByRole("link", { name: "Pizza slices" }).getAttribute("href")) as string;
  await page.goto("/admin/skills");
  const skillHref = (await page
    .getByRole("link", { name: "Parts of a fraction" })
    .first()
    .getAttribute("href")) as string;
  await page.goto(problemHref);
  await page.getByRole("button", { name: "Preview in the tutor" }).click();
  await expect(page).toHaveURL(/\/admin\/preview\//);
  const previewPath = new URL(page.url()).pathname;
  // Server-action forms as rendered for the admin (their hidden fields name the action).
  await page.goto("/admin/skills");
  const createSkill = await actionFields(page, "Create skill");
  await page.goto(setHref);
  const publishSet = await actionFields(page, "Unpublish set");
  expect(Object.keys(publishSet).some((k) => k.startsWith("$ACTION"))).toBe(true);

  const urls = [
    "/admin",
    "/admin/skills",
    skillHref,
    "/admin/sets",
    setHref,
    `${setHref}/problems/new`,
    problemHref,
    previewPath,
    "/admin/import",
    "/admin/audit",
  ];
  for (const who of ["teacher", "student"] as const) {
    const { ctx, page: other } = await signedInContext(browser, who);
    for (const url of urls) {
      const res = await other.goto(url);
      expect([403, 404], `${who} ${url}`).toContain(res?.status());
    }
    const api: APIRequestContext = other.request;
    expect((await api.get(`${setHref}/export`)).status(), `${who} export`).toBe(403);
    const upload = await api.post("/admin/import/upload", {
      multipart: {
        format: "stepwise",
        files: { name: "b.json", mimeType: "application/json", buffer: Buffer.from("{}") },
      },
    });
    expect(upload.status(), `${who} upload`).toBe(403);
    // Posting the admin's server-action forms: the actions check the role themselves.
    await api.post("/admin/skills", {
      multipart: {
        ...createSkill,
        key: `intruder-${who}-${suffix}`,
        name: `Intruder ${who}`,
        description: "",
        prerequisite: "",
      },
    });
    await api.post(setHref, { multipart: publishSet });
    await closeQuietly(ctx);
  }
  // Nothing changed, though the same post from the admin does run the action (the control).
  await page.request.post("/admin/skills", {
    multipart: {
      ...createSkill,
      key: `control-${suffix}`,
      name: `Control ${suffix}`,
      description: "",
      prerequisite: "",
    },
  });
  await page.goto("/admin/skills");
  await expect(page.getByRole("table")).toContainText(`Control ${suffix}`);
  await expect(page.getByRole("table")).not.toContainText("Intruder");
  await page.goto(setHref);
  await expect(page.getByRole("button", { name: "Unpublish set" })).toBeVisible();
});

async function closeQuietly(ctx: BrowserContext) {
  await ctx.close().catch(() => {});
}

test("an admin imports from the upload form: a folder, a malformed file (nothing written), then with skip-invalid", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const data = path.resolve(__dirname, "../../shared/data");
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Import" }).click();

  await page.getByLabel("Format").selectOption("oatutor");
  await page.getByLabel("Content-pool folder").setInputFiles(path.join(data, "oatutor/extras/content-pool"));
  await page.getByLabel("skillModel.json (optional)").setInputFiles(path.join(data, "oatutor/skillModel.json"));
  await page.getByRole("button", { name: "Import" }).click();
  const done = page.getByRole("status").filter({ hasText: "Import finished" });
  await expect(done).toContainText("The content held 2 problems");
  await expect(done).toContainText("The imported sets are drafts");
  await expectNoAxeViolations(page);

  await page.getByLabel("Format").selectOption("class");
  const csv = fs.readFileSync(path.join(data, "class/bio-problems-learning_objs.sample200.csv"));
  await page.getByLabel("File").setInputFiles({ name: "class.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "Import" }).click();
  const failed = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(failed).toContainText("class.csv");
  await expect(failed).toContainText("row 11 (section 2.1)");
  await expect(failed).toContainText("This is not valid JSON, so it cannot be read");
  await page.getByLabel("Skip malformed records").check();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText(
    "The content held 176 problems with 526 steps",
    { timeout: 60_000 },
  );
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText("24 records skipped");

  // The imported problems keep their source; the attribution shows in the tutor (preview).
  await page.goto("/admin/sets");
  await page.getByRole("link", { name: "OpenStax: Elementary Algebra: 3.5 Solve Uniform Motion Applications" }).click();
  await page.getByRole("link", { name: "Speed of trains" }).click();
  await page.getByRole("button", { name: "Preview in the tutor" }).click();
  await expect(
    page.getByText("Source: OATutor (CAHLR) problem a8e6481uni1, adapted from OpenStax: Elementary Algebra, CC BY 4.0"),
  ).toBeVisible();
});

test("a saved translation is what its form shows next time, so saving again keeps it", async ({ page }) => {
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/sets");
  await page.getByRole("link", { name: "Fractions", exact: true }).click();
  const problemHref = (await page.getByRole("link", { name: "Twentieths" }).getAttribute("href")) as string;
  await page.goto(`${problemHref}/translations?language=sv`);
  const title = page.getByLabel("Title", { exact: true });
  const statement = page.getByLabel("Statement", { exact: true });
  const mine = `Tjugondelar ${Date.now()}`;
  await title.fill(mine);
  await statement.fill("Skriv bråket med nämnaren 20.");
  await page.getByRole("button", { name: "Save translation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Translation saved." })).toBeVisible();
  // Opened again, the form holds the translation (it showed the original, and a second save
  // wrote the English back over the Swedish).
  await page.goto(`${problemHref}/translations?language=sv`);
  await expect(title).toHaveValue(mine);
  await expect(statement).toHaveValue("Skriv bråket med nämnaren 20.");
  await title.fill(`${mine} (2)`);
  await page.getByRole("button", { name: "Save translation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Translation saved." })).toBeVisible();
  await page.goto(`${problemHref}/translations?language=sv`);
  await expect(title).toHaveValue(`${mine} (2)`);
  await expect(statement).toHaveValue("Skriv bråket med nämnaren 20.");
});

test("long unbroken names and the LTI tool URLs wrap instead of widening the page", async ({ page }) => {
  await signIn(page, demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);
  const longName = "C".repeat(80);
  await page.getByLabel("Class name").fill(longName);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: longName })).toBeVisible();
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  expect(await fits()).toBe(true);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await fits()).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/lti");
  await expect(page.getByTestId("lti-url-login")).toBeVisible();
  expect(await fits()).toBe(true);
});
