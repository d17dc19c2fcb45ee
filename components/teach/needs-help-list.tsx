import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { HelpReason, StudentNeedingHelp } from "@/lib/teach/find-students-needing-help";
import { formatAgo, formatDateTime } from "@/lib/teach/format-time";
import type { HelpAction } from "@/lib/teach/suggest-help";

/**
 * Who needs the teacher now, and why: in the order given, each reason linking to its evidence,
 * and (when given) what to do about it, each step a link to where it is done. The reasons' text
 * comes in the reader's language (findStudentsNeedingHelp's locale).
 */
export function NeedsHelpList({
  classBase,
  students,
  now,
  actions,
}: {
  classBase: string;
  students: StudentNeedingHelp[];
  now: Date;
  /** Suggested steps per student id (lib/teach/suggest-help.ts). */
  actions?: Map<string, HelpAction[]>;
}) {
  const t = useTranslations("teach.needsHelp");
  const locale = useLocale();
  if (students.length === 0) return <p>{t("nobody")}</p>;
  const evidence = (studentId: string, r: HelpReason): string | null => {
    if (r.kind === "stuck" && r.sessionId) return `${classBase}/transcripts/${r.sessionId}`;
    if (r.kind === "reveals") return `${classBase}/transcripts?student=${studentId}&flag=revealed`;
    if (r.kind === "failing") return `${classBase}/transcripts?student=${studentId}`;
    return null;
  };
  return (
    <ol className="flex flex-col gap-2" aria-label={t("listLabel")}>
      {students.map((s) => (
        <li key={s.studentId} className="rounded border border-slate-200 bg-white p-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`${classBase}/students/${s.studentId}`} className="font-medium text-blue-800 underline">
              {s.name}
            </Link>
            <time
              className="text-sm text-slate-700"
              dateTime={s.latestAt.toISOString()}
              title={formatDateTime(s.latestAt, locale)}
            >
              {formatAgo(s.latestAt, now, locale)}
            </time>
          </div>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {s.reasons.map((r) => {
              const href = evidence(s.studentId, r);
              return (
                <li key={`${r.kind}-${r.sessionId ?? ""}`}>
                  <span className="me-1 rounded border border-slate-400 px-1.5 py-0.5 text-xs font-medium">
                    {t(`kind.${r.kind}`)}
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
          {actions?.get(s.studentId)?.length ? (
            <div className="mt-2 text-sm">
              <p className="font-medium">{t("whatToDo")}</p>
              <ul className="ms-5 list-disc" aria-label={t("whatToDoFor", { name: s.name })}>
                {actions.get(s.studentId)?.map((a) => (
                  <li key={`${a.kind}-${a.href}`}>
                    <Link href={a.href} className="text-blue-800 underline">
                      {a.kind === "review_prerequisite"
                        ? t("action.review_prerequisite", { skill: a.skill, prerequisite: a.prerequisite })
                        : a.kind === "pin_skill"
                          ? t("action.pin_skill", { skill: a.skill })
                          : t(`action.${a.kind}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
