import { expect, type Page, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./helpers";

// Letters only, so that names stay unique per run without digits that read as positions.
const run = `${Date.now()}`.replace(/\d/g, (d) => "abcdefghij"[Number(d)] as string);

/** 60 skills: 6 prerequisite chains of 8 plus 12 skills that join two chains; some long names. */
function sixtySkills() {
  const skills: { key: string; name: string; prerequisites: string[] }[] = [];
  for (let c = 0; c < 6; c++)
    for (let i = 0; i < 8; i++)
      skills.push({
        key: `graph-${run}-c${c}-${i}`,
        name:
          i % 3 === 0
            ? `Chain ${c} level ${i} ${run}: a rather long skill name that has to wrap over lines`
            : `Chain ${c} level ${i} ${run}`,
        prerequisites: i ? [`graph-${run}-c${c}-${i - 1}`] : [],
      });
  for (let j = 0; j < 12; j++)
    skills.push({
      key: `graph-${run}-j${j}`,
      name: `Joint ${j} ${run} WWWWMMMM`,
      prerequisites: [`graph-${run}-c${j % 6}-7`, `graph-${run}-c${(j + 1) % 6}-${j % 8}`],
    });
  return skills;
}

async function importBundle(page: Page, name: string, bundle: unknown, publish = false) {
  await page.goto("/admin/import");
  await page.getByLabel("Format").selectOption("stepwise");
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bundle)) });
  if (publish) await page.getByLabel("Publish right away").check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
}

type Box = { x: number; y: number; width: number; height: number };
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

test("the skill graph stays readable with 60 skills: labels inside their boxes, no overlaps, zoom by buttons and keys", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  const skills = sixtySkills();
  await importBundle(page, "sixty-skills.json", { format: "stepwise", version: 1, skills, problemSets: [] });
  await expect(page.getByRole("status")).toContainText("Skills: 60 created, 0 updated, 0 unchanged.");

  await page.goto("/admin/skills");
  const viewport = page.getByRole("region", { name: "Skill graph picture" });
  await expect(viewport).toBeVisible();
  await page.getByRole("button", { name: "Fit to view" }).click();

  // Every skill's label fully inside its own box (element boxes, not pixels).
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll("[data-skill-node]")].map((g) => {
      const rect = (g.querySelector("[data-node-box]") as SVGGraphicsElement).getBoundingClientRect();
      const text = (g.querySelector("[data-node-label]") as SVGGraphicsElement).getBoundingClientRect();
      return {
        name: g.getAttribute("data-skill-node") ?? "",
        label: g.querySelector("[data-node-label]")?.textContent ?? "",
        rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        text: { x: text.x, y: text.y, width: text.width, height: text.height },
      };
    }),
  );
  const ours = boxes.filter((b) => b.name.includes(run));
  expect(ours).toHaveLength(60);
  for (const b of ours) {
    // The whole name is drawn (wrapped, never cut with "…").
    expect(b.label.replace(/\s+/g, "")).toBe(b.name.replace(/\s+/g, ""));
    expect(inside(b.text, b.rect), `${b.name}: label ${JSON.stringify(b.text)} in box ${JSON.stringify(b.rect)}`).toBe(
      true,
    );
  }
  // No two boxes overlap (ours and the demo's).
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) expect(overlap(a.rect, b.rect), `${a.name} / ${b.name}`).toBe(false);

  // Zoom buttons and keys change the scale; "Fit to view" brings it back.
  const scale = async () => Number(await viewport.getAttribute("data-scale"));
  const fitted = await scale();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(scale).toBeGreaterThan(fitted);
  const zoomed = await scale();
  await page.getByRole("button", { name: "Zoom out" }).click();
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect.poll(scale).toBeLessThan(zoomed);
  await viewport.focus();
  const before = await scale();
  await page.keyboard.press("+");
  await expect.poll(scale).toBeGreaterThan(before);
  await page.keyboard.press("0");
  await expect.poll(scale).toBeCloseTo(fitted, 5);
  // A label's box grows with the zoom (the picture really scales).
  const first = page.locator(`[data-skill-node="${ours[0]?.name}"] [data-node-box]`);
  const w0 = (await first.boundingBox())?.width ?? 0;
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(async () => (await first.boundingBox())?.width ?? 0).toBeGreaterThan(w0);

  // The list says the same in words (folded away with this many skills).
  await page.getByText("The graph as a list").click();
  await expect(page.getByRole("list", { name: "Skills and their prerequisites" })).toContainText(
    `Joint 0 ${run} WWWWMMMM: needs`,
  );
  await expectNoAxeViolations(page);
});

