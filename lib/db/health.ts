/**
 * What /api/health answers. A public endpoint, so a reason names the kind of failure and never
 * passes on an error's text (connection strings, paths); the server log has the details.
 */
export type HealthPayload = { ok: true } | { ok: false; reason: string };

export const HEALTH_TIMEOUT_MS = 5_000;

class HealthTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

/** Duck-typed: Next bundles routes and instrumentation separately, so `instanceof` may fail. */
function lockHolderPid(error: unknown): number | undefined {
  let e = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { name, holderPid, cause } = e as { name?: string; holderPid?: number; cause?: unknown };
    if (name === "DatabaseLockedError") return holderPid ?? 0;
    e = cause;
  }
  return undefined;
}

/** A short, public reason why the database could not be used. */
export function databaseFailureReason(error: unknown): string {
  const pid = lockHolderPid(error);
  if (pid !== undefined) return `database locked by another process${pid ? ` (pid ${pid})` : ""}`;
  if (error instanceof HealthTimeoutError) return `database did not answer within ${error.ms / 1000} s`;
  return "database unavailable";
}

/** Runs `probe` (one round trip) and turns the outcome into the health response. */
export async function checkDatabaseHealth(
  probe: () => Promise<unknown>,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<{ status: 200 | 503; body: HealthPayload; error?: unknown }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new HealthTimeoutError(timeoutMs)), timeoutMs);
      }),
    ]);
    return { status: 200, body: { ok: true } };
  } catch (error) {
    return { status: 503, body: { ok: false, reason: databaseFailureReason(error) }, error };
  } finally {
    clearTimeout(timer);
  }
}
