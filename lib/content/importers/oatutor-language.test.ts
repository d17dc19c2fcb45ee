import { describe, expect, it } from "vitest";
import { convertOatutor, KNOWN_COURSE_LANGUAGES, oatutorLanguage, parseOatutorCoursePlans } from "./oatutor";
import type { SourceFile } from "./shared";

/** One problem of `course` with one numeric step. */
function problem(id: string, course: string): SourceFile[] {
  const sid = `${id}a`;
  return [
    {
      path: `${id}/${id}.json`,
      text: JSON.stringify({ id, title: `Uppgift ${id}`, body: "", courseName: course, lesson: "1 Test" }),
    },
    {
      path: `${id}/steps/${sid}/${sid}.json`,
      text: JSON.stringify({
        id: sid,
        stepAnswer: ["4"],
        problemType: "TextBox",
        stepTitle: "Vad är 2+2?",
        answerType: "arithmetic",
      }),
    },
  ];
}

const plans = (entries: { courseName: string; language?: string }[]): SourceFile => ({
  path: "coursePlans.json",
  text: JSON.stringify(entries.map((e) => ({ ...e, lessons: [] }))),
});

const languages = (files: SourceFile[], opts = {}) =>
  Object.fromEntries(
    convertOatutor(files, opts).bundle.problemSets.flatMap((s) => s.problems.map((p) => [p.key, p.language ?? "en"])),
  );

describe("the language of an OATutor problem is its course's", () => {
  it.each([
    ["se", "sv"],
    ["SE", "sv"],
    ["sv", "sv"],
    ["en", "en"],
    ["es", "es"],
    ["pt-BR", "pt-br"],
    ["", null],
    ["not a code!", null],
    [undefined, null],
  ])("OATutor's %j reads %j", (code, expected) => {
    expect(oatutorLanguage(code)).toBe(expected);
  });

  it("from coursePlans.json among the files (OATutor writes 'se' for Swedish)", () => {
    const files = [
      ...problem("p1", "Matematik 4"),
      ...problem("p2", "Algebra"),
      plans([
        { courseName: "Matematik 4", language: "se" },
        { courseName: "Algebra", language: "en" },
      ]),
    ];
    expect(languages(files)).toEqual({ "oatutor-p1": "sv", "oatutor-p2": "en" });
  });

  it("course plans given as an option win over the files", () => {
    const files = [...problem("p1", "Matematik 4"), plans([{ courseName: "Matematik 4", language: "se" }])];
    expect(
      languages(files, {
        courseLanguages: parseOatutorCoursePlans(plans([{ courseName: "Matematik 4", language: "es" }])),
      }),
    ).toEqual({
      "oatutor-p1": "es",
    });
  });

  it("without course plans, the known courses of OATutor-Content (Matematik 4 is Swedish), else English", () => {
    expect(KNOWN_COURSE_LANGUAGES["Matematik 4"]).toBe("sv");
    expect(languages([...problem("p1", "Matematik 4"), ...problem("p2", "Algebra")])).toEqual({
      "oatutor-p1": "sv",
      "oatutor-p2": "en",
    });
  });

  it("the coursePlans.json of OATutor-Content names one Swedish course", async () => {
    const fs = await import("node:fs");
    const { SHARED_DATA } = await import("./test-data");
    const file = `${SHARED_DATA}/oatutor/coursePlans.json`;
    if (!fs.existsSync(file)) return;
    const map = parseOatutorCoursePlans({ path: "coursePlans.json", text: fs.readFileSync(file, "utf8") });
    expect(Object.entries(map).filter(([, l]) => l !== "en")).toEqual(Object.entries(KNOWN_COURSE_LANGUAGES));
  });
});
