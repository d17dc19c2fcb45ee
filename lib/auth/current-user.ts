import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { createSession, deleteSession, type SessionUser } from "./accounts";
import { clientAddressFrom } from "./client-address";
import { passwordChangeRequired, SESSION_COOKIE, signInRequired, userForSessionToken } from "./session-user";
import { forgetSignedInToken } from "./signed-in-cache";
import { hashToken } from "./tokens";

export { SESSION_COOKIE };

export const homeFor: Record<Role, string> = { student: "/practice", teacher: "/teach", admin: "/admin" };

/**
 * The signed-in user of this request, or null: one lookup per request, and a cookie seen in the
 * last few seconds is not looked up again (./signed-in-cache.ts, forgotten on sign-out).
 */
export const getCurrentUser = cache(
  async (): Promise<SessionUser | null> => userForSessionToken((await cookies()).get(SESSION_COOKIE)?.value),
);

/**
 * Pages: sends a visitor to sign in, a user still on a temporary password to the account page,
 * and a signed-in user without the role to a 403.
 */
export async function requirePageUser(...roles: Role[]): Promise<SessionUser> {
  const user = await requireAccountPageUser();
  if (user.mustChangePassword) redirect("/account");
  if (roles.length && !roles.includes(user.role)) forbidden();
  return user;
}

/** Actions and route handlers: throws an AppError (401/403) instead of rendering. */
export async function requireUser(...roles: Role[]): Promise<SessionUser> {
  const user = await requireAccountUser();
  if (user.mustChangePassword) throw passwordChangeRequired();
  if (roles.length && !roles.includes(user.role))
    throw new AppError("forbidden", "You don't have access to that.", undefined, { key: "auth.errors.noAccess" });
  return user;
}

/** The account page: any signed-in user, a temporary password included (it is where it is changed). */
export async function requireAccountPageUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** The account page's action: any signed-in user, a temporary password included. */
export async function requireAccountUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw signInRequired();
  return user;
}

export async function startSession(userId: string): Promise<void> {
  const { token, expiresAt } = await createSession(db, userId);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().COOKIE_SECURE === "1",
    path: "/",
    expires: expiresAt,
  });
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) {
    await deleteSession(db, token);
    forgetSignedInToken(hashToken(token));
  }
  jar.delete(SESSION_COOKIE);
}

/**
 * This request's client address for the per-address limits, or null when it can't be known:
 * the only place that reads it (decision 011, TRUSTED_PROXY_HOPS).
 */
export async function clientAddress(): Promise<string | null> {
  return clientAddressFrom(await headers(), env().TRUSTED_PROXY_HOPS);
}
