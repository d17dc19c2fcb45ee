import { describe, expect, it } from "vitest";
import { KtDataError } from "./kt-data-error";
import { parseDkvmn } from "./read-dkvmn";
import { parseGervet, parseItemSkills } from "./read-gervet";
import { parsePykt, splitCsvLine } from "./read-pykt";

const GERVET = "user_id\titem_id\ttimestamp\tcorrect\tskill_id\n7\t10\t0\t0\t3\n7\t11\t0\t1\t3\n9\t10\t0\t1\t3\n";

describe("parseGervet", () => {
  it("reads one row per attempt with the combined skill id by default", () => {
    const rows = parseGervet(GERVET, "train.csv");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      student: "7",
      item: { itemId: "10", skills: ["3"] },
      correct: false,
      hintsUsed: 0,
      t: 0,
    });
    expect(rows[2]!.correct).toBe(true);
  });

  it("uses the original Q-matrix skills from item_skills, or both KC definitions", () => {
    const map = parseItemSkills("item_id,skill_ids\n10,4;9\n", "item_skills.derived.csv");
    expect(map.get("10")).toEqual(["q4", "q9"]);
    const original = parseGervet(GERVET, "train.csv", map);
    expect(original[0]!.item.skills).toEqual(["q4", "q9"]);
    expect(original[1]!.item.skills).toEqual(["3"]); // item 11 is not in the map
    expect(parseGervet(GERVET, "train.csv", map, "both")[0]!.item.skills).toEqual(["3", "q4", "q9"]);
  });

  it("names the file and line of malformed input", () => {
    expect(() => parseGervet("user_id\titem_id\tcorrect\n", "a.csv")).toThrow(
      /a\.csv:1: header lacks column "skill_id"/,
    );
    expect(() => parseGervet(`${GERVET}7\t12\t0\tyes\t3\n`, "b.csv")).toThrow(/b\.csv:5: expected correctness 0 or 1/);
    expect(() => parseGervet(`${GERVET}7\t12\n`, "c.csv")).toThrow(KtDataError);
    expect(() => parseItemSkills("item,skills\n", "m.csv")).toThrow(/m\.csv:1/);
  });
});

describe("parseDkvmn", () => {
  it("reads three lines per student; the item is the skill", () => {
    const rows = parseDkvmn("3\n1,1,2\n0,1,1\n2\n5,5,\n1,0,\n", "d.csv");
    expect(rows).toHaveLength(5);
    expect(rows[2]).toEqual({
      student: "0",
      item: { itemId: "kc:2", skills: ["2"] },
      correct: true,
      hintsUsed: 0,
      t: 0,
    });
    expect(rows[3]!.student).toBe("1");
    expect(rows[4]!.correct).toBe(false);
  });

  it("rejects length mismatches and truncated blocks with the line", () => {
    expect(() => parseDkvmn("3\n1,1\n0,1,1\n", "d.csv")).toThrow(/d\.csv:2: expected 3 skill ids, got 2/);
    expect(() => parseDkvmn("2\n1,1\n0,x\n", "d.csv")).toThrow(/d\.csv:3: expected correctness/);
    expect(() => parseDkvmn("2\n1,1\n", "d.csv")).toThrow(/d\.csv:1: incomplete student block/);
  });
});

describe("parsePykt", () => {
  it("splits quoted CSV lists", () => {
    expect(splitCsvLine('0,12,"1,2","0,1"')).toEqual(["0", "12", "1,2", "0,1"]);
  });

  it("reads one CSV row per student, with or without cidxs, dropping -1 padding", () => {
    const train = parsePykt('fold,uid,concepts,responses\n0,12,"4,4,7","0,1,1"\n3,15,"7","1"\n', "t.csv");
    expect(train).toHaveLength(4);
    expect(train[1]).toEqual({
      student: "12",
      item: { itemId: "kc:4", skills: ["4"] },
      correct: true,
      hintsUsed: 0,
      t: 0,
    });
    expect(train[3]!.student).toBe("15");
    const test = parsePykt('fold,uid,concepts,responses,cidxs\n-1,3,"1,2,-1","1,0,-1","5,6,-1"\n', "test.csv");
    expect(test.map((r) => r.item.skills[0])).toEqual(["1", "2"]);
  });

  it("uses question ids as items when present", () => {
    const rows = parsePykt('fold,uid,questions,concepts,responses\n0,1,"8,9","4,4","1,0"\n', "q.csv");
    expect(rows.map((r) => r.item.itemId)).toEqual(["8", "9"]);
  });

  it("names the file and line of malformed input", () => {
    expect(() => parsePykt("fold,uid,skills\n", "p.csv")).toThrow(/p\.csv:1: header needs uid, concepts, responses/);
    expect(() => parsePykt('fold,uid,concepts,responses\n0,1,"4,4","1"\n', "p.csv")).toThrow(
      /p\.csv:2: 2 concepts but 1 responses/,
    );
  });
});
