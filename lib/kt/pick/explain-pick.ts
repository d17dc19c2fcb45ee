/** One-line reasons a teacher can read. Numbers are rounded to 2 decimals. */

import { formatMastery } from "@/lib/mastery/format-mastery";

const f2 = (x: number) => x.toFixed(2);
/** Mastery as every view shows it. */
const fm = formatMastery;

function successNote(success: number, band: readonly [number, number]): string {
  const [lo, hi] = band;
  if (success < lo)
    return `predicted success ${f2(success)} (below ${f2(lo)}: the most doable problem that practises it)`;
  if (success > hi) return `predicted success ${f2(success)} (above ${f2(hi)}: the most challenging one available)`;
  return `predicted success ${f2(success)}`;
}

export function explainPinned(position: number, count: number): string {
  return count > 1 ? `Pinned by the teacher (pin ${position + 1} of ${count}).` : "Pinned by the teacher.";
}

export function explainLearn(
  skill: string,
  mastery: number,
  prereqs: "none" | "mastered" | "moved-on",
  moveOnAfter: number,
  success: number,
  band: readonly [number, number],
): string {
  const pre =
    prereqs === "none"
      ? "it has no prerequisites"
      : prereqs === "mastered"
        ? "its prerequisites are mastered"
        : `its prerequisites are mastered or have had ${moveOnAfter}+ practice opportunities`;
  return `Practises ${skill} (mastery ${fm(mastery)}); ${pre}; ${successNote(success, band)}.`;
}

export function explainDecayed(
  skill: string,
  now: number,
  then: number,
  lastPracticed: number,
  at: number,
  success: number,
  band: readonly [number, number],
): string {
  return `Reviews ${skill}: its mastery fell from ${fm(then)} to ${fm(now)} since it was last practised (${ago(lastPracticed, at)}); ${successNote(success, band)}.`;
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
): string {
  return `Reviews ${skill} (mastery ${fm(shown)}): practised ${ago(lastPracticed, now)}, predicted recall now ${f2(recall)}; ${successNote(success, band)}.`;
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

export function explainPrerequisite(skill: string, mastery: number, waiting: string): string {
  return `Nothing is ready yet: every unmastered skill waits on a prerequisite; practises the weakest one, ${skill} (mastery ${fm(mastery)}), which ${waiting} needs.`;
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
): string {
  const when = since(lastPracticed, now);
  const all = movedOnAfter > 0 ? `mastered or has had ${movedOnAfter}+ practice opportunities` : "mastered";
  const below = mastery < threshold ? `, below ${f2(threshold)}` : "";
  const faded = recall < mastery && f2(recall) !== fm(mastery) ? `, predicted recall now ${f2(recall)}` : "";
  return `Every skill is ${all}; reviews ${skill} (mastery ${fm(mastery)}${below}, ${when}${faded}): skills come back in turn, weaker ones more often.`;
}

export function explainComplete(threshold: number): string {
  return `Every skill is mastered (at least ${f2(threshold)}): nothing left to practise.`;
}

export function explainNothingLeft(): string {
  return "No problem can be picked: every problem that practises an unmastered skill is skipped.";
}
