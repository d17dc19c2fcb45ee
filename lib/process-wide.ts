/**
 * One value per server process, whichever copy of a module asks. Next bundles instrumentation.ts
 * apart from the routes and pages (different layers), so a module both import is loaded twice
 * and module-level state is not shared: the start-up warm-up filled a problem cache no route read
 * (issue 16), and a sign-out forgot a cookie in one copy of the signed-in cache only. Caches and
 * anything a request path outside Next reads (server.mjs) keep their state here instead.
 */
export function processWide<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const k = Symbol.for(`stepwise.${key}`);
  let value = store[k];
  if (value === undefined) {
    value = create();
    store[k] = value;
  }
  return value;
}

/** Tests: forget one, as a fresh process would not have it. */
export function resetProcessWide(key: string): void {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(`stepwise.${key}`)];
}
