import { describe, expect, it } from "vitest";
import { resetProcessWide } from "@/lib/process-wide";
import { startRuntimeStats, timeTurn } from "./runtime-stats";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * Keeps this thread busy until it has used `ms` of CPU time (not wall time: on a loaded machine
 * the process is descheduled, and 150 ms of wall time measured 90 ms of CPU in a CI run). The
 * loop is blocked at least that long either way.
 */
function blockFor(ms: number) {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
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

describe("a turn's time as the server saw it", () => {
  it("is not recorded while the runtime record is off, then split into waited and answering", async () => {
    resetProcessWide("runtime-stats.turns");
    expect(timeTurn(String(performance.timeOrigin + performance.now()))).toBeUndefined();

    const stats = startRuntimeStats();
    const done = timeTurn(String(performance.timeOrigin + performance.now() - 40)) as () => void;
    await sleep(25);
    done();
    // A request without the generator's header (or with a malformed one) still counts as answered.
    (timeTurn("not a time") as () => void)();
    // A time far in the past or the future is held to the histogram's range, never thrown on.
    (timeTurn("-1e300") as () => void)();
    (timeTurn("1e300") as () => void)();
    const { waited, answering } = stats.snapshot().turns;
    expect(waited.n).toBe(3);
    expect(waited.p50).toBeGreaterThanOrEqual(39);
    expect(waited.p50).toBeLessThan(200);
    expect(answering.n).toBe(4);
    expect(answering.max).toBeGreaterThanOrEqual(24);
    stats.reset();
    expect(stats.snapshot().turns.answering.n).toBe(0);
  });
});
