/**
 * Why a problem was picked, twice over: `reason`, one English line a teacher can read (numbers
 * rounded to 2 decimals; kept for old readers and exports), and `why`, the same reason as a
 * message key and values, worded when shown: friendly for the student, precise for the teacher,
 * in the reader's language (lib/kt/pick/pick-reason-message.ts).
 */

import { formatMastery } from "@/lib/mastery/format-mastery";
import { ALMOST_AT } from "@/lib/mastery/mastery-level";
import type { PickReason, PickReasonKey, PickReasonValues } from "./types";

export interface Explained {
  reason: string;
  why: PickReason;
}

const f2 = (x: number) => x.toFixed(2);
/** Mastery as every view shows it. */
const fm = formatMastery;
/** Raw numbers stored for the messages: rounded like the text, so both say the same. */
const r2 = (x: number) => Math.round(x * 100) / 100;

const explained = (reason: string, key: PickReasonKey, values: PickReasonValues = {}): Explained => ({
  reason,
  why: { key, values },
});

function bandOf(success: number, band: readonly [number, number]): "below" | "above" | "in" {
  return success < band[0] ? "below" : success > band[1] ? "above" : "in";
}

function successValues(success: number, band: readonly [number, number]): PickReasonValues {
  return { success: r2(success), lo: r2(band[0]), hi: r2(band[1]), band: bandOf(success, band) };
}

function successNote(success: number, band: readonly [number, number]): string {
  const [lo, hi] = band;
  if (success < lo)
    return `predicted success ${f2(success)} (below ${f2(lo)}: the most doable problem that practises it)`;
  if (success > hi) return `predicted success ${f2(success)} (above ${f2(hi)}: the most challenging one available)`;
  return `predicted success ${f2(success)}`;
}

export function explainPinned(position: number, count: number): Explained {
  return explained(
    count > 1 ? `Pinned by the teacher (pin ${position + 1} of ${count}).` : "Pinned by the teacher.",
    "pinned",
    { position: position + 1, count },
  );
}

export function explainLearn(
  skill: string,
  mastery: number,
  /** "likely": the gain rule weighs prerequisites by how likely they are learnt, not by a threshold. */
  prereqs: "none" | "mastered" | "moved-on" | "likely",
  moveOnAfter: number,
  success: number,
  band: readonly [number, number],
): Explained {
  const pre =
    prereqs === "none"
      ? "it has no prerequisites"
      : prereqs === "mastered"
        ? "its prerequisites are mastered"
        : prereqs === "likely"
          ? "its prerequisites are likely learnt"
          : `its prerequisites are mastered or have had ${moveOnAfter}+ practice opportunities`;
  return explained(`Practises ${skill} (mastery ${fm(mastery)}); ${pre}; ${successNote(success, band)}.`, "learn", {
    skill,
    mastery: r2(mastery),
    prereqs: prereqs === "moved-on" ? "movedOn" : prereqs,
    moveOnAfter,
    // The student's words: "close to mastering" from the "Almost there" level up.
    stage: r2(mastery) >= ALMOST_AT ? "close" : "learning",
    ...successValues(success, band),
  });
}

export function explainDecayed(
  skill: string,
  now: number,
  then: number,
  lastPracticed: number,
  at: number,
  success: number,
  band: readonly [number, number],
): Explained {
  return explained(
    `Reviews ${skill}: its mastery fell from ${fm(then)} to ${fm(now)} since it was last practised (${ago(lastPracticed, at)}); ${successNote(success, band)}.`,
    "reviewDecayed",
    { skill, mastery: r2(now), before: r2(then), ...agoValues(lastPracticed, at), ...successValues(success, band) },
  );
}

/** A skill mastered as shown whose predicted recall now has fallen below the threshold. */
export function explainDue(
  skill: string,
  shown: number,
  recall: number,
  lastPracticed: number,
  now: number,
  success: number,
  band: readonly [number, number],
): Explained {
  return explained(
    `Reviews ${skill} (mastery ${fm(shown)}): practised ${ago(lastPracticed, now)}, predicted recall now ${f2(recall)}; ${successNote(success, band)}.`,
    "reviewDue",
    {
      skill,
      mastery: r2(shown),
      recall: r2(recall),
      ...agoValues(lastPracticed, now),
      ...successValues(success, band),
    },
  );
}

/** "12 days ago", "3 hours ago", "just now". */
function ago(last: number, now: number): string {
  const hours = Math.floor((now - last) / 3_600_000);
  if (hours >= 24) {
    const days = Math.floor(hours / 24);
    return `${days} day${days === 1 ? "" : "s"} ago`;
  }
  return hours >= 1 ? `${hours} hour${hours === 1 ? "" : "s"} ago` : "just now";
}

/** ago() as values: agoUnit "days" | "hours" | "now", agoCount. */
function agoValues(last: number, now: number): PickReasonValues {
  const hours = Math.floor((now - last) / 3_600_000);
  if (hours >= 24) return { agoUnit: "days", agoCount: Math.floor(hours / 24) };
  return hours >= 1 ? { agoUnit: "hours", agoCount: hours } : { agoUnit: "now", agoCount: 0 };
}

export function explainPrerequisite(skill: string, mastery: number, waiting: string): Explained {
  return explained(
    `Nothing is ready yet: every unmastered skill waits on a prerequisite; practises the weakest one, ${skill} (mastery ${fm(mastery)}), which ${waiting} needs.`,
    "prerequisite",
    { skill, mastery: r2(mastery), waiting },
  );
}

function since(last: number, now: number): string {
  if (!Number.isFinite(last)) return "not practised before";
  const days = Math.floor((now - last) / 86_400_000);
  return days >= 1 ? `last practised ${days} day${days === 1 ? "" : "s"} ago` : "last practised today";
}

export function explainReviewAll(
  skill: string,
  mastery: number,
  recall: number,
  lastPracticed: number,
  now: number,
  threshold: number,
  movedOnAfter: number,
): Explained {
  const when = since(lastPracticed, now);
  const all = movedOnAfter > 0 ? `mastered or has had ${movedOnAfter}+ practice opportunities` : "mastered";
  const below = mastery < threshold ? `, below ${f2(threshold)}` : "";
  const fadedNow = recall < mastery && f2(recall) !== fm(mastery);
  const faded = fadedNow ? `, predicted recall now ${f2(recall)}` : "";
  const days = Number.isFinite(lastPracticed) ? Math.floor((now - lastPracticed) / 86_400_000) : -1;
  return explained(
    `Every skill is ${all}; reviews ${skill} (mastery ${fm(mastery)}${below}, ${when}${faded}): skills come back in turn, weaker ones more often.`,
    "reviewAll",
    {
      skill,
      mastery: r2(mastery),
      recall: r2(recall),
      threshold: r2(threshold),
      movedOnAfter,
      all: movedOnAfter > 0 ? "movedOn" : "mastered",
      below: below ? "yes" : "no",
      faded: fadedNow ? "yes" : "no",
      since: days < 0 ? "never" : days >= 1 ? "days" : "today",
      sinceDays: Math.max(0, days),
    },
  );
}

export function explainComplete(threshold: number): Explained {
  return explained(`Every skill is mastered (at least ${f2(threshold)}): nothing left to practise.`, "complete", {
    threshold: r2(threshold),
  });
}

export function explainNothingLeft(): Explained {
  return explained(
    "No problem can be picked: every problem that practises an unmastered skill is skipped.",
    "nothingLeft",
  );
}