test("imports are drafts unless asked, the result and errors read in words, and the audit log says what changed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  const title = `A deliberately long problem set title for ${run} that must wrap on a phone instead of being cut short`;
  const problem = (key: string, over: Record<string, unknown> = {}) => ({
    key,
    title: `Problem ${key}`,
    statement: "What is 2 + 2?",
    steps: [
      {
        prompt: "2 + 2 = ?",
        answer: { kind: "numeric", value: 4 },
        skills: [`words-${run}`],
        hints: [{ kind: "hint", text: "Count on from 2." }],
      },
    ],
    ...over,
  });
  const bundle = (problems: unknown[]) => ({
    format: "stepwise",
    version: 1,
    skills: [{ key: `words-${run}`, name: `Counting ${run}` }],
    problemSets: [{ key: `words-${run}`, title, problems }],
  });

  // A mistake: nothing imported, and the admin reads where and what, in words.
  await importBundle(page, "bad.json", bundle([problem(`words-${run}-1`, { title: "" })]));
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("bad.json");
  await expect(alert).toContainText(`problem “words-${run}-1”`);
  await expect(alert).toContainText("The title can't be empty.");
  await expect(alert).not.toContainText(/Too small|expected string|\(file\)/);
  await expectNoAxeViolations(page);

  // Not a bundle at all.
  await importBundle(page, "notes.json", { hello: "world" });
  const notBundle = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(notBundle).toBeVisible();
  await expect(notBundle).not.toContainText(/Invalid input|Unrecognized/);

  // The import: a draft by default, its result in words.
  await importBundle(page, "good.json", bundle([problem(`words-${run}-1`)]));
  const status = page.getByRole("status");
  await expect(status).toContainText("Problem sets: 1 created, 0 updated, 0 unchanged.");
  await expect(status).toContainText("Problems: 1 created, 0 updated, 0 unchanged.");
  await expect(status).toContainText("The imported sets are drafts");
  await expect(status).not.toContainText("{");

  await page.goto("/admin/sets");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText(title);
  await expect(row).toContainText(/draft/i);
  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await page.getByRole("button", { name: "Publish set" }).click();
  await expect(page.getByRole("button", { name: "Unpublish set" })).toBeVisible();

  // A published set is offered to every class: its long title in a class page's "assign" menu
  // must not push the page sideways (a menu is as wide as its longest option unless held in).
  await page.goto("/teach");
  await page.getByRole("link", { name: "Grade 7 Maths" }).first().click();
  await expect(page.getByLabel("Assign a published set").locator("option", { hasText: title })).toHaveCount(1);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Imported again with "Publish right away": stays published; nothing new.
  await importBundle(page, "good.json", bundle([problem(`words-${run}-1`)]), true);
  await expect(page.getByRole("status")).toContainText("Problems: 0 created, 0 updated, 1 unchanged.");
  await expect(page.getByRole("status")).toContainText("The imported sets are published");

  await page.goto("/admin/audit");
  const log = page.getByRole("table");
  await expect(log).toContainText(`Published set “${title}”`);
  await expect(log).toContainText("Imported content: skills 1 created");
  // The raw record only behind a disclosure.
  const raw = log.locator("details").first();
  await expect(raw.locator("pre")).toBeHidden();
  await raw.locator("summary").click();
  await expect(raw.locator("pre")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("every admin page fits a phone (390 px) and a desktop (1280 px) without sideways scrolling of the page", async ({
  page,
}) => {
  test.setTimeout(180_000);
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
  const urls = [
    "/admin",
    "/admin/skills",
    skillHref,
    "/admin/sets",
    setHref,
    `${setHref}/problems/new`,
    problemHref,
    `${problemHref}/translations`,
    "/admin/import",
    "/admin/audit",
  ];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of urls) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, `${url} at ${width} px scrolls sideways by ${sideways} px`).toBeLessThanOrEqual(0);
    }
  }
});
