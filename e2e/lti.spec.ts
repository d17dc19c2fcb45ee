import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import { formatAnswer } from "@/lib/tutor/answers";
import { type LaunchSpec, type Simulator, startSimulator } from "../tests/lti-platform/server";
import { demoProblemByTitle } from "./demo-content";
import { demo, signIn } from "./helpers";

// LTI 1.3 end to end through the platform simulator (tests/lti-platform/server.ts): the LMS page
// (http://localhost:<sim>) frames Stepwise (http://127.0.0.1:<tool>), another site, so everything
// below works with partitioned third-party cookies and CSP frame-ancestors (decision 024).
test.describe.configure({ mode: "serial" });

const L = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
let sim: Simulator;
let setKey = "";

test.beforeAll(async ({ browser, baseURL }) => {
  sim = await startSimulator(baseURL ?? "");
  const page = await browser.newPage();
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/lti");
  const fill = (id: string, v: string) => page.locator(`#new-${id}`).fill(v);
  await fill("name", "Simulated LMS");
  await fill("issuer", sim.issuer);
  await fill("clientId", sim.clientId);
  await fill("authEndpoint", `${sim.origin}/auth`);
  await fill("tokenEndpoint", `${sim.origin}/token`);
  await fill("jwksUrl", `${sim.origin}/jwks`);
  await fill("deploymentIds", sim.deploymentId);
  await page.getByRole("button", { name: "Register platform" }).click();
  await expect(page.getByRole("status")).toHaveText("Platform saved.");
  await page.close();
});

test.afterAll(async () => {
  await sim?.close();
});

async function launch(page: Page, spec: LaunchSpec): Promise<FrameLocator> {
  await page.goto(sim.frameUrl(spec));
  return page.frameLocator("#tool");
}

const toolFrameUrl = (page: Page) =>
  page
    .frames()
    .find((f) => f.url().includes("127.0.0.1"))
    ?.url() ?? "";

/**
 * From the launch's landing page into practice: the problem shown, and a way to answer one of its
 * steps right (waits for the tutor's reply).
 */
