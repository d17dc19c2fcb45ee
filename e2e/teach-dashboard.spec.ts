import { type Browser, expect, type Page, test } from "@playwright/test";
import { parseCsv } from "@/lib/teach/to-csv";
import { DEMO_PASSWORD, demo, expectNoAxeViolations, signIn, signInWithTemporaryPassword } from "./helpers";

// The teacher's dashboard on the demo database: the demo teacher owns "Grade 7 Maths" (five
// students with practice history); each test makes its own class, students or teacher.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signUpWithCode(page: Page, code: string, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${unique()}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Class join code").fill(code);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password (8+ characters)").fill("good-password");
  await page.getByRole("button", { name: "Join class" }).click();
  // Signing up never signs in (decision 011): sign in next.
  await expect(page).toHaveURL(/\/sign-in\?joined=1$/);
  await signIn(page, email, "good-password");
  await expect(page).toHaveURL(/\/practice$/);
  return email;
}

async function say(page: Page, text: string) {
  const turns = page.getByRole("list", { name: "Conversation" }).locator("li");
  const count = await turns.count();
  await page.getByLabel("Your answer or message").fill(text);
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(turns).toHaveCount(count + 2);
  // The two new items first appear while the reply streams; wait until it is stored.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test("a teacher's class end to end: create, assign, join, practise, heatmap, transcript, flag, CSV", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);

  // Create a class: its page shows the join code.
  const className = `Period 3 ${unique()}`;
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const classUrl = page.url();
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);

  // Assign the fractions set before anyone practises.
  const fractions = page.getByLabel("Assign a published set").locator("option", { hasText: /^Fractions \(/ });
  await page.getByLabel("Assign a published set").selectOption((await fractions.getAttribute("value")) ?? "");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("form", { name: "Unassign Fractions" })).toBeVisible();

  // A new student joins with the code.
  const studentName = `Nadia ${unique()}`;
  const studentContext = await browser.newContext();
  const sp = await studentContext.newPage();
  const email = await signUpWithCode(sp, code, studentName);
  await expect(sp.getByRole("heading", { name: className })).toBeVisible();

  // The teacher sees them on the roster and pins the first problem for them.
  await page.reload();
  await page.getByRole("link", { name: studentName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: studentName })).toBeVisible();
  const studentUrl = page.url();
  await page.getByLabel("Problem", { exact: true }).selectOption({ label: "Fractions: Pizza slices" });
  await page.getByLabel("Override").selectOption("pin");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("list", { name: "Current overrides" })).toContainText("Pinned: Pizza slices");

  // The student practises: an authored wrong answer, then the right one.
  await sp.getByRole("button", { name: /practising/ }).click();
  await expect(sp).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(sp.getByRole("heading", { level: 1, name: "Pizza slices" })).toBeVisible();
  await say(sp, "numerator");
  await say(sp, "denominator");
  await expect(sp.getByRole("list", { name: "Conversation" }).locator("li").last()).toContainText(
    /Next step|Now this one|On to the next step/,
  );
  await studentContext.close();

  // Heatmap: a cell for the student and "Parts of a fraction", with a number once mastery exists.
  await page.goto(`${classUrl}/mastery`);
  await expect(page.getByRole("heading", { level: 1, name: `Mastery: ${className}` })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: studentName }) });
  await expect(row).toHaveCount(1);
  const cell = page.getByRole("cell", {
    name: new RegExp(`^${studentName}, Parts of a fraction: mastery \\d\\.\\d\\d$`),
  });
  await expect(cell).toHaveCount(1);
  const shown = ((await cell.textContent()) ?? "").trim();
  expect(shown).toMatch(/^\d\.\d\d$/);
  expect(await cell.getAttribute("aria-label")).toBe(`${studentName}, Parts of a fraction: mastery ${shown}`);
  await expect(page.getByRole("columnheader", { name: /^Parts of a fraction/ })).toContainText(
    "needs: Whole-number operations",
  );
  await expectNoAxeViolations(page);
  // High contrast: colours are dropped, the number and a per-band border pattern stay.
  await page.emulateMedia({ forcedColors: "active" });
  await expect(cell).toHaveText(shown);
  const border = await cell.evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(["dotted", "dashed", "solid", "double"]).toContain(border);
  await page.emulateMedia({ forcedColors: "none" });

  // Sorting is server-side: by that skill, descending.
  await page.getByRole("link", { name: /^Parts of a fraction/ }).click();
  await expect(page).toHaveURL(/sort=skill%3A/);
  await expect(page.getByRole("columnheader", { name: /^Parts of a fraction/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );

  // Transcripts: filter by the student, open the session.
  await page.getByRole("link", { name: "Transcripts", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Transcripts: ${className}` })).toBeVisible();
  await page.getByLabel("Student", { exact: true }).selectOption({ label: studentName });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status")).toHaveText("Showing 1–1 of 1 transcript.");
  await page.getByRole("link", { name: "Pizza slices" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Transcript: ${studentName}` })).toBeVisible();
  // The coach summary: counts by code, observations linking to turns (rule-based without a model).
  const coach = page.getByRole("region", { name: /Coach summary/ });
  await expect(coach).toContainText("rule-based");
  await expect(coach.getByTestId("coach-counts")).toContainText(/\d+ tutor turns/);
  const wrongTurn = page.locator("#turn-2");
  await expect(wrongTurn).toContainText("numerator");
  await expect(wrongTurn).toContainText("Evaluation: incorrect");
  await expect(wrongTurn).toContainText("Action: feedback on the mistake");
  await expect(wrongTurn).toContainText("Step state: step in progress");
  await expect(wrongTurn).toContainText(/Move: \w+: [a-z -]+/);
  await expect(wrongTurn).toContainText("Engine: embedded engine");
  await expect(page.locator("#turn-4")).toContainText("Evaluation: correct");
  await expect(page.locator("#turn-4")).toContainText("Step state: step done, moving on");
  await expect(page.getByRole("table", { name: "Steps" })).toContainText("solved by the student");
  await expect(page.getByRole("table", { name: "Attempt records (2)" })).toContainText("denominator");
  await expectNoAxeViolations(page);

  // Flag the wrong-answer turn with a note.
  await wrongTurn.getByText("Flag turn 2").click();
  await wrongTurn.getByLabel("Note on turn 2").fill("The feedback could name the denominator's job.");
  await wrongTurn.getByRole("button", { name: "Save flag" }).click();
  await expect(wrongTurn.getByRole("status")).toHaveText("Turn flagged.");
  await expect(wrongTurn.getByRole("list", { name: "Flags on turn 2" })).toContainText(
    "The feedback could name the denominator's job.",
  );
  await page.goto(`${classUrl}/transcripts?flag=flagged`);
  await expect(page.getByRole("status")).toHaveText("Showing 1–1 of 1 transcript.");

  // The CSV export matches the student's page: same number of attempts, same answers.
  const res = await page.request.get(`${classUrl}/export/attempts`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  expect(res.headers()["content-disposition"]).toMatch(
    /^attachment; filename="period-3-[a-z0-9-]+-attempts-\d{4}-\d\d-\d\d\.csv"$/,
  );
  const [header, ...rows] = parseCsv(await res.text());
  const emailCol = header!.indexOf("student_email");
  const answerCol = header!.indexOf("answer");
  const mine = rows.filter((r) => r[emailCol] === email);
  await page.goto(studentUrl);
  const pageAnswers = await page.getByTestId("attempt-answer").allInnerTexts();
  await expect(page.getByRole("heading", { name: `Attempts (${mine.length})` })).toBeVisible();
  expect(mine.map((r) => r[answerCol]).sort()).toEqual(pageAnswers.map((a) => a.trim()).sort());
  expect(pageAnswers.map((a) => a.trim()).sort()).toEqual(["denominator", "numerator"]);
  const mastery = await page.request.get(`${classUrl}/export/mastery`);
  expect(mastery.status()).toBe(200);
  expect(parseCsv(await mastery.text()).some((r) => r.includes(email) && r.includes(shown))).toBe(true);
});

