import { AppError, type ErrorText, isAppError } from "@/lib/errors";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { toLocale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { zodErrorMap } from "@/lib/i18n/zod-errors";
import { LTI_NO_PASSWORD } from "@/lib/lti/no-password";
import { startSignIn, startSignUp } from "./limits";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { passwordProblem, passwordProblemText } from "./password-policy";
import { changePasswordSchema, createStaffSchema, issueText, signInSchema, signUpSchema } from "./schemas";
import { hashToken, newSessionToken, normaliseJoinCode } from "./tokens";

export const SESSION_DAYS = 14;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The language the user chose, or null (lib/i18n/resolve-locale.ts). */
  locale: string | null;
  /** Signed in with a temporary password an admin set: the account page only, until it is changed. */
  mustChangePassword?: boolean;
}

const userFields = { id: true, email: true, name: true, role: true, locale: true, mustChangePassword: true } as const;

/**
 * A refused form, by its first issue: a message the schemas set carries its key (the reader's
 * language); zod's own message is already in the parse's language (`zodErrorMap(locale)`).
 * Every issue, one per field, is in `details.issues` (formIssues), so a form can show them all.
 */
function invalid(e: { issues: { message: string }[] }): AppError {
  const message = e.issues[0]?.message;
  if (!message)
    return new AppError("bad_request", "Check the form and try again.", undefined, { key: "auth.errors.checkForm" });
  const issues = [...new Set(e.issues.map((i) => i.message))].map((m) => ({ message: m, text: issueText(m) }));
  return new AppError("bad_request", message, { issues }, issueText(message));
}

/** Every issue of a refused form (invalid above), in the reader's language; [] for any other error. */
export function formIssues(e: unknown, t: Translate): string[] {
  if (!isAppError(e)) return [];
  const issues = (e.details as { issues?: { message: string; text?: ErrorText }[] } | undefined)?.issues ?? [];
  return issues.map((i) => (i.text ? t(i.text.key, i.text.values) : i.message));
}

/** The locale a caller put on the raw input (the sign-up page's), before it is parsed. */
function localeOf(raw: unknown): string | null {
  const l = typeof raw === "object" && raw !== null ? (raw as { locale?: unknown }).locale : null;
  return typeof l === "string" ? toLocale(l) : null;
}

/**
 * Checks email and password. The attempt is counted (per email, per known client address) before
 * the password is checked, so parallel guesses can't outrun the limit (decision 011). `locale`:
 * the reader's, for zod's own validation messages.
 */
export async function authenticate(
  prisma: PrismaClient,
  raw: unknown,
  clientAddress: string | null,
  locale?: string | null,
): Promise<SessionUser> {
  const parsed = signInSchema.safeParse(raw, { error: zodErrorMap(locale) });
  if (!parsed.success) throw invalid(parsed.error);
  const { email, password } = parsed.data;
  const attempt = await startSignIn(prisma, email, clientAddress);
  const user = await prisma.user.findUnique({ where: { email }, select: { ...userFields, passwordHash: true } });
  // Users made by an LTI launch have no password (lib/lti/launch.ts): say where they sign in.
  if (user?.passwordHash === LTI_NO_PASSWORD)
    throw new AppError(
      "unauthenticated",
      "This account signs in through your school's learning platform (LMS).",
      undefined,
      {
        key: "auth.errors.ltiOnly",
      },
    );
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok)
    throw new AppError("unauthenticated", "That email and password don't match an account.", undefined, {
      key: "auth.errors.badCredentials",
    });
  await attempt.succeeded();
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

/**
 * A student signs up with a class join code and is enrolled in that class. Returns the new user,
 * or null when the email already has an account: that account is left untouched and the caller
 * answers exactly as for a new one, without signing in, so sign-up does not tell who has an
 * account. Both paths hash the password (decision 011).
 *
 * `raw.locale` (optional): the language the sign-up page was shown in. A new student keeps it as
 * their setting (User.locale), so they read Stepwise in it on every device; it also sets the
 * language of the validation messages. A taken email's account keeps its own.
 */
export async function registerStudent(
  prisma: PrismaClient,
  raw: unknown,
  clientAddress: string | null = null,
): Promise<SessionUser | null> {
  const parsed = signUpSchema.safeParse(raw, { error: zodErrorMap(localeOf(raw)) });
  if (!parsed.success) throw invalid(parsed.error);
  const { name, email, password, joinCode, locale } = parsed.data;
  const attempt = await startSignUp(prisma, email, clientAddress);
  const classroom = await prisma.classroom.findUnique({ where: { joinCode: normaliseJoinCode(joinCode) } });
  if (!classroom || classroom.archivedAt) {
    throw new AppError(
      "bad_request",
      "That join code doesn't match an open class. Check it with your teacher.",
      undefined,
      { key: "auth.errors.badJoinCode" },
    );
  }
  await attempt.codeAccepted(classroom.id);
  const problem = await passwordProblem(password, { email, name });
  if (problem) throw new AppError("bad_request", problem, undefined, passwordProblemText(problem));
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name, email, passwordHash, role: "student", locale },
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

