import fs from "node:fs";
import { createHistogram, monitorEventLoopDelay, PerformanceObserver, type RecordableHistogram } from "node:perf_hooks";
import { processWide } from "@/lib/process-wide";

/** What one process's event loop and garbage collector did while it ran (milliseconds). */
export interface RuntimeStats {
  pid: number;
  seconds: number;
  eventLoopDelay: { p50: number; p95: number; p99: number; max: number; samples: number };
  /** Event-loop stalls over 50 ms: the time a request could wait before it is even read. */
  stallsOver50ms: number;
  gc: { pauses: number; totalMs: number; maxMs: number; over50ms: number };
  cpuMs: number;
  /**
   * Where a turn's time went, as this process saw it (bench:turns only): `waited` from the moment
   * the load generator sent the request (its `x-bench-sent-at`) until this process began to
   * answer it (the kernel's queue, the server's busy event loop); `answering` from then until
   * the last byte was handed to the socket. What the generator measures beyond the two is its
   * own delay in reading the reply.
   */
  turns: { waited: Percentiles; answering: Percentiles };
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The turn timings a process records while the runtime record is on (microsecond histograms). */
interface TurnTimings {
  on: boolean;
  waited: RecordableHistogram;
  answering: RecordableHistogram;
}
const turnTimings = () =>
  processWide<TurnTimings>("runtime-stats.turns", () => ({
    on: false,
    waited: createHistogram(),
    answering: createHistogram(),
  }));

/**
 * Called by the turn route when a turn starts to be answered: returns the function to call when
 * its reply has been written, or nothing while the runtime record is off (always, outside the
 * benchmark). `sentAt` is the load generator's `x-bench-sent-at` (epoch ms), read only for this.
 */
export function timeTurn(sentAt: string | undefined): (() => void) | undefined {
  const t = turnTimings();
  if (!t.on) return undefined;
  const began = performance.timeOrigin + performance.now();
  const sent = Number(sentAt);
  if (sentAt && Number.isFinite(sent)) t.waited.record(micros(began - sent));
  return () => {
    t.answering.record(micros(performance.timeOrigin + performance.now() - began));
  };
}

/** A duration in ms as the histogram's whole microseconds, 1 to a day (a header's nonsense included). */
const micros = (ms: number) => Math.min(86_400_000_000, Math.max(1, Math.round(ms * 1000)));

function percentiles(h: RecordableHistogram): Percentiles {
  const ms = (us: number) => round(us / 1000);
  return h.count
    ? { n: h.count, p50: ms(h.percentile(50)), p95: ms(h.percentile(95)), p99: ms(h.percentile(99)), max: ms(h.max) }
    : { n: 0, p50: 0, p95: 0, p99: 0, max: 0 };
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
  const timings = turnTimings();
  timings.on = true;
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
      timings.waited.reset();
      timings.answering.reset();
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
        turns: { waited: percentiles(timings.waited), answering: percentiles(timings.answering) },
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
