import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translator";
import { type AuditEntryInput, auditEntryInWords, type StepShape, versionChanges } from "./audit-text";

const en = translate("en");
const step = (over: Partial<StepShape> = {}): StepShape => ({
  prompt: "2 + 2?",
  answer: { kind: "numeric", value: 4 },
  hints: [{ kind: "hint", text: "Count on." }],
  wrongAnswers: [],
  skills: ["add"],
  ...over,
});

describe("auditEntryInWords", () => {
  it.each<[string, AuditEntryInput, string]>([
    [
      "set published",
      { action: "set.publish", details: { key: "fr" }, name: "Fractions" },
      "Published set “Fractions”",
    ],
    ["set unpublished, record gone", { action: "set.unpublish", details: { key: "fr" } }, "Unpublished set “fr”"],
    [
      "set renamed",
      {
        action: "set.update",
        details: { from: { title: "A", description: "" }, to: { title: "B", description: "" } },
        name: "B",
      },
      "Edited problem set “B”: title “A” became “B”",
    ],
    [
      "problem edited",
      {
        action: "problem.edit",
        details: { key: "p", version: 3 },
        name: "Pizza slices",
        changes: [
          { part: "hints", step: 2 },
          { part: "stepsAdded", count: 1 },
        ],
      },
      "Edited problem “Pizza slices” (version 3): hints of step 2 changed; 1 step added",
    ],
    [
      "LTI platform registered",
      { action: "lti.platform.create", details: { name: "Canvas", issuer: "https://canvas.test" }, name: "Canvas" },
      "Registered LMS platform “Canvas” (https://canvas.test)",
    ],
    [
      "LTI platform removed, record gone",
      { action: "lti.platform.delete", details: { name: "Moodle", issuer: "https://moodle.test" } },
      "Removed LMS platform “Moodle” (https://moodle.test)",
    ],
    [
      "LTI key rotated",
      { action: "lti.key.rotate", details: { kid: "k2" } },
      "Rotated the LTI signing key (new key k2)",
    ],
    [
      "experiment started",
      { action: "experiment.start", details: null, name: "Hints A/B" },
      "Started experiment “Hints A/B”",
    ],
    [
      "problem created",
      { action: "problem.create", details: { steps: 2, title: "T" } },
      "Created problem “T” (2 steps)",
    ],
    [
      "prerequisites",
      { action: "skill.prerequisites", details: { key: "k", from: ["a"], to: ["b"] }, name: "Halving" },
      "Changed the prerequisites of skill “Halving”: added b; removed a",
    ],
    [
      "skill renamed",
      { action: "skill.update", details: { from: { name: "X" }, to: { name: "Y" } } },
      "Renamed skill “X” to “Y”",
    ],
    [
      "import",
      {
        action: "content.import",
        details: {
          newVersions: 2,
          changes: { skills: { created: 1 }, problemSets: { created: 1 }, problems: { created: 2 } },
        },
      },
      "Imported content: skills 1 created, 0 updated; sets 1 created, 0 updated; problems 2 created, 0 updated",
    ],
    [
      "an older import, before counts by kind",
      { action: "content.import", details: { newVersions: 5 } },
      "Imported content: 5 new problem versions",
    ],
    ["unknown action", { action: "kt.fit", details: {} }, ""],
  ])("%s", (_name, entry, sentence) => {
    expect(auditEntryInWords(entry, en)).toBe(sentence);
  });
});

describe("versionChanges", () => {
  const v = (steps: StepShape[], title = "T") => ({ title, statement: "S", steps });
  it.each([
    ["nothing", v([step()]), v([step()]), []],
    ["hints of step 2", v([step(), step()]), v([step(), step({ hints: [] })]), [{ part: "hints", step: 2 }]],
    [
      "title and a new step",
      v([step()]),
      v([step(), step()], "U"),
      [{ part: "title" }, { part: "stepsAdded", count: 1 }],
    ],
    ["skills reordered is no change", v([step({ skills: ["a", "b"] })]), v([step({ skills: ["b", "a"] })]), []],
    ["answer", v([step()]), v([step({ answer: { kind: "numeric", value: 5 } })]), [{ part: "answer", step: 1 }]],
  ])("%s", (_name, before, after, changes) => {
    expect(versionChanges(before, after)).toEqual(changes);
  });
});
