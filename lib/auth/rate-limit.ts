import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Sign-in rate limit kept in the database, so that several app servers share it: after
 * SIGNIN_MAX_FAILURES failed attempts for one email (or from one address) within
 * SIGNIN_WINDOW_MINUTES, further attempts are refused until the window moves on.
 */
export async function checkSignInRate(prisma: PrismaClient, keys: string[]): Promise<void> {
  const { SIGNIN_MAX_FAILURES, SIGNIN_WINDOW_MINUTES } = env();
  const since = new Date(Date.now() - SIGNIN_WINDOW_MINUTES * 60_000);
  for (const key of keys) {
    // The address limit is looser: a classroom shares one address.
    const max = key.startsWith("ip:") ? SIGNIN_MAX_FAILURES * 10 : SIGNIN_MAX_FAILURES;
    const failures = await prisma.signInAttempt.count({ where: { key, success: false, createdAt: { gte: since } } });
    if (failures >= max) {
      throw new AppError(
        "rate_limited",
        `Too many failed sign-in attempts. Wait ${SIGNIN_WINDOW_MINUTES} minutes and try again.`,
      );
    }
  }
}

export async function recordSignInAttempt(prisma: PrismaClient, keys: string[], success: boolean): Promise<void> {
  await prisma.signInAttempt.createMany({ data: keys.map((key) => ({ key, success })) });
  if (success) {
    // A successful sign-in clears the email's failures (not the address's).
    const emailKeys = keys.filter((k) => k.startsWith("email:"));
    await prisma.signInAttempt.deleteMany({ where: { key: { in: emailKeys }, success: false } });
  }
}