/** Admins create teachers and admins. `locale`: the admin's, for zod's own validation messages. */
export async function createStaffUser(
  prisma: PrismaClient,
  actor: SessionUser,
  raw: unknown,
  locale?: string | null,
): Promise<SessionUser> {
  if (actor.role !== "admin")
    throw new AppError("forbidden", "Only an admin can create staff accounts.", undefined, {
      key: "auth.errors.staffAdminOnly",
    });
  const parsed = createStaffSchema.safeParse(raw, { error: zodErrorMap(locale) });
  if (!parsed.success) throw invalid(parsed.error);
  const { name, email, password, role } = parsed.data;
  const problem = await passwordProblem(password, { email, name });
  if (problem) throw new AppError("bad_request", problem, undefined, passwordProblemText(problem));
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      // The admin chose this password and may have sent it anywhere: it works once, to set a new one.
      const user = await tx.user.create({
        data: { name, email, role, passwordHash, mustChangePassword: true },
        select: userFields,
      });
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
      throw new AppError("conflict", "An account with that email already exists.", undefined, {
        key: "auth.errors.emailTaken",
      });
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
  return (await signedInForTokenHash(prisma, hashToken(token)))?.user ?? null;
}

/**
 * The user of a live session (by the token's hash), when the session ends, and whether the user
 * came from an LMS (an LtiUserLink: the turn's grade passback asks it), or null. One statement: a
 * class's first turns after a restart each made three (session, user, link), about 4.5 ms of the
 * embedded database's single thread per student (bench:turns).
 */
export async function signedInForTokenHash(
  prisma: Pick<PrismaClient, "$queryRaw">,
  tokenHash: string,
): Promise<{ user: SessionUser; expiresAt: Date; ltiLinked: boolean } | null> {
  const rows = await prisma.$queryRaw<(SessionUser & { expiresAt: Date; ltiLinked: boolean })[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale", u."mustChangePassword", s."expiresAt",
           EXISTS (SELECT 1 FROM "LtiUserLink" l WHERE l."userId" = u."id") AS "ltiLinked"
    FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${tokenHash}`;
  const row = rows[0];
  if (!row || row.expiresAt.getTime() <= Date.now()) return null;
  const { expiresAt, ltiLinked, ...user } = row;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      mustChangePassword: user.mustChangePassword === true,
    },
    expiresAt,
    ltiLinked,
  };
}

export async function deleteSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.authSession.deleteMany({ where: { id: hashToken(token) } });
}

/**
 * A signed-in user changes their own password (a teacher given a temporary one, anyone). The
 * current password is checked first and counts against the sign-in limit like a sign-in (a
 * stolen session cannot guess it faster than a stranger could); the new one meets the policy.
 * Every other session of the user is ended (a password changed because it leaked should lock
 * the other browsers out); `keepSessionHash` (this browser's) stays. Audited.
 */
export async function changePassword(
  prisma: PrismaClient,
  actor: SessionUser,
  raw: unknown,
  keepSessionHash: string | null,
  clientAddress: string | null,
  locale?: string | null,
): Promise<void> {
  const parsed = changePasswordSchema.safeParse(raw, { error: zodErrorMap(locale) });
  if (!parsed.success) throw invalid(parsed.error);
  const { currentPassword, newPassword } = parsed.data;
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { email: true, name: true, passwordHash: true },
  });
  if (!user) throw new AppError("unauthenticated", "Sign in to continue.", undefined, { key: "auth.errors.signIn" });
  if (user.passwordHash === LTI_NO_PASSWORD)
    throw new AppError(
      "bad_request",
      "This account signs in through your school's learning platform (LMS).",
      undefined,
      {
        key: "auth.errors.ltiOnly",
      },
    );
  const attempt = await startSignIn(prisma, user.email, clientAddress);
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw new AppError("bad_request", "Your current password is not right.", undefined, {
      key: "auth.errors.currentPasswordWrong",
    });
  await attempt.succeeded();
  if (newPassword === currentPassword)
    throw new AppError("bad_request", "Choose a new password, not the one you have now.", undefined, {
      key: "auth.errors.samePassword",
    });
  const problem = await passwordProblem(newPassword, { email: user.email, name: user.name });
  if (problem) throw new AppError("bad_request", problem, undefined, passwordProblemText(problem));
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction([
    prisma.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } }),
    prisma.authSession.deleteMany({
      where: { userId: actor.id, ...(keepSessionHash ? { id: { not: keepSessionHash } } : {}) },
    }),
    prisma.auditLog.create({
      data: { actorId: actor.id, action: "user.password.change", entityType: "User", entityId: actor.id, details: {} },
    }),
  ]);
}
