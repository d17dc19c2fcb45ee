import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Bucket, clearAttempts, countAttempt, refundAttempt } from "./rate-limit";

/**
 * Which attempts count against which limit (decision 011). Each start* counts the attempt before
 * anything secret is checked and throws "rate_limited" when it is over a limit.
 * `address` is the client's address, or null when it is unknown (TRUSTED_PROXY_HOPS=0).
 */

/** Sign-in: per email; per address (10x, a class shares one) only when the address is known. */
export async function startSignIn(prisma: PrismaClient, email: string, address: string | null) {
  const { SIGNIN_MAX_FAILURES: max, SIGNIN_WINDOW_MINUTES: minutes } = env();
  const emailKey = `signin:email:${email}`;
  // An unknown address is not shared here: one bucket for everyone would let anybody lock every
  // user out with a few dozen wrong passwords. The per-email count still holds.
  const addressKey = address ? `signin:addr:${address}` : null;
  const buckets: Bucket[] = [{ key: emailKey, max }];
  if (addressKey) buckets.push({ key: addressKey, max: max * 10 });
  const counted = await countAttempt(prisma, buckets, minutes);
  if (!counted.allowed) {
    throw new AppError(
      "rate_limited",
      `Too many failed sign-in attempts. Wait ${minutes} minutes and try again.`,
      undefined,
      {
        key: "auth.errors.tooManySignIns",
        values: { minutes },
      },
    );
  }
  return {
    /** The password was right: the email's count starts again; the address only counts failures. */
    async succeeded(): Promise<void> {
      await clearAttempts(prisma, emailKey);
      if (addressKey) await refundAttempt(prisma, [addressKey], counted.windowStart);
    },
  };
}

/**
 * Sign-up: per email (2x the sign-in limit: typing a join code or a new password can take a few
 * tries), and wrong join codes per address. An unknown address shares one count: a join code has
 * no per-secret count that could stop guessing, so this is the only brake then.
 */
export async function startSignUp(prisma: PrismaClient, email: string, address: string | null) {
  const config = env();
  const minutes = config.SIGNIN_WINDOW_MINUTES;
  const codeKey = `signup:addr:${address ?? "unknown"}`;
  const counted = await countAttempt(
    prisma,
    [
      { key: `signup:email:${email}`, max: config.SIGNIN_MAX_FAILURES * 2 },
      { key: codeKey, max: config.SIGNUP_MAX_JOIN_CODE_FAILURES },
    ],
    minutes,
  );
  if (!counted.allowed) {
    throw new AppError("rate_limited", `Too many sign-up attempts. Wait ${minutes} minutes and try again.`, undefined, {
      key: "auth.errors.tooManySignUps",
      values: { minutes },
    });
  }
  return {
    /** The join code was right: not a guess. Counts the sign-up against the class instead. */
    async codeAccepted(classroomId: string): Promise<void> {
      await refundAttempt(prisma, [codeKey], counted.windowStart);
      const perClass = await countAttempt(
        prisma,
        [{ key: `signup:class:${classroomId}`, max: config.SIGNUP_MAX_PER_JOIN_CODE }],
        minutes,
      );
      if (!perClass.allowed) {
        throw new AppError(
          "rate_limited",
          `Many students have just joined this class. Wait ${minutes} minutes and try again.`,
          undefined,
          { key: "auth.errors.classBusy", values: { minutes } },
        );
      }
    },
  };
}
