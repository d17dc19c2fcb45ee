import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MathText } from "@/components/math-text";
import { SkillMeters } from "@/components/skill-meters";
import { requirePageUser } from "@/lib/auth/current-user";
import { LIVE_PROBLEM } from "@/lib/content/live-problem";
import { db } from "@/lib/db/client";
import { pickReasonText } from "@/lib/kt/pick/pick-reason-text";
import { loadMasteryHistory } from "@/lib/mastery/mastery-history";
import { practiceSkillMeters, upNext } from "@/lib/sessions/open-practice";
import { startPracticeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("student.practice");
  return { title: t("title") };
}

/**
 * The student's home: the next problem and why it was picked first (one friendly line), then
 * their skills as levels in words, their classes' sets and recent problems. Phone first: one
 * column, the button full width at thumb height.
 */
export default async function PracticeHome() {
  const user = await requirePageUser("student");
  const [enrollments, recent, solved, next, meters, histories] = await Promise.all([
    db.enrollment.findMany({
      where: { studentId: user.id, classroom: { archivedAt: null } },
      select: {
        classroom: {
          select: {
            id: true,
            name: true,
            assignments: {
              where: { problemSet: { status: "published" } },
              select: {
                problemSet: {
                  select: { id: true, title: true, _count: { select: { problems: { where: LIVE_PROBLEM } } } },
                },
              },
            },
          },
        },
      },
    }),
    db.tutoringSession.findMany({
      where: { studentId: user.id, preview: false },
      orderBy: { lastActivityAt: "desc" },
      take: 5,
      select: { id: true, status: true, lastActivityAt: true, problemVersion: { select: { title: true } } },
    }),
    db.tutoringSession.count({ where: { studentId: user.id, status: "completed", preview: false } }),
    upNext(db, user.id),
    practiceSkillMeters(db, user.id),
    loadMasteryHistory(db, user.id),
  ]);
  const [t, locale] = await Promise.all([getTranslations("student.practice"), getLocale()]);
  const reason = next.reason ? pickReasonText(next.reason, "student", locale) : null;
  const hasSets = enrollments.some(({ classroom }) => classroom.assignments.length > 0);
  return (
    <section className="flex min-w-0 flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("greeting", { name: user.name, solved })}</p>
      </div>
      {next.kind === "none" ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2" data-up-next="none">
          {reason ?? (hasSets ? t("nothingNext") : t("nothingAssigned"))}
        </p>
      ) : (
        <section
          className="flex flex-col gap-3 rounded-lg border border-blue-200 bg-blue-50 p-4"
          data-up-next={next.kind}
          aria-labelledby="up-next"
        >
          <h2 id="up-next" className="text-lg font-semibold break-words">
            {next.kind === "continue" ? t("continueLabel") : t("nextLabel")} <MathText text={next.title} />
          </h2>
          {reason ? (
            <p className="break-words" data-pick-reason>
              {t("why", { reason })}
            </p>
          ) : null}
          <form action={startPracticeAction}>
            <button
              type="submit"
              className="min-h-11 w-full rounded bg-blue-700 px-5 py-2.5 text-lg font-medium text-white hover:bg-blue-800 sm:w-auto"
            >
              {next.kind === "continue" ? t("continue") : t("start")}
            </button>
          </form>
        </section>
      )}
      <SkillMeters meters={meters} histories={histories} />
      {enrollments.length === 0 ? (
        <p>{t("noClass")}</p>
      ) : (
        enrollments.map(({ classroom }) => (
          <div key={classroom.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold break-words">{classroom.name}</h2>
            <ul className="mt-2 list-disc ps-6">
              {classroom.assignments.map(({ problemSet }) => (
                <li key={problemSet.id} className="break-words">
                  {problemSet.title} ({t("setProblems", { count: problemSet._count.problems })})
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {recent.length ? (
        <div>
          <h2 className="mb-2 text-lg font-semibold">{t("recent")}</h2>
          <ul className="flex flex-col gap-1">
            {recent.map((s) => (
              <li key={s.id} className="break-words">
                <Link href={`/practice/${s.id}`} className="inline-block py-2 text-blue-800 underline">
                  <MathText text={s.problemVersion.title} />
                </Link>{" "}
                <span className="text-sm text-slate-700">
                  ({s.status === "completed" ? t("finished") : t("inProgress")})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