/** A's URLs in the demo class: every dashboard page and export. */
async function demoClassUrls(page: Page): Promise<{ pages: string[]; exports: string[]; names: string[] }> {
  await signIn(page, demo.teacher);
  await page.getByRole("link", { name: "Grade 7 Maths", exact: true }).click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classPath = new URL(page.url()).pathname;
  // The overview may name Maya twice (who needs help first, the roster): both lead to her page.
  await page.getByRole("link", { name: "Maya Okafor", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Maya Okafor" })).toBeVisible();
  const studentPath = new URL(page.url()).pathname;
  await page.goto(`${classPath}/transcripts`);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/transcripts\/[a-z0-9]+$/);
  const sessionPath = new URL(page.url()).pathname;
  return {
    pages: [
      classPath,
      `${classPath}/mastery`,
      `${classPath}/mastery?sort=average&dir=desc`,
      studentPath,
      `${classPath}/transcripts`,
      `${classPath}/transcripts?student=${studentPath.split("/").pop()}`,
      sessionPath,
      `${classPath}/reports`,
      `${classPath}/live`,
    ],
    exports: [
      `${classPath}/export/attempts`,
      `${classPath}/export/attempts?student=${studentPath.split("/").pop()}`,
      `${classPath}/export/mastery`,
      `${sessionPath}/export`,
      `/api/teach/classes/${classPath.split("/").pop()}/live`,
    ],
    names: ["Grade 7 Maths", "Maya Okafor", "Leo Novak", "DEMO7A"],
  };
}

async function newTeacher(browser: Browser): Promise<Page> {
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, demo.admin);
  await expect(adminPage).toHaveURL(/\/admin$/);
  const email = `teacher-b-${unique()}@example.test`;
  await adminPage.getByLabel("Name").fill("Bea Other");
  await adminPage.getByLabel("Email").fill(email);
  await adminPage.getByLabel("Temporary password").fill("teacher-b-password");
  await adminPage.getByLabel("Role").selectOption("teacher");
  await adminPage.getByRole("button", { name: "Create account" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: email })).toBeVisible();
  await adminPage.context().close();
  const b = await (await browser.newContext()).newPage();
  await signInWithTemporaryPassword(b, email, "teacher-b-password", "bea-own-password-77", /\/teach$/);
  return b;
}

