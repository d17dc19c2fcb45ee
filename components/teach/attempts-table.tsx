import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { MathText } from "@/components/math-text";
import { formatDateTime } from "@/lib/teach/format-time";

export interface AttemptRow {
  id: string;
  createdAt: Date;
  /** 0-based step position. */
  stepIndex: number;
  answer: string;
  correct: boolean;
  firstAttempt: boolean;
  hintsUsed: number;
  /** Shown (with a link to the transcript) where attempts of several problems are listed. */
  problem?: { title: string; href: string };
}

/** Attempt records as a table (student page, transcript viewer). */
export function AttemptsTable({ rows, labelledBy }: { rows: AttemptRow[]; labelledBy: string }) {
  const t = useTranslations("teach.attempts");
  const locale = useLocale();
  const withProblem = rows.some((r) => r.problem);
  const headers = [
    t("when"),
    ...(withProblem ? [t("problem")] : []),
    t("step"),
    t("answer"),
    t("result"),
    t("firstAttempt"),
    t("hintsBefore"),
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-start text-sm" aria-labelledby={labelledBy}>
        <thead>
          <tr className="border-b border-slate-300">
            {headers.map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-b border-slate-200">
              <td className="p-2">{formatDateTime(a.createdAt, locale)}</td>
              {withProblem ? (
                <td className="p-2">
                  {a.problem ? (
                    <Link href={a.problem.href} className="text-blue-800 underline">
                      <MathText text={a.problem.title} />
                    </Link>
                  ) : null}
                </td>
              ) : null}
              <td className="p-2">{a.stepIndex + 1}</td>
              <td className="p-2 font-mono" data-testid="attempt-answer">
                {a.answer}
              </td>
              <td className="p-2">{a.correct ? t("correct") : t("incorrect")}</td>
              <td className="p-2">{a.firstAttempt ? t("yes") : t("no")}</td>
              <td className="p-2">{a.hintsUsed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
