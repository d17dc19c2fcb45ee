import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LTI_NO_PASSWORD } from "@/lib/lti/no-password";
import { testDatabase } from "@/tests/test-db";
import {
  authenticate,
  changePassword,
  createSession,
  createStaffUser,
  type SessionUser,
  signedInForTokenHash,
} from "./accounts";
import { hashPassword } from "./password";
import { hashToken } from "./tokens";

let prisma: PrismaClient;
let ana: SessionUser;
let ben: SessionUser;
const OLD = "old-enough-pass";
const NEW = "lighthouse orange piano";

beforeAll(async () => {
  prisma = await testDatabase();
  const make = async (email: string, password: string) =>
    prisma.user.create({
      data: { email, name: email.split("@")[0] as string, role: "teacher", passwordHash: await hashPassword(password) },
      select: { id: true, email: true, name: true, role: true, locale: true },
    });
  ana = await make("ana@example.test", OLD);
  ben = await make("ben@example.test", OLD);
});

const form = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword,
});
const hashOf = async (id: string) => (await prisma.user.findUniqueOrThrow({ where: { id } })).passwordHash;

describe("changePassword (a signed-in user's own)", () => {
  it.each([
    ["a wrong current password", form("not-the-password", NEW), /current password is not right/],
    ["new passwords that differ", form(OLD, NEW, `${NEW}!`), /not the same/],
    ["a common new password", form(OLD, "password123"), /too common/],
    ["a short new password", form(OLD, "short"), /at least 8/],
    ["the current password again", form(OLD, OLD), /not the one you have now/],
    ["no current password", form("", NEW), /current password/],
    ["not a form", "junk", /Check the form|missing|object/i],
  ])("refuses %s and changes nothing", async (_name, raw, message) => {
    const before = await hashOf(ana.id);
    const sessions = await prisma.authSession.count({ where: { userId: ana.id } });
    await expect(changePassword(prisma, ana, raw, null, null)).rejects.toThrow(message);
    expect(await hashOf(ana.id)).toBe(before);
    expect(await prisma.authSession.count({ where: { userId: ana.id } })).toBe(sessions);
  });

  it("changes it, keeps this browser signed in, signs the others out, audits; another user is untouched", async () => {
    const here = await createSession(prisma, ana.id);
    const there = await createSession(prisma, ana.id);
    const bens = await createSession(prisma, ben.id);
    const benHash = await hashOf(ben.id);
    await changePassword(prisma, ana, form(OLD, NEW), hashToken(here.token), null);
    await expect(authenticate(prisma, { email: ana.email, password: OLD }, null)).rejects.toThrow(/don't match/);
    expect((await authenticate(prisma, { email: ana.email, password: NEW }, null)).id).toBe(ana.id);
    expect(await signedInForTokenHash(prisma, hashToken(here.token))).not.toBeNull();
    expect(await signedInForTokenHash(prisma, hashToken(there.token))).toBeNull();
    expect(await signedInForTokenHash(prisma, hashToken(bens.token))).not.toBeNull();
    expect(await hashOf(ben.id)).toBe(benHash);
    expect(await prisma.auditLog.count({ where: { action: "user.password.change", actorId: ana.id } })).toBe(1);
  });

  it("a staff account an admin makes is on a temporary password until its owner changes it", async () => {
    const admin = await prisma.user.create({
      data: { email: "root@example.test", name: "Root", role: "admin", passwordHash: "x" },
      select: { id: true, email: true, name: true, role: true, locale: true },
    });
    const made = await createStaffUser(prisma, admin, {
      name: "Tam",
      email: "tam@example.test",
      password: "given-by-admin-42",
      role: "teacher",
    });
    expect(made.mustChangePassword).toBe(true);
    const session = await createSession(prisma, made.id);
    // The flag travels with the signed-in user (every page and action reads it there).
    expect((await signedInForTokenHash(prisma, hashToken(session.token)))?.user.mustChangePassword).toBe(true);
    // A refused change leaves it on.
    await expect(changePassword(prisma, made, form("wrong-one-here", NEW), null, null)).rejects.toThrow();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: made.id } })).mustChangePassword).toBe(true);
    await changePassword(prisma, made, form("given-by-admin-42", NEW), hashToken(session.token), null);
    expect((await signedInForTokenHash(prisma, hashToken(session.token)))?.user.mustChangePassword).toBe(false);
    // Accounts people make themselves never are.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ana.id } })).mustChangePassword).toBe(false);
  });

  it("wrong current passwords count against the sign-in limit", async () => {
    let refused: unknown = null;
    for (let i = 0; i < 30 && !refused; i++)
      await changePassword(prisma, ben, form("wrong-guess", NEW), null, "10.0.0.9").catch((e: { code?: string }) => {
        if (e.code === "rate_limited") refused = e;
      });
    expect(refused).not.toBeNull();
    await expect(changePassword(prisma, ben, form(OLD, NEW), null, "10.0.0.9")).rejects.toMatchObject({
      code: "rate_limited",
    });
  });

  it("an account that signs in through an LMS has no password to change", async () => {
    const lti = await prisma.user.create({
      data: { email: "lti@example.test", name: "L", role: "student", passwordHash: LTI_NO_PASSWORD },
      select: { id: true, email: true, name: true, role: true, locale: true },
    });
    await expect(changePassword(prisma, lti, form("x", NEW), null, null)).rejects.toThrow(/learning platform/);
  });
});