test.describe("access to the dashboard", () => {
  test("another teacher gets 404 and no data for every page and export of A's class", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const urls = await demoClassUrls(page);
    const b = await newTeacher(browser);
    await expect(b.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
    await expect(b.getByText("Grade 7 Maths")).toHaveCount(0);
    for (const url of urls.pages) {
      const res = await b.goto(url);
      expect(res?.status(), url).toBe(404);
      const body = await b.content();
      for (const name of urls.names) expect(body, `${url} leaks ${name}`).not.toContain(name);
    }
    for (const url of urls.exports) {
      const res = await b.request.get(url);
      expect(res.status(), url).toBe(404);
      const body = await res.text();
      for (const name of urls.names) expect(body, `${url} leaks ${name}`).not.toContain(name);
    }
    // The real teacher still gets them.
    expect((await page.goto(urls.pages[1]!))?.status()).toBe(200);
    expect((await page.request.get(urls.exports[0]!)).status()).toBe(200);
    await b.context().close();
  });

  test("a student gets 403 on every dashboard page and export; a visitor is sent to sign in", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const urls = await demoClassUrls(page);
    const s = await (await browser.newContext()).newPage();
    await signIn(s, demo.student, DEMO_PASSWORD);
    await expect(s).toHaveURL(/\/practice$/);
    for (const url of ["/teach", ...urls.pages]) {
      const res = await s.goto(url);
      expect(res?.status(), url).toBe(403);
      expect(await s.content()).not.toContain("Maya Okafor");
    }
    for (const url of urls.exports) {
      const res = await s.request.get(url);
      expect(res.status(), url).toBe(403);
      expect(await res.text()).not.toContain("Maya Okafor");
    }
    const visitor = await browser.newContext();
    for (const url of urls.exports) expect((await visitor.request.get(url)).status(), url).toBe(401);
    const v = await visitor.newPage();
    await v.goto(urls.pages[1]!);
    await expect(v).toHaveURL(/\/sign-in$/);
    await visitor.close();
    await s.context().close();
  });

  test("an admin may open any class (read and act, audited)", async ({ page, browser }) => {
    const urls = await demoClassUrls(page);
    const a = await (await browser.newContext()).newPage();
    await signIn(a, demo.admin);
    await expect(a).toHaveURL(/\/admin$/);
    expect((await a.goto(urls.pages[1]!))?.status()).toBe(200);
    await expect(a.getByRole("heading", { level: 1, name: "Mastery: Grade 7 Maths" })).toBeVisible();
    await a.goto("/teach");
    await expect(a.getByRole("heading", { level: 1, name: "All classes" })).toBeVisible();
    await a.context().close();
  });
});

