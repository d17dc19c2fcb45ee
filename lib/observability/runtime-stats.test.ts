import { describe, expect, it } from "vitest";
import { startRuntimeStats } from "./runtime-stats";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function blockFor(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: nothing else runs in this thread meanwhile
  }
}

describe("runtime stats (what bench:turns reads from the server)", () => {
  it("sees a blocked event loop as delay and as a stall, and starts again on reset", async () => {
    const stats = startRuntimeStats();
    await sleep(60);
    blockFor(150);
    await sleep(60);
    const blocked = stats.snapshot();
    expect(blocked.eventLoopDelay.max).toBeGreaterThanOrEqual(100);
    expect(blocked.stallsOver50ms).toBeGreaterThanOrEqual(1);
    expect(blocked.cpuMs).toBeGreaterThanOrEqual(100);
    stats.reset();
    await sleep(120);
    const after = stats.snapshot();
    expect(after.stallsOver50ms).toBe(0);
    expect(after.eventLoopDelay.max).toBeLessThan(100);
  });
});
