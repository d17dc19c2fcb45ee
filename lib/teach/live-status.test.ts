import { describe, expect, it } from "vitest";
import {
  ASKED_FOR_ANSWER_MINUTES,
  countByStatus,
  IDLE_MINUTES,
  type LiveSignals,
  liveClass,
  liveStatus,
  STUCK_SILENT_MINUTES,
  STUCK_WRONG_IN_ROW,
  TODAY_HOURS,
} from "./live-status";

const now = new Date("2026-12-01T10:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
type Session = NonNullable<LiveSignals["session"]>;

function student(session: Partial<Session> | null, name = "Maya"): LiveSignals {
  return {
    studentId: name.toLowerCase(),
    name,
    session:
      session === null
        ? null
        : {
            id: "s1",
            status: "active",
            problemTitle: "Pizza slices",
            stepIndex: 1,
            stepCount: 3,
            wrongStreak: 0,
            lastActivityAt: ago(1),
            lastTutorAskedForAnswer: false,
            lastTutorToldAfterWrong: false,
            lastTutorAt: ago(1),
            ...session,
          },
  };
}

describe("liveStatus", () => {
  const cases: [string, Partial<Session> | null, string, unknown][] = [
    ["never practised", null, "not_started", null],
    ["last activity yesterday", { lastActivityAt: ago(TODAY_HOURS * 60 + 1) }, "not_started", null],
    [
      "finished a problem yesterday",
      { status: "completed", lastActivityAt: ago(TODAY_HOURS * 60) },
      "not_started",
      null,
    ],
    ["answered a minute ago", {}, "working", null],
    ["just started, nothing wrong", { stepIndex: 0, lastActivityAt: ago(0) }, "working", null],
    ["two wrong in a row", { wrongStreak: STUCK_WRONG_IN_ROW - 1 }, "working", null],
    [
      "three wrong in a row",
      { wrongStreak: STUCK_WRONG_IN_ROW },
      "stuck",
      { kind: "wrong_in_row", count: STUCK_WRONG_IN_ROW },
    ],
    ["five wrong in a row", { wrongStreak: 5 }, "stuck", { kind: "wrong_in_row", count: 5 }],
    ["asked for the answer just now", { lastTutorAskedForAnswer: true }, "stuck", { kind: "asked_for_answer" }],
    [
      "asked for the answer a while ago, answering since",
      { lastTutorAskedForAnswer: true, lastTutorAt: ago(ASKED_FOR_ANSWER_MINUTES), lastActivityAt: ago(1) },
      "working",
      null,
    ],
    [
      "silent mid-step",
      { lastActivityAt: ago(STUCK_SILENT_MINUTES), lastTutorAt: ago(STUCK_SILENT_MINUTES) },
      "stuck",
      { kind: "silent", minutes: STUCK_SILENT_MINUTES },
    ],
    [
      "the tutor told the answer after wrong answers, just now",
      { lastTutorToldAfterWrong: true, stepIndex: 2 },
      "stuck",
      { kind: "told_after_wrong" },
    ],
    [
      "told the answer after wrong answers, then carried on",
      { lastTutorToldAfterWrong: true, lastTutorAt: ago(ASKED_FOR_ANSWER_MINUTES + 1), lastActivityAt: ago(0) },
      "working",
      null,
    ],
    ["silent a little less", { lastActivityAt: ago(STUCK_SILENT_MINUTES - 1) }, "working", null],
    ["gone for a while", { lastActivityAt: ago(IDLE_MINUTES) }, "idle", null],
    ["gone, even after wrong answers", { lastActivityAt: ago(IDLE_MINUTES), wrongStreak: 4 }, "idle", null],
    ["abandoned the problem", { status: "abandoned", lastActivityAt: ago(1) }, "idle", null],
    ["finished the problem", { status: "completed", lastActivityAt: ago(2) }, "finished", null],
    ["finished, then stayed away", { status: "completed", lastActivityAt: ago(IDLE_MINUTES + 30) }, "finished", null],
    [
      "wrong streak wins over silence",
      { wrongStreak: 3, lastActivityAt: ago(STUCK_SILENT_MINUTES + 1) },
      "stuck",
      { kind: "wrong_in_row", count: 3 },
    ],
  ];
  it.each(cases)("%s", (_name, session, status, reason) => {
    expect(liveStatus(student(session), now)).toEqual({ status, reason });
  });
});

describe("liveClass", () => {
  it("puts stuck students first, then working, finished, idle, not started; by name within each", () => {
    const rows = liveClass(
      [
        student(null, "Ada"),
        student({ lastActivityAt: ago(IDLE_MINUTES + 1) }, "Ben"),
        student({}, "Zoe"),
        student({ wrongStreak: 3 }, "Yan"),
        student({ status: "completed" }, "Cy"),
        student({}, "Ali"),
      ],
      now,
    );
    expect(rows.map((r) => `${r.name}:${r.status}`)).toEqual([
      "Yan:stuck",
      "Ali:working",
      "Zoe:working",
      "Cy:finished",
      "Ben:idle",
      "Ada:not_started",
    ]);
    expect(countByStatus(rows)).toEqual({ stuck: 1, working: 2, finished: 1, idle: 1, not_started: 1 });
  });

  it("says which step of how many (1-based), only while on a step; nothing from another day", () => {
    const [working] = liveClass([student({ stepIndex: 1, stepCount: 3 })], now);
    expect(working).toMatchObject({ step: 2, stepCount: 3, problemTitle: "Pizza slices", sessionId: "s1" });
    const [done] = liveClass([student({ status: "completed", stepIndex: 3, stepCount: 3 })], now);
    expect(done).toMatchObject({ status: "finished", step: null, problemTitle: "Pizza slices" });
    const [old] = liveClass([student({ lastActivityAt: ago(TODAY_HOURS * 60 + 5) })], now);
    expect(old).toMatchObject({ status: "not_started", sessionId: null, problemTitle: null, step: null });
    expect(old?.lastActivityAt).toEqual(ago(TODAY_HOURS * 60 + 5));
  });
});
