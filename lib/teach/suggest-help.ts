/**
 * What a teacher can do about each reason a student needs help (the class overview leads with
 * it): one concrete step per reason, each a link to where it is done. Pure; the words are in
 * messages/<locale>/teach.json (needsHelp.action.*).
 */
import { MASTERED_AT } from "@/lib/mastery/format-mastery";
import type { HelpReasonKind, StudentNeedingHelp, StudentSignals } from "./find-students-needing-help";

export type HelpAction =
  /** Stuck now: read the session they are stuck in (and go to them). */
  | { kind: "open_session"; href: string }
  /** Many wrong first attempts: read their latest sessions. */
  | { kind: "read_latest"; href: string }
  /** Answers told: read the steps where the tutor had to tell the answer. */
  | { kind: "read_told"; href: string }
  /** A prerequisite of a flat skill is not mastered either: review it first. */
  | { kind: "review_prerequisite"; skill: string; prerequisite: string; href: string }
  /** A flat skill: pin a problem on it (the student's page holds the pins). */
  | { kind: "pin_skill"; skill: string; href: string }
  /** Inactive: check in, and pin a problem to start with. */
  | { kind: "check_in"; href: string };

/** Most urgent first: stuck now, then failing, answers told, not improving, inactive. */
export const URGENCY: readonly HelpReasonKind[] = ["stuck", "failing", "reveals", "flat_mastery", "inactive"];

export function suggestActions(
  student: StudentNeedingHelp,
  signals: Pick<StudentSignals, "mastery"> | undefined,
  /** Skill name -> names of its prerequisites (the class's skills). */
  prerequisites: Map<string, string[]>,
  classBase: string,
): HelpAction[] {
  const studentPage = `${classBase}/students/${student.studentId}`;
  const transcripts = `${classBase}/transcripts?student=${student.studentId}`;
  const mastery = new Map((signals?.mastery ?? []).map((m) => [m.skillName, m.mastery]));
  const out: HelpAction[] = [];
  const reasons = [...student.reasons].sort((a, b) => URGENCY.indexOf(a.kind) - URGENCY.indexOf(b.kind));
  for (const r of reasons) {
    if (r.kind === "stuck" && r.sessionId)
      out.push({ kind: "open_session", href: `${classBase}/transcripts/${r.sessionId}` });
    else if (r.kind === "failing") out.push({ kind: "read_latest", href: transcripts });
    else if (r.kind === "reveals") out.push({ kind: "read_told", href: `${transcripts}&flag=revealed` });
    else if (r.kind === "flat_mastery" && r.skills?.length) {
      const skill = r.skills[0] as string;
      const weakPrerequisite = (prerequisites.get(skill) ?? [])
        .filter((p) => (mastery.get(p) ?? 0) < MASTERED_AT)
        .sort((a, b) => (mastery.get(a) ?? 0) - (mastery.get(b) ?? 0) || a.localeCompare(b))[0];
      if (weakPrerequisite)
        out.push({ kind: "review_prerequisite", skill, prerequisite: weakPrerequisite, href: studentPage });
      out.push({ kind: "pin_skill", skill, href: studentPage });
    } else if (r.kind === "inactive") out.push({ kind: "check_in", href: studentPage });
  }
  // One of each (two "stuck" sessions: both links stay; their hrefs differ).
  const seen = new Set<string>();
  return out.filter((a) => {
    const key = `${a.kind}|${a.href}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Who needs help FIRST: by their most urgent reason, then the newest evidence, then name. */
export function orderByUrgency(students: StudentNeedingHelp[], locale = "en"): StudentNeedingHelp[] {
  const collator = new Intl.Collator(locale);
  const top = (s: StudentNeedingHelp) => Math.min(...s.reasons.map((r) => URGENCY.indexOf(r.kind)));
  return [...students].sort(
    (a, b) => top(a) - top(b) || b.latestAt.getTime() - a.latestAt.getTime() || collator.compare(a.name, b.name),
  );
}
