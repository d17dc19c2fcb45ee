import { type Browser, expect, type Page, test } from "@playwright/test";
import { parseCsv } from "@/lib/teach/to-csv";
import { answerFirstStepOfPickedProblem } from "./demo-content";
import { demo, signIn, signUpStudent } from "./helpers";

// One mastery number everywhere (decision 014): the student's meters on /practice, the cell of
// the same student and skill on the teacher's heatmap, and the CSV export show the same value
// and status. Unpractised skills read "not started" with the model's starting estimate.

interface Shown {
  value: string;
  status: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The student's meters: skill name -> the number and status the page shows. */
async function readMeters(page: Page): Promise<Map<string, Shown>> {
  await page.goto("/practice");
  const meters = page.getByRole("meter");
  await expect(meters.first()).toBeVisible();
  const out = new Map<string, Shown>();
  for (const m of await meters.all()) {
    const labelId = (await m.getAttribute("aria-labelledby")) ?? "";
    const name = ((await page.locator(`[id="${labelId}"]`).textContent()) ?? "").trim();
    const value = (await m.getAttribute("data-mastery")) ?? "";
    const status = (await m.getAttribute("data-status")) ?? "";
    expect(value).toMatch(/^\d\.\d\d$/);
    out.set(name, { value, status });
  }
  expect(out.size).toBeGreaterThan(0);
  return out;
}

/** A teacher's page on the demo class's heatmap. */
async function openDemoHeatmap(browser: Browser): Promise<{ page: Page; classPath: string }> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);
  await page.getByRole("link", { name: "Grade 7 Maths", exact: true }).click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classPath = new URL(page.url()).pathname;
  await page.goto(`${classPath}/mastery`);
  await expect(page.getByRole("heading", { level: 1, name: "Mastery: Grade 7 Maths" })).toBeVisible();
  return { page, classPath };
}

/** The heatmap cell of a student and skill: its number and status, from what is on screen. */
async function readCell(page: Page, student: string, skill: string): Promise<Shown> {
  const pattern = new RegExp(
    `^${escapeRe(student)}, ${escapeRe(skill)}: mastery (\\d\\.\\d\\d)(?:, (not started|mastered))?$`,
  );
  const cell = page.getByRole("cell", { name: pattern });
  await expect(cell).toHaveCount(1);
  const label = (await cell.getAttribute("aria-label")) ?? "";
  const [, value = "", status = "in progress"] = label.match(pattern) ?? [];
  // The number on screen is the one in the label.
  expect(((await cell.textContent()) ?? "").trim().startsWith(value)).toBe(true);
  return { value, status };
}

/** The CSV export's rows of one student: skill name -> number and status. */
async function readCsv(page: Page, classPath: string, student: string): Promise<Map<string, Shown>> {
  const res = await page.request.get(`${classPath}/export/mastery`);
  expect(res.status()).toBe(200);
  const [header, ...rows] = parseCsv(await res.text());
  const col = (name: string) => header?.indexOf(name) ?? -1;
  return new Map(
    rows
      .filter((r) => r[col("student_name")] === student)
      .map((r) => [r[col("skill_name")] ?? "", { value: r[col("mastery")] ?? "", status: r[col("status")] ?? "" }]),
  );
}

async function expectSameEverywhere(browser: Browser, student: string, meters: Map<string, Shown>) {
  const { page, classPath } = await openDemoHeatmap(browser);
  const csv = await readCsv(page, classPath, student);
  for (const [skill, shown] of meters) {
    expect(await readCell(page, student, skill), `heatmap: ${student}, ${skill}`).toEqual(shown);
    expect(csv.get(skill), `CSV: ${student}, ${skill}`).toEqual(shown);
  }
  await page.context().close();
}

test("a demo student's meters on /practice equal their cells on the teacher's heatmap and in the CSV", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.student);
  await expect(page).toHaveURL(/\/practice$/);
  const meters = await readMeters(page);
  await expectSameEverywhere(browser, "Sky Student", meters);
});

test("after a first attempt, the practised skill moves on both pages and unpractised skills stay at the start", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const name = `Mira ${unique()}`;
  await signUpStudent(page, name);
  const before = await readMeters(page);
  for (const shown of before.values()) expect(shown.status).toBe("not started");
  await expectSameEverywhere(browser, name, before);

  // One first attempt on the first step of the picked problem.
  await answerFirstStepOfPickedProblem(page);

  const after = await readMeters(page);
  const practised = [...after].filter(([, s]) => s.status !== "not started");
  expect(practised.length).toBeGreaterThan(0);
  // Skills with no evidence keep exactly the number they had: no drift.
  for (const [skill, shown] of after)
    if (shown.status === "not started") expect(shown, skill).toEqual(before.get(skill));
  await expectSameEverywhere(browser, name, after);
});
