import { describe, expect, it } from "vitest";
import { CLIENT_ASSERTION_TYPE, scoreBody, scoresUrl, tokenRequestBody } from "./ags";

describe("AGS building blocks", () => {
  it("token request: client credentials with a JWT assertion, scopes sorted", () => {
    const body = tokenRequestBody("a.b.c", ["s2", "s1"]);
    expect(Object.fromEntries(body)).toEqual({
      grant_type: "client_credentials",
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      client_assertion: "a.b.c",
      scope: "s1 s2",
    });
  });

  it.each([
    ["https://lms.test/li/1", "https://lms.test/li/1/scores"],
    ["https://lms.test/li/1/", "https://lms.test/li/1/scores"],
    ["https://lms.test/li/1?type_id=7", "https://lms.test/li/1/scores?type_id=7"],
  ])("scores URL of %s", (lineItem, url) => {
    expect(scoresUrl(lineItem)).toBe(url);
  });

  it("score body", () => {
    const t = new Date("2026-01-01T00:00:00Z");
    expect(scoreBody({ userId: "u", scoreGiven: 2 / 3, scoreMaximum: 1, complete: false, timestamp: t })).toEqual({
      userId: "u",
      scoreGiven: 0.667,
      scoreMaximum: 1,
      activityProgress: "InProgress",
      gradingProgress: "FullyGraded",
      timestamp: "2026-01-01T00:00:00.000Z",
    });
    expect(
      scoreBody({ userId: "u", scoreGiven: 1, scoreMaximum: 1, complete: true, timestamp: t }).activityProgress,
    ).toBe("Completed");
  });
});
