import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { ProblemInput } from "@/lib/content/format";
import { parseBundle } from "@/lib/content/import-bundle";
import { formatAnswer } from "@/lib/tutor/answers";

/** The demo problems, so browser tests can work whatever problem the picker serves. */
export function demoProblemByTitle(title: string): ProblemInput {
  const dir = path.resolve(__dirname, "../content/demo");
  for (const f of fs.readdirSync(dir)) {
    const bundle = parseBundle(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")), f);
    for (const set of bundle.problemSets) {
      const found = set.problems.find((p) => p.title === title);
      if (found) return found;
    }
  }
  throw new Error(`No demo problem titled ${title}`);
}

/** From /practice: starts the picked problem and answers its first step right (one first attempt). */
export async function answerFirstStepOfPickedProblem(page: Page): Promise<void> {
  await page.getByRole("button", { name: /practising/ }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const title = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
  const step = demoProblemByTitle(title).steps[0];
  if (!step) throw new Error(`no step in ${title}`);
  const turns = page.getByRole("list", { name: "Conversation" }).locator("li");
  const count = await turns.count();
  await page.getByLabel("Your answer or message").fill(formatAnswer(step.answer));
  await page.getByLabel("Your answer or message").press("Enter");
  await expect(turns).toHaveCount(count + 2);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
