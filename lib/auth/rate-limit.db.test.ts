import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { clearAttempts, countAttempt, refundAttempt } from "./rate-limit";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await testDatabase();
});

const at = (iso: string) => new Date(iso);

describe("countAttempt", () => {
  it("lets exactly max of 100 parallel attempts through (the count is taken in one statement)", async () => {
    const now = at("2026-12-01T10:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 100 }, () => countAttempt(prisma, [{ key: "t:parallel", max: 5 }], 15, now)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("refuses when any bucket is over, and names it", async () => {
    const now = at("2026-12-01T10:00:00Z");
    await countAttempt(prisma, [{ key: "t:small", max: 1 }], 15, now);
    const r = await countAttempt(
      prisma,
      [
        { key: "t:big", max: 100 },
        { key: "t:small", max: 1 },
      ],
      15,
      now,
    );
    expect(r).toMatchObject({ allowed: false, over: ["t:small"] });
  });

  it("weighs the previous window, so a burst across the boundary gets no double allowance", async () => {
    for (let i = 0; i < 5; i++) await countAttempt(prisma, [{ key: "t:edge", max: 5 }], 15, at("2026-12-01T10:14:00Z"));
    // 1 minute into the next window the previous one still weighs 14/15: nothing more yet.
    expect((await countAttempt(prisma, [{ key: "t:edge", max: 5 }], 15, at("2026-12-01T10:16:00Z"))).allowed).toBe(
      false,
    );
    // Two windows later it is forgotten.
    expect((await countAttempt(prisma, [{ key: "t:edge", max: 5 }], 15, at("2026-12-01T10:45:00Z"))).allowed).toBe(
      true,
    );
  });

  it("refunds and clears", async () => {
    const now = at("2026-12-01T11:00:00Z");
    const first = await countAttempt(prisma, [{ key: "t:refund", max: 1 }], 15, now);
    await refundAttempt(prisma, ["t:refund"], first.windowStart);
    expect((await countAttempt(prisma, [{ key: "t:refund", max: 1 }], 15, now)).allowed).toBe(true);
    expect((await countAttempt(prisma, [{ key: "t:refund", max: 1 }], 15, now)).allowed).toBe(false);
    await clearAttempts(prisma, "t:refund");
    expect((await countAttempt(prisma, [{ key: "t:refund", max: 1 }], 15, now)).allowed).toBe(true);
  });

  it("deletes rows of windows that no longer count", async () => {
    await countAttempt(prisma, [{ key: "t:old", max: 5 }], 15, at("2026-11-01T10:00:00Z"));
    await countAttempt(prisma, [{ key: "t:new", max: 5 }], 15, at("2026-12-02T10:00:00Z"));
    expect(await prisma.authRateLimit.count({ where: { key: "t:old" } })).toBe(0);
  });
});
