import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "./accounts";
import {
  cachedSignedIn,
  clearSignedInCacheForTests,
  forgetSignedInToken,
  forgetSignedInUser,
  rememberSignedIn,
  TTL_MS,
} from "./signed-in-cache";

const ana: SessionUser = { id: "u-ana", email: "ana@x.test", name: "Ana", role: "student", locale: null };
const ben: SessionUser = { id: "u-ben", email: "ben@x.test", name: "Ben", role: "teacher", locale: null };
const now = 1_000_000;
const day = 24 * 3600 * 1000;

beforeEach(() => clearSignedInCacheForTests());

describe("the signed-in cache (a cookie is not looked up again for a few seconds)", () => {
  it("answers a cookie it has seen, with that cookie's user only", () => {
    rememberSignedIn("hash-a", ana, now + day, now);
    rememberSignedIn("hash-b", ben, now + day, now);
    expect(cachedSignedIn("hash-a", now + 1)).toEqual(ana);
    expect(cachedSignedIn("hash-b", now + 1)).toEqual(ben);
    expect(cachedSignedIn("hash-unknown", now + 1)).toBeUndefined();
  });

  it("forgets an entry after TTL_MS, and never outlives the session's own expiry", () => {
    rememberSignedIn("hash-a", ana, now + day, now);
    expect(cachedSignedIn("hash-a", now + TTL_MS - 1)).toEqual(ana);
    expect(cachedSignedIn("hash-a", now + TTL_MS)).toBeUndefined();
    rememberSignedIn("hash-b", ben, now + 1000, now);
    expect(cachedSignedIn("hash-b", now + 999)).toEqual(ben);
    expect(cachedSignedIn("hash-b", now + 1000)).toBeUndefined();
  });

  it("is one cache per process: a sign-out in one copy of the module is seen by another copy", async () => {
    // Next loads a module once per layer (instrumentation.ts apart from pages and routes), and
    // the turn route outside Next (server.mjs) reads through instrumentation's copy.
    vi.resetModules();
    const routes = await import("./signed-in-cache");
    vi.resetModules();
    const pages = await import("./signed-in-cache");
    expect(pages).not.toBe(routes);
    routes.rememberSignedIn("hash-a", ana, now + day, now);
    expect(pages.cachedSignedIn("hash-a", now + 1)).toEqual(ana);
    pages.forgetSignedInToken("hash-a");
    expect(routes.cachedSignedIn("hash-a", now + 1)).toBeUndefined();
  });

  it("signing out forgets that cookie at once; other cookies stay", () => {
    rememberSignedIn("hash-a", ana, now + day, now);
    rememberSignedIn("hash-a2", ana, now + day, now);
    forgetSignedInToken("hash-a");
    expect(cachedSignedIn("hash-a", now + 1)).toBeUndefined();
    expect(cachedSignedIn("hash-a2", now + 1)).toEqual(ana);
  });

  it("a change to a user forgets every cookie of that user, and only theirs", () => {
    rememberSignedIn("hash-a", ana, now + day, now);
    rememberSignedIn("hash-a2", ana, now + day, now);
    rememberSignedIn("hash-b", ben, now + day, now);
    forgetSignedInUser(ana.id);
    expect(cachedSignedIn("hash-a", now + 1)).toBeUndefined();
    expect(cachedSignedIn("hash-a2", now + 1)).toBeUndefined();
    expect(cachedSignedIn("hash-b", now + 1)).toEqual(ben);
  });
});
