import { describe, expect, it } from "vitest";
import type { HelpReason, StudentNeedingHelp } from "./find-students-needing-help";
import { orderByUrgency, suggestActions } from "./suggest-help";

const base = "/teach/classes/c1";
const at = (m: number) => new Date(Date.UTC(2026, 2, 10, 12, m));
const student = (reasons: Partial<HelpReason>[], name = "Maya", id = "s1"): StudentNeedingHelp => ({
  studentId: id,
  name,
  reasons: reasons.map((r) => ({ kind: "failing", text: "", at: at(0), ...r })),
  latestAt: new Date(Math.max(...reasons.map((r) => (r.at ?? at(0)).getTime()))),
});
const prereqs = new Map([
  ["Adding fractions", ["Equivalent fractions", "Whole numbers"]],
  ["Whole numbers", []],
]);
const mastery = (values: Record<string, number>) => ({
  mastery: Object.entries(values).map(([skillName, m]) => ({
    skillName,
    mastery: m,
    opportunities: 9,
    lastEvidenceAt: at(0),
  })),
});

describe("suggestActions", () => {
  const cases: [string, Partial<HelpReason>[], Record<string, number>, unknown[]][] = [
    [
      "stuck now: read the session they are stuck in",
      [{ kind: "stuck", sessionId: "x9" }],
      {},
      [{ kind: "open_session", href: `${base}/transcripts/x9` }],
    ],
    [
      "many wrong first attempts: read their latest sessions",
      [{ kind: "failing" }],
      {},
      [{ kind: "read_latest", href: `${base}/transcripts?student=s1` }],
    ],
    [
      "answers told: the transcripts where the tutor told it",
      [{ kind: "reveals" }],
      {},
      [{ kind: "read_told", href: `${base}/transcripts?student=s1&flag=revealed` }],
    ],
    [
      "not improving, a prerequisite weak too: review the weakest prerequisite, then pin",
      [{ kind: "flat_mastery", skills: ["Adding fractions", "Whole numbers"] }],
      { "Adding fractions": 0.3, "Equivalent fractions": 0.6, "Whole numbers": 0.4 },
      [
        {
          kind: "review_prerequisite",
          skill: "Adding fractions",
          prerequisite: "Whole numbers",
          href: `${base}/students/s1`,
        },
        { kind: "pin_skill", skill: "Adding fractions", href: `${base}/students/s1` },
      ],
    ],
    [
      "not improving, prerequisites mastered: pin a problem on the skill",
      [{ kind: "flat_mastery", skills: ["Adding fractions"] }],
      { "Adding fractions": 0.3, "Equivalent fractions": 0.97, "Whole numbers": 0.99 },
      [{ kind: "pin_skill", skill: "Adding fractions", href: `${base}/students/s1` }],
    ],
    ["inactive: check in", [{ kind: "inactive" }], {}, [{ kind: "check_in", href: `${base}/students/s1` }]],
    [
      "several reasons: the most urgent first",
      [{ kind: "inactive" }, { kind: "reveals" }, { kind: "stuck", sessionId: "x1" }],
      {},
      [
        { kind: "open_session", href: `${base}/transcripts/x1` },
        { kind: "read_told", href: `${base}/transcripts?student=s1&flag=revealed` },
        { kind: "check_in", href: `${base}/students/s1` },
      ],
    ],
  ];
  it.each(cases)("%s", (_name, reasons, values, expected) => {
    expect(suggestActions(student(reasons), mastery(values), prereqs, base)).toEqual(expected);
  });
});

describe("orderByUrgency", () => {
  it("stuck students first, then by the most urgent reason, the newest evidence, the name", () => {
    const list = [
      student([{ kind: "inactive", at: at(50) }], "Ines", "i"),
      student([{ kind: "failing", at: at(10) }], "Bo", "b"),
      student([{ kind: "failing", at: at(20) }], "Ana", "a"),
      student(
        [
          { kind: "inactive", at: at(1) },
          { kind: "stuck", at: at(2) },
        ],
        "Zed",
        "z",
      ),
      student([{ kind: "failing", at: at(20) }], "Al", "al"),
    ];
    expect(orderByUrgency(list).map((s) => s.name)).toEqual(["Zed", "Al", "Ana", "Bo", "Ines"]);
  });
});
