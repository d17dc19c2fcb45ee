import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // lib/db/client.ts and friends are marked server-only for Next.js; tests run them in Node.
  "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
          environment: "node",
          testTimeout: 60_000,
          // Worker threads start faster than the default child processes: 2m47s against 3m22s for
          // the unit suite on this 2-core machine. Files stay isolated: without isolation it took
          // 1m26s but files met each other's module state (Next's AsyncLocalStorage) in a shuffled order.
          pool: "threads",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file gets its own database; two at a time on these 2 cores.
          maxWorkers: 2,
          globalSetup: ["tests/db-global-setup.ts"],
        },
      },
    ],
  },
});
