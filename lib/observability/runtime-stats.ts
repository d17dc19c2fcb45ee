import fs from "node:fs";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

/** What one process's event loop and garbage collector did while it ran (milliseconds). */
export interface RuntimeStats {
  pid: number;
  seconds: number;
  eventLoopDelay: { p50: number; p95: number; p99: number; max: number; samples: number };
  /** Event-loop stalls over 50 ms: the time a request could wait before it is even read. */
  stallsOver50ms: number;
  gc: { pauses: number; totalMs: number; maxMs: number; over50ms: number };
  cpuMs: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Starts recording the event-loop delay (perf_hooks.monitorEventLoopDelay, 10 ms resolution)
 * and every garbage-collection pause; `snapshot()` reads them. Cheap enough to leave on, but
 * only the benchmark turns it on (RUNTIME_STATS_FILE).
 */
export function startRuntimeStats(): { snapshot(): RuntimeStats; reset(): void } {
  let started = performance.now();
  let cpu0 = process.cpuUsage();
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const gc = { pauses: 0, totalMs: 0, maxMs: 0, over50ms: 0 };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.pauses++;
      gc.totalMs += e.duration;
      gc.maxMs = Math.max(gc.maxMs, e.duration);
      if (e.duration > 50) gc.over50ms++;
    }
  });
  obs.observe({ entryTypes: ["gc"] });
  // The histogram counts in nanoseconds and includes the 10 ms sampling interval itself.
  let stalls = 0;
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    if (now - last > 10 + 50) stalls++;
    last = now;
  }, 10);
  tick.unref();
  const ms = (ns: number) => round(Math.max(0, ns / 1e6 - 10));
  return {
    reset() {
      started = performance.now();
      cpu0 = process.cpuUsage();
      h.reset();
      Object.assign(gc, { pauses: 0, totalMs: 0, maxMs: 0, over50ms: 0 });
      stalls = 0;
    },
    snapshot() {
      const cpu = process.cpuUsage(cpu0);
      return {
        pid: process.pid,
        seconds: round((performance.now() - started) / 1000),
        eventLoopDelay: {
          p50: ms(h.percentile(50)),
          p95: ms(h.percentile(95)),
          p99: ms(h.percentile(99)),
          max: ms(h.max),
          samples: h.count,
        },
        stallsOver50ms: stalls,
        gc: { pauses: gc.pauses, totalMs: round(gc.totalMs), maxMs: round(gc.maxMs), over50ms: gc.over50ms },
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      };
    },
  };
}

/**
 * Records runtime stats and writes them to `file` (one JSON object per process) at exit.
 * SIGUSR2 starts the record again (a benchmark sends it after its warm-up).
 */
export function writeRuntimeStatsAtExit(file: string): void {
  const stats = startRuntimeStats();
  process.on("SIGUSR2", () => stats.reset());
  process.once("exit", () => {
    fs.appendFileSync(file, `${JSON.stringify(stats.snapshot())}\n`);
  });
}
