import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { rememberLink } from "@/lib/lti/linked-users";
import { type SessionUser, signedInForTokenHash } from "./accounts";
import { cachedSignedIn, rememberSignedIn } from "./signed-in-cache";
import { hashToken } from "./tokens";

export const SESSION_COOKIE = "stepwise_session";

/**
 * Who a session cookie's token belongs to, or null: a token seen in the last few seconds is not
 * looked up again (./signed-in-cache.ts, forgotten on sign-out). Next's pages and routes reach it
 * through getCurrentUser (./current-user.ts); the turn route outside Next (lib/http) directly.
 */
export async function userForSessionToken(token: string | undefined | null): Promise<SessionUser | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const hit = cachedSignedIn(tokenHash);
  if (hit) return hit;
  const found = await signedInForTokenHash(db, tokenHash);
  if (!found) return null;
  rememberSignedIn(tokenHash, found.user, found.expiresAt.getTime());
  rememberLink(found.user.id, found.ltiLinked);
  return found.user;
}

/** The 401 every route answers a request without a valid session. */
export function signInRequired(): AppError {
  return new AppError("unauthenticated", "Sign in to continue.", undefined, { key: "auth.errors.signIn" });
}

/**
 * The 403 for a user still on the temporary password an admin set: until they choose their own
 * (the account page), nothing else answers them.
 */
export function passwordChangeRequired(): AppError {
  return new AppError("forbidden", "Change your temporary password first, on your Account page.", undefined, {
    key: "auth.errors.changePasswordFirst",
  });
}
