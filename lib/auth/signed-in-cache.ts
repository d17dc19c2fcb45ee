import { processWide } from "@/lib/process-wide";
import type { SessionUser } from "./accounts";

/**
 * Who a session cookie belongs to, remembered for a few seconds per process (decision 022).
 * A turn used to look the cookie up in the database (two statements) on every request; a
 * student sends a turn every few seconds, so most lookups are repeats.
 *
 * What may change in those seconds is handled where it happens: signing out forgets the
 * cookie, a change to the user (language) forgets the user, in this process at once and, under
 * `npm run serve:cluster`, in every other worker through the cluster's message channel. Across
 * separate hosts (no shared channel) a signed-out cookie can still be read for at most TTL_MS.
 * A session's own expiry is checked on every hit.
 */
export const TTL_MS = 15_000;
const MAX_ENTRIES = 20_000;

interface Entry {
  user: SessionUser;
  sessionExpiresAt: number;
  until: number;
}

// Per process, not per module copy (lib/process-wide.ts): a sign-out in a page's copy must reach
// the copy the turn route outside Next reads.
const entries = processWide("signed-in", () => new Map<string, Entry>());
const FORGET = "stepwise:signed-in-cache:forget";
type ForgetMessage = { type: typeof FORGET; tokenHash?: string; userId?: string };

function forgetHere(m: { tokenHash?: string; userId?: string }): void {
  if (m.tokenHash) entries.delete(m.tokenHash);
  if (m.userId) for (const [k, e] of entries) if (e.user.id === m.userId) entries.delete(k);
}

// Under Node's cluster module (scripts/serve-cluster.mjs) the primary relays this message to
// every other worker; in a single process there is no channel and nothing to relay.
const listening = globalThis as unknown as { stepwiseSignedInCacheListening?: boolean };
if (typeof process.send === "function" && !listening.stepwiseSignedInCacheListening) {
  listening.stepwiseSignedInCacheListening = true;
  process.on("message", (m: unknown) => {
    const msg = m as Partial<ForgetMessage> | null;
    if (msg?.type === FORGET) forgetHere(msg);
  });
}

function broadcast(m: Omit<ForgetMessage, "type">): void {
  forgetHere(m);
  if (typeof process.send === "function") process.send({ type: FORGET, ...m } satisfies ForgetMessage);
}

/** The cached user of a cookie (by the token's hash), or undefined when not known or stale. */
export function cachedSignedIn(tokenHash: string, now = Date.now()): SessionUser | undefined {
  const e = entries.get(tokenHash);
  if (!e) return undefined;
  if (now >= e.until || now >= e.sessionExpiresAt) {
    entries.delete(tokenHash);
    return undefined;
  }
  return e.user;
}

export function rememberSignedIn(tokenHash: string, user: SessionUser, sessionExpiresAt: number, now = Date.now()) {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(tokenHash, { user, sessionExpiresAt, until: now + TTL_MS });
}

/** Signing out: this cookie is nobody's any more, here and in the other workers. */
export function forgetSignedInToken(tokenHash: string): void {
  broadcast({ tokenHash });
}

/** The user changed (language, role...): every cookie of theirs is read again. */
export function forgetSignedInUser(userId: string): void {
  broadcast({ userId });
}

export function clearSignedInCacheForTests(): void {
  entries.clear();
}
