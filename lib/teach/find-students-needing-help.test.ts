import { describe, expect, it } from "vitest";
import {
  FLAT_MASTERY_BELOW,
  FLAT_MASTERY_OPPORTUNITIES,
  findStudentsNeedingHelp,
  type HelpReasonKind,
  INACTIVE_DAYS,
  MIN_FAILED_FIRST_ATTEMPTS,
  MIN_REVEALS,
  STUCK_STEP_MIN_TURNS,
  STUCK_STEP_MINUTES,
  type StudentSignals,
} from "./find-students-needing-help";

const NOW = new Date("2026-03-10T12:00:00Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 24 * 3600_000);

/** A student who practised an hour ago and is doing fine. */
function fine(over: Partial<StudentSignals> = {}): StudentSignals {
  return {
    studentId: "s1",
    name: "Maya",
    enrolledAt: daysAgo(30),
    lastActivityAt: minutesAgo(60),
    recentFirstAttempts: 10,
    recentFailedFirstAttempts: 2,
    lastFailedAt: minutesAgo(70),
    recentReveals: 0,
    lastRevealAt: null,
    mastery: [{ skillName: "Adding fractions", mastery: 0.8, opportunities: 12, lastEvidenceAt: minutesAgo(60) }],
    activeSteps: [],
    ...over,
  };
}

const cases: { name: string; over: Partial<StudentSignals>; kinds: HelpReasonKind[]; text?: RegExp }[] = [
  { name: "doing fine", over: {}, kinds: [] },
  {
    name: "many failed first attempts, mostly wrong",
    over: { recentFirstAttempts: 6, recentFailedFirstAttempts: MIN_FAILED_FIRST_ATTEMPTS },
    kinds: ["failing"],
    text: /4 of the last 6 first attempts wrong \(past 7 days\)/,
  },
  {
    name: "failures below the count threshold",
    over: { recentFirstAttempts: 3, recentFailedFirstAttempts: MIN_FAILED_FIRST_ATTEMPTS - 1 },
    kinds: [],
  },
  {
    name: "many failures but a low failure rate (busy student)",
    over: { recentFirstAttempts: 40, recentFailedFirstAttempts: 8 },
    kinds: [],
  },
  {
    name: "repeated bottom-out reveals",
    over: { recentReveals: MIN_REVEALS, lastRevealAt: minutesAgo(65) },
    kinds: ["reveals"],
    text: /tell the answer 2 times/,
  },
  { name: "one reveal is not a pattern", over: { recentReveals: MIN_REVEALS - 1 }, kinds: [] },
  {
    name: "mastery flat after many opportunities",
    over: {
      mastery: [
        {
          skillName: "Adding fractions",
          mastery: FLAT_MASTERY_BELOW - 0.19,
          opportunities: FLAT_MASTERY_OPPORTUNITIES,
          lastEvidenceAt: minutesAgo(61),
        },
      ],
    },
    kinds: ["flat_mastery"],
    text: /Adding fractions 0\.31 after 8 opportunities/,
  },
  {
    name: "low mastery but few opportunities is just early",
    over: {
      mastery: [{ skillName: "A", mastery: 0.1, opportunities: FLAT_MASTERY_OPPORTUNITIES - 1, lastEvidenceAt: NOW }],
    },
    kinds: [],
  },
  {
    name: "mastery exactly at the bar is not flagged",
    over: { mastery: [{ skillName: "A", mastery: FLAT_MASTERY_BELOW, opportunities: 30, lastEvidenceAt: NOW }] },
    kinds: [],
  },
  {
    name: "stuck on one step for long with many turns",
    over: {
      lastActivityAt: minutesAgo(1),
      activeSteps: [
        {
          sessionId: "sess1",
          problemTitle: "Pizza slices",
          stepIndex: 1,
          stepStartedAt: minutesAgo(STUCK_STEP_MINUTES + 5),
          turnsOnStep: STUCK_STEP_MIN_TURNS,
        },
      ],
    },
    kinds: ["stuck"],
    text: /Stuck on step 2 of "Pizza slices" for 15 minutes \(6 turns\)/,
  },
  {
    name: "a long step with few turns is thinking, not stuck",
    over: {
      activeSteps: [{ sessionId: "x", problemTitle: "P", stepIndex: 0, stepStartedAt: minutesAgo(40), turnsOnStep: 2 }],
    },
    kinds: [],
  },
  {
    name: "many turns in a short time is working, not stuck",
    over: {
      activeSteps: [{ sessionId: "x", problemTitle: "P", stepIndex: 0, stepStartedAt: minutesAgo(3), turnsOnStep: 12 }],
    },
    kinds: [],
  },
  {
    name: "inactive for days",
    over: { lastActivityAt: daysAgo(INACTIVE_DAYS + 2) },
    kinds: ["inactive"],
    text: /No practice for 9 days/,
  },
  {
    name: "never practised since joining long ago",
    over: { lastActivityAt: null, enrolledAt: daysAgo(12), recentFirstAttempts: 0, recentFailedFirstAttempts: 0 },
    kinds: ["inactive"],
    text: /since joining 12 days ago/,
  },
  {
    name: "joined yesterday and not practised yet is fine",
    over: { lastActivityAt: null, enrolledAt: daysAgo(1), recentFirstAttempts: 0, recentFailedFirstAttempts: 0 },
    kinds: [],
  },
  {
    name: "several reasons at once, newest first",
    over: {
      recentFirstAttempts: 5,
      recentFailedFirstAttempts: 5,
      lastFailedAt: minutesAgo(5),
      recentReveals: 3,
      lastRevealAt: minutesAgo(2),
    },
    kinds: ["reveals", "failing"],
  },
];

describe("needs-help rules", () => {
  for (const c of cases) {
    it(c.name, () => {
      const [row] = findStudentsNeedingHelp([fine(c.over)], NOW);
      expect(row?.reasons.map((r) => r.kind) ?? []).toEqual(c.kinds);
      if (c.text) expect(row?.reasons.map((r) => r.text).join(" | ")).toMatch(c.text);
    });
  }

  it("lists students newest evidence first, then by name, and leaves out those without reasons", () => {
    const rows = findStudentsNeedingHelp(
      [
        fine({ studentId: "old", name: "Old", lastActivityAt: daysAgo(20) }),
        fine({ studentId: "ok", name: "Fine" }),
        fine({ studentId: "new", name: "New", recentReveals: 2, lastRevealAt: minutesAgo(3) }),
        fine({ studentId: "b", name: "Bea", lastActivityAt: daysAgo(9) }),
        fine({ studentId: "a", name: "Abe", lastActivityAt: daysAgo(9) }),
      ],
      NOW,
    );
    expect(rows.map((r) => r.studentId)).toEqual(["new", "a", "b", "old"]);
  });

  it("the stuck reason points at its session", () => {
    const [row] = findStudentsNeedingHelp(
      [
        fine({
          activeSteps: [
            { sessionId: "sess9", problemTitle: "P", stepIndex: 0, stepStartedAt: daysAgo(1), turnsOnStep: 9 },
          ],
        }),
      ],
      NOW,
    );
    expect(row?.reasons[0]).toMatchObject({ kind: "stuck", sessionId: "sess9" });
    expect(row?.reasons[0]?.text).toMatch(/for 24 hours/);
  });

  it("lists at most three flat skills, weakest first, and counts the rest", () => {
    const mastery = [0.3, 0.1, 0.2, 0.4, 0.05].map((m, i) => ({
      skillName: `S${i}`,
      mastery: m,
      opportunities: 20,
      lastEvidenceAt: NOW,
    }));
    const [row] = findStudentsNeedingHelp([fine({ mastery })], NOW);
    expect(row?.reasons[0]?.text).toBe(
      "Mastery not rising: S4 0.05 after 20 opportunities; S1 0.10 after 20 opportunities; S2 0.20 after 20 opportunities and 2 more",
    );
  });

  it.each<[string, Partial<StudentSignals>, string]>([
    [
      "failing",
      { recentFirstAttempts: 6, recentFailedFirstAttempts: 4 },
      "4 de los últimos 6 primeros intentos fueron incorrectos (últimos 7 días)",
    ],
    [
      "reveals",
      { recentReveals: 2, lastRevealAt: minutesAgo(65) },
      "El tutor tuvo que dar la respuesta 2 veces en los últimos 7 días",
    ],
    [
      "flat mastery",
      { mastery: [{ skillName: "Sumar fracciones", mastery: 0.31, opportunities: 8, lastEvidenceAt: minutesAgo(60) }] },
      "El dominio no sube: Sumar fracciones 0,31 tras 8 oportunidades",
    ],
    [
      "stuck",
      {
        activeSteps: [
          { sessionId: "s", problemTitle: "Pizza", stepIndex: 1, stepStartedAt: minutesAgo(15), turnsOnStep: 6 },
        ],
      },
      "Atascado en el paso 2 de «Pizza» desde hace 15 minutos (6 turnos)",
    ],
    ["inactive", { lastActivityAt: daysAgo(9) }, "Sin practicar desde hace 9 días"],
    [
      "never practised",
      { lastActivityAt: null, enrolledAt: daysAgo(12) },
      "No ha practicado desde que se unió hace 12 días",
    ],
  ])("reads in Spanish: %s", (_name, over, text) => {
    const [row] = findStudentsNeedingHelp([fine(over)], NOW, "es");
    expect(row?.reasons.map((r) => r.text)).toContain(text);
  });
});
