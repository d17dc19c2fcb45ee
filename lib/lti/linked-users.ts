import { processWide } from "@/lib/process-wide";

/**
 * Which users came from an LMS, remembered per process so the turn route's passback hook costs
 * no query for everyone else (issue 16: a turn's cost is per statement). Sound because an
 * LtiUserLink is only ever created together with its user (ensureLtiUser in launch.ts): a user
 * seen without a link never gains one, so "no" is final. "Yes" may go stale when an admin deletes
 * the platform; the enqueue query then finds nothing, which is its answer anyway.
 */
export type HasLink = (userId: string) => Promise<boolean>;

export const MAX_REMEMBERED = 100_000;

/**
 * The process's record (lib/process-wide.ts): the sign-in lookup reads the same fact with the
 * user (lib/auth/accounts.ts) and notes it here, so a student's first turn after a restart does
 * not ask again after its reply.
 */
export function processLinks(): Map<string, boolean> {
  return processWide("lti-linked-users", () => new Map<string, boolean>());
}

/** Notes what is known of a user; a full map starts over rather than growing without bound. */
export function rememberLink(userId: string, linked: boolean, known = processLinks(), max = MAX_REMEMBERED): void {
  if (known.size >= max && !known.has(userId)) known.clear();
  known.set(userId, linked);
}

export function linkedUsers(hasLink: HasLink, max = MAX_REMEMBERED, known = processLinks()) {
  return async function isLinked(userId: string): Promise<boolean> {
    const seen = known.get(userId);
    if (seen !== undefined) return seen;
    const linked = await hasLink(userId);
    rememberLink(userId, linked, known, max);
    return linked;
  };
}
