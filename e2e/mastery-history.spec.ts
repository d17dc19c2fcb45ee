import { expect, type Page, test } from "@playwright/test";
import { answerFirstStepOfPickedProblem } from "./demo-content";
import { demo, expectNoAxeViolations, signIn, signUpStudent } from "./helpers";

// Each skill's mastery history (lib/mastery/mastery-history.ts, components/mastery-history.tsx):
// the student's page (/practice) and the teacher's student page show the same history, read
// from its text alternative (summary line and table), and its last point is the number on the
// student's meter, on the teacher's table and on the heatmap. The chart (recharts) renders in
// the browser under the page CSP without a violation.

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** One skill's history as the page states it in text; null for "not started" (no chart). */
interface History {
  summary: string;
  /** Per point: attempt, when, result, mastery. */
  rows: string[][];
}

/** CSP violations, as the console reports them and as the page sees them (cf. security-headers.spec.ts). */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Refused to|Content[- ]Security[- ]Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Refused to load (securitypolicyviolation): ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

/** Opens the skill's history and reads its text alternative; checks the chart drew every point. */
async function readHistory(page: Page, skillId: string): Promise<History | null> {
  const el = page.locator(`[data-history-skill="${skillId}"]`);
  await expect(el).toHaveCount(1);
  if ((await el.evaluate((e) => e.tagName.toLowerCase())) !== "details") {
    await expect(el).toHaveText("No history yet: not started.");
    await expect(el.locator("[data-mastery-chart]")).toHaveCount(0);
    return null;
  }
  const summary = el.locator("summary");
  await summary.click();
  await expect(el).toHaveAttribute("open", "");
  const table = el.getByRole("table", { name: /^Mastery of .+ after each attempt$/ });
  await expect(table).toBeVisible();
  const rows: string[][] = [];
  for (const row of await table.locator("tbody tr").all())
    rows.push((await row.locator("th, td").allInnerTexts()).map((t) => t.trim()));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
  for (const r of rows) expect(r[3]).toMatch(/^\d\.\d\d$/);
  // The chart (client-rendered SVG) has one dot per point, and is hidden from assistive technology.
  const chart = el.locator("[data-mastery-chart]");
  await expect(chart).toHaveAttribute("aria-hidden", "true");
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await expect(chart.locator(".recharts-line-dot")).toHaveCount(rows.length);
  const text = ((await summary.textContent()) ?? "").replace(/\s+/g, " ").trim();
  expect(text).toMatch(/^History of .+: (\d\.\d\d after 1 attempt|\d\.\d\d → \d\.\d\d over \d+ attempts)$/);
  return { summary: text, rows };
}

/** The student's page: skill id -> name, meter value and status, and history. */
async function readStudentPage(page: Page) {
  await page.goto("/practice");
  const items = page.locator("li[data-skill]");
  await expect(items.first()).toBeVisible();
  const out = new Map<string, { name: string; value: string; status: string; history: History | null }>();
  for (const li of await items.all()) {
    const skillId = (await li.getAttribute("data-skill")) ?? "";
    const meter = li.getByRole("meter");
    const name = ((await li.locator(`[id="skill-${skillId}"]`).textContent()) ?? "").trim();
    const value = (await meter.getAttribute("data-mastery")) ?? "";
    const status = (await meter.getAttribute("data-status")) ?? "";
    out.set(skillId, { name, value, status, history: await readHistory(page, skillId) });
  }
  expect(out.size).toBeGreaterThan(0);
  return out;
}

test("after one step, the student's page and the teacher's student page show the same history, ending at the meter and the heatmap", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const csp = await watchCsp(page);
  const name = `Noor ${unique()}`;
  await signUpStudent(page, name);

  // Nothing practised: every skill says so, and there is no chart.
  for (const [skill, s] of await readStudentPage(page)) {
    expect(s.status, skill).toBe("not started");
    expect(s.history, skill).toBeNull();
  }

  // One first attempt on the first step of the picked problem.
  await answerFirstStepOfPickedProblem(page);

  const mine = await readStudentPage(page);
  const practised = [...mine].filter(([, s]) => s.status !== "not started");
  expect(practised.length).toBeGreaterThan(0);
  for (const [skill, s] of mine) {
    if (s.status === "not started") {
      expect(s.history, skill).toBeNull();
      continue;
    }
    // One attempt on the skill so far: one point, and it is the meter's number.
    expect(s.history?.rows, skill).toHaveLength(1);
    expect(s.history?.rows.at(-1)?.[3], skill).toBe(s.value);
    expect(s.history?.rows[0]?.[2], skill).toBe("correct");
    expect(s.history?.summary, skill).toBe(`History of ${s.name}: ${s.value} after 1 attempt`);
  }
  await expectNoAxeViolations(page);
  expect(csp).toEqual([]);

  // The teacher: the heatmap cell, then the student's page from the heatmap's link.
  const teacher = await (await browser.newContext()).newPage();
  const teacherCsp = await watchCsp(teacher);
  await signIn(teacher, demo.teacher);
  await expect(teacher).toHaveURL(/\/teach$/);
  await teacher.getByRole("link", { name: "Grade 7 Maths", exact: true }).click();
  await expect(teacher).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classPath = new URL(teacher.url()).pathname;
  await teacher.goto(`${classPath}/mastery`);
  await expect(teacher.getByRole("heading", { level: 1, name: "Mastery: Grade 7 Maths" })).toBeVisible();
  for (const [, s] of practised) {
    const cell = teacher.getByRole("cell", {
      name: new RegExp(`^${escapeRe(name)}, ${escapeRe(s.name)}: mastery (\\d\\.\\d\\d)(?:, mastered)?$`),
    });
    await expect(cell).toHaveCount(1);
    const label = (await cell.getAttribute("aria-label")) ?? "";
    expect(label.match(/mastery (\d\.\d\d)/)?.[1], `heatmap: ${s.name}`).toBe(s.history?.rows.at(-1)?.[3]);
  }
  await teacher.getByRole("link", { name, exact: true }).click();
  await expect(teacher.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(teacher.getByRole("list", { name: `Mastery history of ${name}` })).toBeVisible();
  for (const [skill, s] of mine) {
    const history = await readHistory(teacher, skill);
    expect(history, `teacher's page: ${s.name}`).toEqual(s.history);
    // The teacher's mastery table shows the history's last value too.
    await expect(teacher.locator(`td[data-skill="${skill}"]`)).toHaveAttribute("data-mastery", s.value);
  }
  await expectNoAxeViolations(teacher);
  expect(teacherCsp).toEqual([]);
  await teacher.context().close();
});
