import "server-only";

/** Long enough for PGlite to recover a large folder after a crash; short of hanging forever. */
const START_TIMEOUT_MS = 60_000;

/**
 * Opens the app's database when the server starts (from instrumentation.ts) and stops the
 * process if it cannot: a server without its database used to say Ready and answer 503 to
 * everything, with the reason only in its log. On success the connection stays open (cached
 * on globalThis by ./client) and serves the first request.
 */
export async function openDatabaseAtStart(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Imported here, inside the try: an invalid environment throws at import.
    const { db } = await import("./client");
    await Promise.race([
      db.$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`The database did not answer within ${START_TIMEOUT_MS / 1000} s.`)),
          START_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nStepwise cannot start.\n${message}\n`);
    process.exit(1);
  } finally {
    clearTimeout(timer);
  }
}
