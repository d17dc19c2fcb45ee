import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, demo, expectNoAxeViolations, signIn } from "./helpers";

// Languages end to end: a Spanish-speaking student signs up and practises in Spanish (a decimal
// comma, "no sé", "una pista"); the teacher reads the transcript in English and the heatmap and
// reports in Spanish; a right-to-left locale lays out right to left. The language comes from the
// browser (Accept-Language), so no shared account's setting is changed.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function say(page: Page, conversation: string, input: string, text: string) {
  const turns = page.getByRole("list", { name: conversation }).locator("li");
  const count = await turns.count();
  await page.getByLabel(input).fill(text);
  await page.getByLabel(input).press("Enter");
  await expect(turns).toHaveCount(count + 2);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  return turns.last();
}

test("a Spanish-speaking student practises in Spanish; the teacher reads it in English and the reports in Spanish", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  // The teacher (an English browser) makes a class and assigns the ratios set, which has a Spanish translation.
  await signIn(page, demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);
  const className = `Clase ${unique()}`;
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const classUrl = page.url();
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  const ratios = page.getByLabel("Assign a published set").locator("option", { hasText: /^Ratios and percentages/ });
  await page.getByLabel("Assign a published set").selectOption((await ratios.getAttribute("value")) ?? "");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("form", { name: "Unassign Ratios and percentages" })).toBeVisible();

  // A student whose browser speaks Spanish signs up: every word on the way is Spanish.
  const studentContext = await browser.newContext({ locale: "es-ES" });
  const sp = await studentContext.newPage();
  const studentName = `Lucía ${unique()}`;
  const email = `lucia-${unique()}@example.test`;
  await sp.goto("/sign-up");
  await expect(sp.locator("html")).toHaveAttribute("lang", "es");
  await expect(sp.getByRole("heading", { level: 1, name: "Unirse a una clase" })).toBeVisible();
  await sp.getByLabel("Código de la clase").fill(code);
  await sp.getByLabel("Tu nombre").fill(studentName);
  await sp.getByLabel("Correo electrónico").fill(email);
  await sp.getByLabel(/^Contraseña/).fill("good-password");
  await sp.getByRole("button", { name: "Unirme a la clase" }).click();
  await expect(sp).toHaveURL(/\/sign-in\?joined=1$/);
  await sp.getByLabel("Correo electrónico").fill(email);
  await sp.getByLabel("Contraseña").fill("good-password");
  await sp.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(sp).toHaveURL(/\/practice$/);

  // The teacher pins a problem whose answer is a decimal.
  await page.reload();
  await page.getByRole("link", { name: studentName, exact: true }).click();
  await page.getByLabel("Problem", { exact: true }).selectOption({ label: "Ratios and percentages: Bike ride" });
  await page.getByLabel("Override").selectOption("pin");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("list", { name: "Current overrides" })).toContainText("Pinned: Bike ride");

  // The student gets the problem in Spanish and works it with Spanish requests and a decimal comma.
  await sp.getByRole("button", { name: /practicar/ }).click();
  await expect(sp).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(sp.getByRole("heading", { level: 1, name: "Paseo en bici" })).toBeVisible();
  await expect(sp.getByRole("button", { name: "Pista", exact: true })).toBeVisible();
  const chat = (text: string) => say(sp, "Conversación", "Tu respuesta o mensaje", text);
  const first = sp.getByRole("list", { name: "Conversación" }).locator("li").first();
  await expect(first).toContainText("¡Hola!");
  await expect(await chat("no sé")).toContainText("Tiempo = distancia ÷ velocidad");
  await expect(await chat("una pista")).toContainText("¿Qué distancia recorre en 2 horas?");
  await expect(await chat("36")).toContainText("¿Cuántas horas dura el paseo?");
  await expect(await chat("2,5")).toContainText(
    /(Siguiente paso|Ahora este|Vamos al siguiente paso): ¿Cuántos minutos son\?/,
  );
  await expect(await chat("150 minutos")).toContainText("¿A qué hora llega Lena?");
  await expect(await chat("11:45")).toContainText("Has terminado este problema");
  await expect(sp.getByRole("button", { name: "Siguiente problema" }).first()).toBeVisible();
  await expectNoAxeViolations(sp);
  await studentContext.close();

  // The teacher reads the transcript in English; what the student saw is one click away.
  await page.goto(`${classUrl}/transcripts`);
  await page.getByLabel("Student", { exact: true }).selectOption({ label: studentName });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Transcript: ${studentName}` })).toBeVisible();
  const greeting = page.locator("#turn-0");
  await expect(greeting).toContainText("Let's work through");
  await expect(greeting).toContainText("Paseo en bici");
  await expect(greeting.getByText("As shown to the student")).toBeVisible();
  await expect(page.locator("#turn-1")).toContainText("no sé");
  await expect(page.locator("#turn-2")).toContainText("Tiempo = distancia ÷ velocidad");
  await expect(page.locator("#turn-2")).not.toContainText("Aquí tienes");
  await expect(page.locator("#turn-8")).toContainText(
    /(Next step|Now this one|On to the next step): ¿Cuántos minutos son\?/,
  );

  // The same teacher in a Spanish browser: heatmap and reports in Spanish.
  const teacherEs = await browser.newContext({ locale: "es-MX" });
  const tp = await teacherEs.newPage();
  await tp.goto("/sign-in");
  await tp.getByLabel("Correo electrónico").fill(demo.teacher);
  await tp.getByLabel("Contraseña").fill("stepwise-demo");
  await tp.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(tp).toHaveURL(/\/teach$/);
  await tp.goto(`${new URL(classUrl).pathname}/mastery`);
  await expect(tp.getByRole("heading", { level: 1, name: `Dominio: ${className}` })).toBeVisible();
  await expect(tp.getByRole("columnheader", { name: "Estudiante" })).toBeVisible();
  await expect(
    tp.getByRole("cell", { name: new RegExp(`^${studentName}, .+: dominio \\d,\\d\\d$`) }).first(),
  ).toBeVisible();
  await expect(tp.getByRole("main")).not.toContainText("Mastery");
  await expectNoAxeViolations(tp);
  await tp.goto(`${new URL(classUrl).pathname}/reports`);
  await expect(tp.getByRole("heading", { level: 1, name: `Informes: ${className}` })).toBeVisible();
  await expect(tp.getByRole("main")).not.toContainText("Reports");
  await teacherEs.close();
});

test("a right-to-left locale lays the page out right to left", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar-EG" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1, name: "تسجيل الدخول" })).toBeVisible();
  // The brand sits at the right end of the header and the language menu at the left.
  const brand = await page.getByRole("link", { name: "Stepwise" }).boundingBox();
  const menu = await page.getByLabel("اللغة").boundingBox();
  expect(brand && menu && brand.x > menu.x).toBe(true);
  // Labels start on the right; nothing overflows sideways.
  const label = await page.getByText("البريد الإلكتروني", { exact: true }).first().boundingBox();
  const form = await page
    .locator("form")
    .filter({ has: page.getByRole("button") })
    .last()
    .boundingBox();
  expect(label && form && Math.abs(label.x + label.width - (form.x + form.width)) < 40).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // The switcher changes the language for a visitor (a cookie) and back.
  await page.getByLabel("اللغة").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  // The menu shows the language now in use (it kept showing the first one until a reload).
  await expect(page.getByLabel("Language")).toHaveValue("en");
  await page.getByLabel("Language").selectOption("es");
  await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
  await expect(page.getByLabel("Idioma")).toHaveValue("es");
  await context.close();
});

/**
 * A teacher and then the admin sign in with a browser in `locale`: the class tabs and every page
 * they lead to, and the admin overview, carry none of English's own words for them, and (for a
 * right-to-left language) nothing spills sideways.
 */
async function walkStaffPages(
  browser: Browser,
  o: {
    locale: string;
    lang: string;
    dir: "ltr" | "rtl";
    labels: { email: string; password: string; signIn: string; sections: string; admin: string };
    tabs: [name: string, path: string][];
  },
) {
  const context = await browser.newContext({ locale: o.locale });
  const page = await context.newPage();
  const fitsSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  const signInAs = async (email: string) => {
    await page.goto("/sign-in");
    await page.getByLabel(o.labels.email).fill(email);
    await page.getByLabel(o.labels.password).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: o.labels.signIn }).click();
  };
  await signInAs(demo.teacher);
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.locator("html")).toHaveAttribute("lang", o.lang);
  await expect(page.locator("html")).toHaveAttribute("dir", o.dir);
  await page.getByRole("link", { name: "Grade 7 Maths" }).first().click();
  const tabs = page.getByRole("navigation", { name: o.labels.sections });
  for (const [name] of o.tabs) await expect(tabs.getByRole("link", { name })).toBeVisible();
  const english: Record<string, RegExp> = {
    "": /Overview|Roster|Join code|Last active/,
    mastery: /Students × skills|Needs help|Legend/,
    transcripts: /Transcripts|Started|Flags|Apply filters/,
    reports: /Reports|Telling rate|Download/,
  };
  for (const [name, path] of [...o.tabs.slice(1), ...o.tabs.slice(0, 1)]) {
    await tabs.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(path ? `/${path}$` : "/teach/classes/[^/]+$"));
    await expect(page.getByRole("main")).not.toContainText(english[path] as RegExp);
    expect(await fitsSideways()).toBe(true);
    if (path === "mastery") {
      // The heatmap reads from the name column: at the start (the right in right-to-left), where it
      // stays while the skills scroll away to the end, with each skill group's label at its start.
      const heatmap = page.locator('[aria-labelledby="heatmap-caption"]');
      const nameHeader = page.locator("thead tr").last().locator("th").first();
      const region = await heatmap.boundingBox();
      const label = await page
        .locator("thead th[scope=colgroup]")
        .first()
        .evaluate((el) => {
          const r = document.createRange();
          r.selectNodeContents(el);
          const b = r.getBoundingClientRect();
          return { x: b.x, width: b.width };
        });
      if (!region) throw new Error("heatmap not laid out");
      expect(label.x).toBeGreaterThanOrEqual(region.x);
      expect(label.x + label.width).toBeLessThanOrEqual(region.x + region.width);
      await heatmap.evaluate((el, rtl) => {
        el.scrollLeft = rtl ? -el.scrollWidth : el.scrollWidth;
      }, o.dir === "rtl");
      const name = await nameHeader.boundingBox();
      if (!name) throw new Error("name column not laid out");
      // Still on screen, at the start edge of the scrolled region.
      const edge = o.dir === "rtl" ? region.x + region.width - (name.x + name.width) : name.x - region.x;
      expect(Math.abs(edge)).toBeLessThan(4);
    }
  }
  await context.clearCookies();
  await signInAs(demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: o.labels.admin })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(/Knowledge tracing|Staff accounts|Create account/);
  expect(await fitsSideways()).toBe(true);
  await context.close();
}

test("a Swedish-speaking teacher and admin get their pages in Swedish", async ({ browser }) => {
  await walkStaffPages(browser, {
    locale: "sv-SE",
    lang: "sv",
    dir: "ltr",
    labels: {
      email: "E-post",
      password: "Lösenord",
      signIn: "Logga in",
      sections: "Klassens avsnitt",
      admin: "Administration",
    },
    tabs: [
      ["Översikt", ""],
      ["Behärskning", "mastery"],
      ["Transkriptioner", "transcripts"],
      ["Rapporter", "reports"],
    ],
  });
});

test("an Arabic-speaking teacher and admin get their pages in Arabic, right to left", async ({ browser }) => {
  await walkStaffPages(browser, {
    locale: "ar-SA",
    lang: "ar",
    dir: "rtl",
    labels: {
      email: "البريد الإلكتروني",
      password: "كلمة المرور",
      signIn: "تسجيل الدخول",
      sections: "أقسام الصف",
      admin: "الإدارة",
    },
    tabs: [
      ["نظرة عامة", ""],
      ["الإتقان", "mastery"],
      ["سجلات المحادثة", "transcripts"],
      ["التقارير", "reports"],
    ],
  });
});

test("an Arabic-speaking student works a problem in Arabic: Arabic words, Arabic-Indic digits, units", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const studentContext = await browser.newContext({ locale: "ar-EG" });
  const sp = await studentContext.newPage();
  const studentName = `ليلى ${unique()}`;
  const email = `layla-${unique()}@example.test`;
  await sp.goto("/sign-up");
  await expect(sp.locator("html")).toHaveAttribute("dir", "rtl");
  await sp.getByLabel("رمز الانضمام إلى الصف").fill("DEMO7A");
  await sp.getByLabel("اسمك").fill(studentName);
  await sp.getByLabel("البريد الإلكتروني").fill(email);
  await sp.getByLabel(/^كلمة المرور/).fill("good-password");
  await sp.getByRole("button", { name: "انضم إلى الصف" }).click();
  await expect(sp).toHaveURL(/\/sign-in\?joined=1$/);
  await sp.getByLabel("البريد الإلكتروني").fill(email);
  await sp.getByLabel("كلمة المرور").fill("good-password");
  await sp.getByRole("button", { name: "تسجيل الدخول" }).click();
  await expect(sp).toHaveURL(/\/practice$/);

  // The demo teacher (an English browser) pins the bike ride, which has an Arabic translation.
  await signIn(page, demo.teacher);
  await page.getByRole("link", { name: "Grade 7 Maths" }).first().click();
  await page.getByRole("link", { name: studentName, exact: true }).click();
  await page.getByLabel("Problem", { exact: true }).selectOption({ label: "Ratios and percentages: Bike ride" });
  await page.getByLabel("Override").selectOption("pin");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("list", { name: "Current overrides" })).toContainText("Pinned: Bike ride");

  await sp
    .getByRole("button", { name: /ابدأ التدريب|المسألة التالية/ })
    .first()
    .click();
  await expect(sp).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(sp.getByRole("heading", { level: 1, name: "رحلة بالدراجة" })).toBeVisible();
  const chat = (text: string) => say(sp, "المحادثة", "إجابتك أو رسالتك", text);
  await expect(sp.getByRole("list", { name: "المحادثة" }).locator("li").first()).toContainText("مرحبًا");
  // "I don't know" in a dialect, with tatweel: a request for help, not a wrong answer.
  await expect(await chat("مش عـارف")).toContainText("الزمن = المسافة ÷ السرعة");
  await expect(await chat("أعطني تلميحاً")).toContainText("ما المسافة التي تقطعها لينا في 2 ساعة؟");
  await expect(await chat("٣٦")).toContainText("كم ساعة تستغرق الرحلة؟");
  // Arabic-Indic digits with the Arabic decimal separator, then minutes written in Arabic.
  await expect(await chat("٢٫٥")).toContainText("كم دقيقة يساوي ذلك؟");
  // Maths typed in the box, and the maths keys, read left to right in the right-to-left page
  // (the box showed "2(x + 3) - 4" as "4 - (x + 3)2"; the key inserting "≤" showed "≥").
  const box = sp.getByLabel("إجابتك أو رسالتك");
  await box.fill("2(x + 3) - 4");
  expect(await box.evaluate((el) => el.matches(":dir(ltr)"))).toBe(true);
  await box.fill("لا أعرف");
  expect(await box.evaluate((el) => el.matches(":dir(rtl)"))).toBe(true);
  await box.fill("");
  await sp
    .locator("[data-composer]")
    .getByRole("button", { name: /Math keys|رموز|مفاتيح/ })
    .click();
  const keys = sp.locator("[data-math-keypad]");
  await expect(keys).toBeVisible();
  expect(await keys.evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
  await sp
    .locator("[data-composer]")
    .getByRole("button", { name: /Math keys|رموز|مفاتيح/ })
    .click();
  await expect(await chat("١٥٠ دقيقة")).toContainText("في أي وقت تصل لينا؟");
  // Written maths inside an Arabic sentence reads left to right: "15 + 30", not "30 + 15" (the
  // bidirectional algorithm reversed multi-term runs before they were isolated).
  const feedback = await chat("11:40");
  await expect(feedback).toContainText("15 + 30");
  const order = await feedback.evaluate((li) => {
    const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      const at = text.indexOf("15 + 30");
      if (at < 0) continue;
      const x = (from: number) => {
        const r = document.createRange();
        r.setStart(n as Text, from);
        r.setEnd(n as Text, from + 2);
        return r.getBoundingClientRect().left;
      };
      return {
        isolated: (n.parentElement?.closest("bdi")?.getAttribute("dir") ?? "") === "ltr",
        left15: x(at),
        left30: x(at + 5),
      };
    }
    return null;
  });
  expect(order?.isolated).toBe(true);
  expect(order && order.left15 < order.left30).toBe(true);
  await expect(await chat("11:45")).toContainText("أنهيت هذه المسألة");
  await expect(sp.getByRole("button", { name: "المسألة التالية" }).first()).toBeVisible();
  expect(await sp.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await expectNoAxeViolations(sp);
  await studentContext.close();
});
