import { AppError } from "@/lib/errors";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { startSignIn, startSignUp } from "./limits";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { createStaffSchema, signInSchema, signUpSchema } from "./schemas";
import { hashToken, newSessionToken, normaliseJoinCode } from "./tokens";

export const SESSION_DAYS = 14;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The language the user chose, or null (lib/i18n/resolve-locale.ts). */
  locale: string | null;
}

const userFields = { id: true, email: true, name: true, role: true, locale: true } as const;

function firstIssue(e: { issues: { message: string }[] }): string {
  return e.issues[0]?.message ?? "Check the form and try again.";
}

/**
 * Checks email and password. The attempt is counted (per email, per known client address) before
 * the password is checked, so parallel guesses can't outrun the limit (decision 011).
 */
export async function authenticate(
  prisma: PrismaClient,
  raw: unknown,
  clientAddress: string | null,
): Promise<SessionUser> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", firstIssue(parsed.error));
  const { email, password } = parsed.data;
  const attempt = await startSignIn(prisma, email, clientAddress);
  const user = await prisma.user.findUnique({ where: { email }, select: { ...userFields, passwordHash: true } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok) throw new AppError("unauthenticated", "That email and password don't match an account.");
  await attempt.succeeded();
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

/**
 * A student signs up with a class join code and is enrolled in that class. Returns the new user,
 * or null when the email already has an account: that account is left untouched and the caller
 * answers exactly as for a new one, without signing in, so sign-up does not tell who has an
 * account. Both paths hash the password (decision 011).
 */
export async function registerStudent(
  prisma: PrismaClient,
  raw: unknown,
  clientAddress: string | null = null,
): Promise<SessionUser | null> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", firstIssue(parsed.error));
  const { name, email, password, joinCode } = parsed.data;
  const attempt = await startSignUp(prisma, email, clientAddress);
  const classroom = await prisma.classroom.findUnique({ where: { joinCode: normaliseJoinCode(joinCode) } });
  if (!classroom || classroom.archivedAt) {
    throw new AppError("bad_request", "That join code doesn't match an open class. Check it with your teacher.");
  }
  await attempt.codeAccepted(classroom.id);
  const problem = await passwordProblem(password, { email, name });
  if (problem) throw new AppError("bad_request", problem);
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name, email, passwordHash, role: "student" },
        select: userFields,
      });
      await tx.enrollment.create({ data: { classroomId: classroom.id, studentId: user.id } });
      return user;
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") return null;
    throw e;
  }
}

/** Admins create teachers and admins. */
export async function createStaffUser(prisma: PrismaClient, actor: SessionUser, raw: unknown): Promise<SessionUser> {
  if (actor.role !== "admin") throw new AppError("forbidden", "Only an admin can create staff accounts.");
  const parsed = createStaffSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", firstIssue(parsed.error));
  const { name, email, password, role } = parsed.data;
  const problem = await passwordProblem(password, { email, name });
  if (problem) throw new AppError("bad_request", problem);
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, role, passwordHash }, select: userFields });
      await tx.auditLog.create({
        data: {
          actorId: actor.id,
          action: "user.create",
          entityType: "User",
          entityId: user.id,
          details: { email, role },
        },
      });
      return user;
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002")
      throw new AppError("conflict", "An account with that email already exists.");
    throw e;
  }
}

export async function createSession(prisma: PrismaClient, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await prisma.authSession.create({ data: { id: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

export async function userForSessionToken(prisma: PrismaClient, token: string): Promise<SessionUser | null> {
  const session = await prisma.authSession.findUnique({
    where: { id: hashToken(token) },
    select: { expiresAt: true, user: { select: userFields } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  return session.user;
}

export async function deleteSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.authSession.deleteMany({ where: { id: hashToken(token) } });
}
