import Link from "next/link";
import type { HelpReason, StudentNeedingHelp } from "@/lib/teach/find-students-needing-help";
import { formatAgo, formatDateTime } from "@/lib/teach/format-time";

const kindLabel: Record<HelpReason["kind"], string> = {
  failing: "Many wrong first attempts",
  reveals: "Answers told",
  flat_mastery: "Not improving",
  stuck: "Stuck",
  inactive: "Inactive",
};

/** Who needs the teacher now, and why: newest evidence first, each reason linking to its evidence. */
export function NeedsHelpList({
  classBase,
  students,
  now,
}: {
  classBase: string;
  students: StudentNeedingHelp[];
  now: Date;
}) {
  if (students.length === 0) return <p>Nobody stands out right now.</p>;
  const evidence = (studentId: string, r: HelpReason): string | null => {
    if (r.kind === "stuck" && r.sessionId) return `${classBase}/transcripts/${r.sessionId}`;
    if (r.kind === "reveals") return `${classBase}/transcripts?student=${studentId}&flag=revealed`;
    if (r.kind === "failing") return `${classBase}/transcripts?student=${studentId}`;
    return null;
  };
  return (
    <ol className="flex flex-col gap-2" aria-label="Students who need help">
      {students.map((s) => (
        <li key={s.studentId} className="rounded border border-slate-200 bg-white p-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`${classBase}/students/${s.studentId}`} className="font-medium text-blue-800 underline">
              {s.name}
            </Link>
            <time
              className="text-sm text-slate-700"
              dateTime={s.latestAt.toISOString()}
              title={formatDateTime(s.latestAt)}
            >
              {formatAgo(s.latestAt, now)}
            </time>
          </div>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {s.reasons.map((r) => {
              const href = evidence(s.studentId, r);
              return (
                <li key={`${r.kind}-${r.sessionId ?? ""}`}>
                  <span className="mr-1 rounded border border-slate-400 px-1.5 py-0.5 text-xs font-medium">
                    {kindLabel[r.kind]}
                  </span>
                  {href ? (
                    <Link href={href} className="text-blue-800 underline">
                      {r.text}
                    </Link>
                  ) : (
                    r.text
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
