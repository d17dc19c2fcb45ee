import { describe, expect, it } from "vitest";
import { linkedUsers, rememberLink } from "./linked-users";

describe("linkedUsers", () => {
  it("asks the database once per user and remembers both answers", async () => {
    const asked: string[] = [];
    const isLinked = linkedUsers(
      async (id) => {
        asked.push(id);
        return id.startsWith("lti-");
      },
      10,
      new Map(),
    );
    const answers = [];
    for (const id of ["lti-1", "plain", "lti-1", "plain", "plain"]) answers.push(await isLinked(id));
    expect(answers).toEqual([true, false, true, false, false]);
    expect(asked).toEqual(["lti-1", "plain"]);
  });

  it("forgets everything when full instead of growing without bound", async () => {
    const asked: string[] = [];
    const isLinked = linkedUsers(
      async (id) => {
        asked.push(id);
        return false;
      },
      2,
      new Map(),
    );
    for (const id of ["a", "b", "c", "a"]) await isLinked(id);
    // "c" found the map full (a, b): it started over with c alone, so "a" is asked again.
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });

  it("asks nothing about a user the sign-in lookup already noted", async () => {
    const known = new Map<string, boolean>();
    const asked: string[] = [];
    const isLinked = linkedUsers(
      async (id) => {
        asked.push(id);
        return true;
      },
      10,
      known,
    );
    rememberLink("plain", false, known);
    rememberLink("lti-2", true, known);
    expect(await isLinked("plain")).toBe(false);
    expect(await isLinked("lti-2")).toBe(true);
    expect(asked).toEqual([]);
  });
});