async function startPractising(page: Page, frame: FrameLocator) {
  await frame.getByRole("button", { name: /practising/ }).click();
  await expect.poll(() => toolFrameUrl(page)).toMatch(/\/practice\/[a-z0-9]+$/);
  const title = ((await frame.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
  const problem = demoProblemByTitle(title);
  const turns = frame.getByRole("list", { name: "Conversation" }).locator("li");
  const answer = async (step: (typeof problem.steps)[number]) => {
    const count = await turns.count();
    await frame.getByLabel("Your answer or message").fill(formatAnswer(step.answer));
    await frame.getByLabel("Your answer or message").press("Enter");
    await expect(turns).toHaveCount(count + 2);
    await expect(frame.locator('[aria-busy="true"]')).toHaveCount(0);
  };
  return { problem, answer };
}

const teacher: LaunchSpec = {
  sub: "t-1",
  name: "Tess Teacher",
  role: "Instructor",
  contextId: "c1",
  resourceLinkId: "rl-home",
};

test("an instructor's launch lands on the course's class, signed in, inside the LMS frame", async ({ page }) => {
  const frame = await launch(page, teacher);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Course c1");
  expect(toolFrameUrl(page)).toMatch(/\/teach\/classes\/[a-z0-9]+$/);
});

test("a second instructor of the course lands on the same class, as a co-teacher", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const frame = await launch(page, { ...teacher, sub: "t-2", name: "Theo Second" });
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Course c1");
  await expect(frame.getByText("Teachers: Tess Teacher, Theo Second")).toBeVisible();
  await context.close();
});

test("deep linking: the teacher picks a set and the LMS receives a signed link to it", async ({ page }) => {
  const frame = await launch(page, { ...teacher, deepLink: true, resourceLinkId: undefined, lineItem: true });
  await expect(frame.getByRole("heading", { name: "Add a Stepwise problem set to your course" })).toBeVisible();
  await frame.getByRole("radio", { name: /Fractions/ }).check();
  await frame.getByRole("button", { name: "Add to course" }).click();
  await expect(frame.locator("#dl-received")).toBeVisible();
  expect(sim.deepLinks).toHaveLength(1);
  const items = sim.deepLinks[0]?.["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as {
    type: string;
    custom: { stepwise_set: string };
    lineItem: { scoreMaximum: number };
  }[];
  expect(items[0]?.type).toBe("ltiResourceLink");
  expect(items[0]?.lineItem.scoreMaximum).toBe(1);
  setKey = items[0]?.custom.stepwise_set ?? "";
  expect(setKey).toBe("fractions");
});

test("a learner's launch of that link lands in practice signed in; solving a problem sends a score", async ({
  page,
}) => {
  const frame = await launch(page, {
    sub: "s-1",
    name: "Sam Student",
    role: "Learner",
    contextId: "c1",
    resourceLinkId: "rl-fractions",
    custom: { stepwise_set: setKey },
    lineItem: true,
  });
  const { problem, answer } = await startPractising(page, frame);
  for (const step of problem.steps) await answer(step);
  await expect
    .poll(() => sim.scores.filter((s) => Number(s.body.scoreGiven) > 0).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  const last = sim.scores.at(-1);
  expect(last?.contentType).toBe("application/vnd.ims.lis.v1.score+json");
  expect(last?.lineItem).toBe(`${sim.origin}/lineitems/rl-fractions`);
  expect(last?.body).toMatchObject({ userId: "s-1", scoreMaximum: 1, gradingProgress: "FullyGraded" });
  // Completion: one problem of the set solved (the set has more, so it is still in progress).
  expect(Number(last?.body.scoreGiven)).toBeGreaterThan(0);
  expect(last?.body.activityProgress).toBe("InProgress");
  expect(sim.tokenRequests.length).toBeGreaterThan(0);
});

test("a link placed without a grade column: the first grade makes the column in the LMS and lands in it", async ({
  page,
}) => {
  const frame = await launch(page, {
    sub: "s-2",
    name: "Cleo Column",
    role: "Learner",
    contextId: "c1",
    resourceLinkId: "rl-no-column",
    custom: { stepwise_set: setKey },
    lineItemContainer: true,
  });
  const { problem, answer } = await startPractising(page, frame);
  const [step] = problem.steps;
  if (!step) throw new Error(`no steps in ${problem.title}`);
  await answer(step);
  // The set's other link (with its own column) gets the grade too; this one's lands in the new column.
  await expect
    .poll(() => sim.scores.filter((s) => s.body.userId === "s-2" && s.lineItem.includes("/made-")).length, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  expect(sim.lineItems).toHaveLength(1);
  expect(sim.lineItems[0]).toMatchObject({ resourceLinkId: "rl-no-column", tag: "stepwise", scoreMaximum: 1 });
  expect(sim.scores.filter((s) => s.lineItem.includes("/made-")).map((s) => s.lineItem)).toContain(
    sim.lineItems[0]?.id,
  );
});

test("the LMS refusing a score shows on the teacher's LMS page", async ({ page }) => {
  sim.refuseScores = true;
  const frame = await launch(page, teacher);
  await frame.getByRole("link", { name: "LMS" }).click();
  await frame
    .getByRole("form", { name: /^Send again the grades of / })
    .first()
    .getByRole("button")
    .click();
  await expect(frame.getByRole("status")).toHaveText("The grades will be sent again now.");
  await expect(async () => {
    await page.reload();
    await page.frameLocator("#tool").getByRole("link", { name: "LMS" }).click();
    await expect(page.frameLocator("#tool").getByTestId("lti-score-row").first()).toContainText("LMS refused: 403", {
      timeout: 2000,
    });
  }).toPass({ timeout: 30_000 });
  sim.refuseScores = false;
});

test("roster sync enrolls the LMS's learners in the class", async ({ page }) => {
  sim.members = [
    { user_id: "m-1", name: "Mia Member", roles: [`${L}Learner`] },
    { user_id: "t-1", name: "Tess Teacher", roles: [`${L}Instructor`] },
    { user_id: "m-2", name: "Noor Member", roles: [`${L}Learner`] },
  ];
  const before = sim.memberRequests;
  const frame = await launch(page, teacher);
  // An instructor's launch syncs the roster by itself (two pages: Link rel="next")...
  await expect.poll(() => sim.memberRequests).toBeGreaterThanOrEqual(before + 2);
  await frame.getByRole("link", { name: "LMS" }).click();
  // ...and the teacher can sync again: nothing new to enrol by then.
  await frame.getByRole("button", { name: "Sync roster from the LMS" }).click();
  await expect(frame.getByRole("status")).toContainText("Roster synced: 2 learners in the LMS");
  await frame.getByRole("link", { name: "Overview" }).click();
  await expect(frame.getByText("Mia Member").first()).toBeVisible();
  await expect(frame.getByText("Noor Member").first()).toBeVisible();
});

test("a tampered launch is refused with a visible reason, and framing stays denied elsewhere", async ({
  page,
  request,
}) => {
  const res = await request.post("/api/lti/launch", { form: { id_token: "x".repeat(40), state: "y".repeat(20) } });
  expect(res.status()).toBe(401);
  expect(await res.text()).toContain("LTI launch refused (state)");
  const signIn = await request.get("/sign-in");
  expect(signIn.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(signIn.headers()["x-frame-options"]).toBe("DENY");
  await page.goto(sim.frameUrl({ ...teacher, sub: "" }));
  await expect(page.frameLocator("#tool").locator("#lti-error")).toContainText("sub");
});

test("a browser that keeps no cookie in the LMS frame (Safari) opens Stepwise in a new window, signed in", async ({
  browser,
}) => {
  const context = await browser.newContext();
  // Safari drops the tool's cookies in the LMS's iframe, partitioned or not: the state cookie set
  // at login is gone when the platform posts the launch. The window's own login keeps its cookie.
  let launches = 0;
  await context.route("**/api/lti/launch", async (route) => {
    if (launches++ > 0) return route.continue();
    const headers = await route.request().allHeaders();
    headers.cookie = (headers.cookie ?? "")
      .split(/;\s*/)
      .filter((c) => c && !c.startsWith("lti_state_"))
      .join("; ");
    const response = await route.fetch({ headers });
    return route.fulfill({ response });
  });
  const page = await context.newPage();
  const frame = await launch(page, teacher);
  await expect(frame.locator("#lti-error")).toContainText("LTI launch refused (state)");
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    frame.getByRole("link", { name: "Open Stepwise in a new window" }).click(),
  ]);
  await expect(popup).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  await expect(popup.getByRole("heading", { level: 1 })).toHaveText("Course c1");
  expect(launches).toBe(2);
  await context.close();
});

test("dynamic registration: an admin's one-time link registers the LMS, which is told to close", async ({ page }) => {
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/lti");
  await page.getByRole("button", { name: "Make a registration link" }).click();
  const text = (await page.getByRole("status").textContent()) ?? "";
  const link = /https?:\/\/\S+/.exec(text)?.[0] ?? "";
  expect(link).toContain("/api/lti/register?t=");
  await page.goto(sim.registerFrameUrl(link));
  await expect(page.frameLocator("iframe").locator("#lti-registered")).toBeVisible();
  await expect(page.locator("#closed")).toBeVisible();
  expect(sim.registrations).toHaveLength(1);
  expect(sim.registrations[0]?.authorization).toBe("Bearer sim-registration-token");
  expect(sim.registrations[0]?.body.token_endpoint_auth_method).toBe("private_key_jwt");
  // The same link does not work twice.
  await page.goto(sim.registerFrameUrl(link));
  await expect(page.frameLocator("iframe").locator("#lti-error")).toContainText("unknown, used or expired");
  expect(sim.registrations).toHaveLength(1);
  await page.goto("/admin/lti");
  await expect(page.getByText("simulator (dynamic registration)")).toBeVisible();
});
