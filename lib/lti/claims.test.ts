import { describe, expect, it } from "vitest";
import { CLAIM, displayName, mapRoles, parseLaunchClaims, problemSetKeyOf } from "./claims";

const base = {
  sub: "u1",
  nonce: "n1",
  [CLAIM.messageType]: "LtiResourceLinkRequest",
  [CLAIM.version]: "1.3.0",
  [CLAIM.deploymentId]: "d1",
  [CLAIM.targetLinkUri]: "https://tool.test/api/lti/launch",
  [CLAIM.resourceLink]: { id: "rl1" },
  [CLAIM.roles]: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
};

describe("parseLaunchClaims", () => {
  it("accepts a minimal resource link request", () => {
    expect(parseLaunchClaims(base).ok).toBe(true);
  });
  it.each([
    ["wrong version", { [CLAIM.version]: "1.1" }, CLAIM.version],
    ["no deployment", { [CLAIM.deploymentId]: undefined }, CLAIM.deploymentId],
    ["no resource link", { [CLAIM.resourceLink]: undefined }, CLAIM.resourceLink],
    ["no sub", { sub: undefined }, "sub"],
    ["no roles", { [CLAIM.roles]: undefined }, CLAIM.roles],
    ["unknown message type", { [CLAIM.messageType]: "LtiSubmissionReviewRequest" }, "message_type"],
    ["no message type", { [CLAIM.messageType]: undefined }, "message_type"],
  ])("refuses %s and names the claim", (_, change, named) => {
    const r = parseLaunchClaims({ ...base, ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(named);
  });
  it("deep linking needs its settings", () => {
    const dl = { ...base, [CLAIM.messageType]: "LtiDeepLinkingRequest" };
    expect(parseLaunchClaims(dl).ok).toBe(false);
    const ok = parseLaunchClaims({
      ...dl,
      [CLAIM.deepLinkingSettings]: { deep_link_return_url: "https://lms.test/dl", accept_types: ["ltiResourceLink"] },
    });
    expect(ok.ok).toBe(true);
  });
  it("drops a malformed email instead of refusing the launch", () => {
    const r = parseLaunchClaims({ ...base, email: "not an email" });
    expect(r.ok && r.claims.email).toBeUndefined();
  });
});

describe("mapRoles", () => {
  const v = "http://purl.imsglobal.org/vocab/lis/v2/";
  it.each([
    [[`${v}membership#Learner`], "student"],
    [[`${v}membership#Instructor`], "teacher"],
    [[`${v}membership/Instructor#TeachingAssistant`], "teacher"],
    [[`${v}membership#Administrator`], "teacher"],
    [[`${v}institution/person#Faculty`, `${v}membership#Learner`], "teacher"],
    [["Instructor"], "teacher"],
    [["Learner"], "student"],
    [[], "student"],
    [[`${v}membership#Mentor`], "student"],
    [["https://evil.test/NotInstructorReally"], "student"],
  ] as const)("%j -> %s", (roles, role) => {
    expect(mapRoles(roles)).toBe(role);
  });
});

describe("displayName and problemSetKeyOf", () => {
  it("builds a name from parts", () => {
    expect(displayName({ given_name: "Ada", family_name: "L" })).toBe("Ada L");
    expect(displayName({})).toBe("LMS user");
  });
  it("reads only a safe set key", () => {
    expect(problemSetKeyOf({ stepwise_set: "ratios" })).toBe("ratios");
    expect(problemSetKeyOf({ stepwise_set: "a b" })).toBeNull();
    expect(problemSetKeyOf(undefined)).toBeNull();
  });
});
