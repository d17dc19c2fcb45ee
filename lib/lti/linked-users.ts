/**
 * Which users came from an LMS, remembered per process so the turn route's passback hook costs
 * no query for everyone else (issue 16: a turn's cost is per statement). Sound because an
 * LtiUserLink is only ever created together with its user (ensureLtiUser in launch.ts): a user
 * seen without a link never gains one, so "no" is final. "Yes" may go stale when an admin deletes
 * the platform; the enqueue query then finds nothing, which is its answer anyway.
 */
export type HasLink = (userId: string) => Promise<boolean>;

export const MAX_REMEMBERED = 100_000;

export function linkedUsers(hasLink: HasLink, max = MAX_REMEMBERED) {
  const known = new Map<string, boolean>();
  return async function isLinked(userId: string): Promise<boolean> {
    const seen = known.get(userId);
    if (seen !== undefined) return seen;
    const linked = await hasLink(userId);
    // A full map starts over rather than growing without bound (a restart forgets it too).
    if (known.size >= max) known.clear();
    known.set(userId, linked);
    return linked;
  };
}
