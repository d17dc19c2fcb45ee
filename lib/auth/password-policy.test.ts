import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-users";
import { passwordProblem } from "./password-policy";

const who = { email: "kim.lee@example.test", name: "Kim Lee" };

describe("passwordProblem (NIST 800-63B: length, blocklist, no composition rules)", () => {
  it.each([
    ["12345678", /too common/],
    ["password", /too common/],
    ["Password1", /too common/],
    ["qwertyuiop", /too common/],
    ["iloveyou1", /too common/],
    ["aaaaaaaa", /too common/],
    ["        ", /only spaces/],
    ["\t \n      ", /only spaces/],
    ["short", /at least 8/],
    ["😀😀😀😀", /at least 8/], // 8 UTF-16 units, 4 characters
    ["kim.lee@example.test", /email address/],
    [" KIM.LEE@example.test", /email address/],
    ["x".repeat(201), /too long/],
  ])("refuses %j", async (password, message) => {
    expect(await passwordProblem(password, who)).toMatch(message);
  });

  it.each([
    "maple-river-stone",
    "correct horse battery staple",
    "good-password", // used by the browser tests' sign-ups
    "teacher-b-password",
    "lowercaseonlybutlongenough",
  ])("accepts %j: no rule about character kinds", async (password) => {
    expect(await passwordProblem(password, who)).toBeNull();
  });

  it("accepts long passphrases (64 characters and more) and any Unicode", async () => {
    expect(
      await passwordProblem("the quick brown fox jumps over the lazy dog and keeps on running far away", who),
    ).toBeNull();
    expect(await passwordProblem("çava-très-bien-merci-😀", who)).toBeNull();
  });

  it("accepts the demo password, which the seed sets without this check", async () => {
    expect(await passwordProblem(DEMO_PASSWORD, { email: "student@stepwise.test", name: "Sky Student" })).toBeNull();
  });
});