test("the demo class's heatmap, reports and filter links answer with real data", async ({ page }) => {
  // Four axe runs over a 26-column heatmap and the reports: slow on a small machine.
  test.setTimeout(180_000);
  await signIn(page, demo.teacher);
  await page.getByRole("link", { name: "Grade 7 Maths", exact: true }).click();
  await page.getByRole("link", { name: "Mastery", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mastery: Grade 7 Maths" })).toBeVisible();
  // The five demo students (other specs running alongside may add more to the demo class).
  for (const name of ["Sky Student", "Maya Okafor", "Leo Novak", "Priya Raman", "Sam Lindqvist"]) {
    await expect(page.getByRole("rowheader", { name: new RegExp(name) })).toHaveCount(1);
  }
  await expectNoAxeViolations(page);
  // Skills are grouped by problem set under a header row; the compact view keeps every full
  // skill name for assistive technology (and in the title) and the cells' labels.
  await expect(page.getByRole("columnheader", { name: /^Fractions \(\d+ skills?\)$/ })).toBeVisible();
  await page.getByRole("link", { name: "Compact", exact: true }).click();
  await expect(page).toHaveURL(/view=compact/);
  await expect(page.locator("table[data-view=compact]")).toHaveCount(1);
  await expect(page.getByRole("columnheader", { name: /^Parts of a fraction/ })).toHaveAttribute(
    "title",
    /^Parts of a fraction/,
  );
  await expect(page.getByRole("cell", { name: /^Maya Okafor, Parts of a fraction: mastery / })).toHaveCount(1);
  // Sorting keeps the compact view.
  await page.getByRole("link", { name: /^Average/ }).click();
  await expect(page).toHaveURL(/sort=average.*view=compact|view=compact.*sort=average/);
  await expectNoAxeViolations(page);

  // The overview leads with who needs help first, each with why and what to do.
  await page.getByRole("link", { name: "Overview", exact: true }).click();
  const helpFirst = page.getByTestId("help-first");
  await expect(helpFirst.getByRole("heading", { level: 2, name: "Who needs help first" })).toBeVisible();
  const firstList = helpFirst.getByRole("list", { name: "Students who need help" });
  if (await firstList.count()) {
    await expect(helpFirst.getByRole("list", { name: /^What to do for / }).first()).toBeVisible();
    await expect(
      helpFirst
        .getByRole("list", { name: /^What to do for / })
        .first()
        .getByRole("link")
        .first(),
    ).toHaveAttribute("href", /\/teach\/classes\/[a-z0-9]+\/(students|transcripts)/);
  } else await expect(helpFirst).toContainText("Nobody needs help right now");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports: Grade 7 Maths" })).toBeVisible();
  await expect(page.getByTestId("telling-rate")).toHaveText(/^\d+(\.\d)?%$/);
  // Plain words lead; the research terms follow and are explained in a glossary.
  await expect(
    page.getByRole("heading", { level: 2, name: "How often the tutor had to tell the answer" }),
  ).toBeVisible();
  await expect(page.getByTestId("telling-compare")).toContainText("MathDial, a research collection");
  await expect(page.getByTestId("success-lead")).toContainText(
    /^Students solved the step themselves within 3 tutor turns \d+(\.\d)?% of the time \(success@3\)\.$/,
  );
  await page.getByText("What the research terms mean").click();
  await expect(page.getByRole("definition").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Who states the answer first" })).toContainText("success@k");
  await page.getByLabel("k (tutor turns per step)").selectOption("1");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/k=1/);
  // A misconception row links to the transcripts behind it.
  await expectNoAxeViolations(page);
  await page
    .getByRole("link", { name: /^Transcripts with the answer / })
    .first()
    .click();
  await expect(page.getByRole("status")).toHaveText(/^Showing 1–\d+ of \d+ transcripts?\.$/);
});

test("a new join code replaces the old one; an archived class takes no sign-ups", async ({ page, browser }) => {
  await signIn(page, demo.teacher);
  await page.getByLabel("Class name").fill(`Codes ${unique()}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const oldCode = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  await page.getByRole("button", { name: "New join code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "New join code" })).toBeVisible();
  const newCode = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  expect(newCode).not.toBe(oldCode);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/sign-up");
  await visitor.getByLabel("Class join code").fill(oldCode);
  await visitor.getByLabel("Your name").fill("Late Larry");
  await visitor.getByLabel("Email").fill(`larry-${unique()}@example.test`);
  await visitor.getByLabel("Password (8+ characters)").fill("good-password");
  await visitor.getByRole("button", { name: "Join class" }).click();
  await expect(visitor.getByRole("alert").filter({ hasText: /join code doesn't match an open class/ })).toBeVisible();
  await page.getByRole("button", { name: "Archive class" }).click();
  await expect(page.getByText("This class is archived: students cannot join it.")).toBeVisible();
  await visitor.getByLabel("Class join code").fill(newCode);
  await visitor.getByLabel("Password (8+ characters)").fill("good-password"); // not kept after an error
  await visitor.getByRole("button", { name: "Join class" }).click();
  await expect(visitor.getByRole("alert").filter({ hasText: /join code doesn't match an open class/ })).toBeVisible();
  await visitor.context().close();
});
