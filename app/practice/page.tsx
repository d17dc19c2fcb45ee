import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MathText } from "@/components/math-text";
import { SkillMeters } from "@/components/skill-meters";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { loadMasteryHistory } from "@/lib/mastery/mastery-history";
import { studentSkillMeters } from "@/lib/mastery/skill-mastery";
import { startPracticeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("student.practice");
  return { title: t("title") };
}

export default async function PracticeHome({ searchParams }: { searchParams: Promise<{ nothing?: string }> }) {
  const user = await requirePageUser("student");
  const { nothing } = await searchParams;
  const [enrollments, recent, solved, active, meters, lastPick, histories] = await Promise.all([
    db.enrollment.findMany({
      where: { studentId: user.id, classroom: { archivedAt: null } },
      select: {
        classroom: {
          select: {
            id: true,
            name: true,
            assignments: {
              where: { problemSet: { status: "published" } },
              select: { problemSet: { select: { id: true, title: true, _count: { select: { problems: true } } } } },
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
    db.tutoringSession.count({ where: { studentId: user.id, status: "active", preview: false } }),
    studentSkillMeters(db, user.id),
    db.problemPick.findFirst({
      where: { studentId: user.id },
      orderBy: { createdAt: "desc" },
      select: { problemId: true, reason: true },
    }),
    loadMasteryHistory(db, user.id),
  ]);
  const [t, locale] = await Promise.all([getTranslations("student.practice"), getLocale()]);
  // A pick's reason is stored as English text (lib/kt/pick/explain-pick.ts); other languages get
  // the general notice until picks carry message keys.
  const nothingReason = lastPick && !lastPick.problemId && locale === "en" ? lastPick.reason : null;
  return (
    <section className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-slate-700">{t("greeting", { name: user.name, solved })}</p>
        </div>
        <form action={startPracticeAction}>
          <button
            type="submit"
            className="rounded bg-blue-700 px-5 py-2.5 text-lg font-medium text-white hover:bg-blue-800"
          >
            {active ? t("continue") : t("start")}
          </button>
        </form>
      </div>
      {nothing ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
          {nothingReason ?? (lastPick && !lastPick.problemId ? t("nothingLeft") : t("nothingAssigned"))}
        </p>
      ) : null}
      <SkillMeters meters={meters} histories={histories} />
      {enrollments.length === 0 ? (
        <p>{t("noClass")}</p>
      ) : (
        enrollments.map(({ classroom }) => (
          <div key={classroom.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{classroom.name}</h2>
            <ul className="mt-2 list-disc pl-6">
              {classroom.assignments.map(({ problemSet }) => (
                <li key={problemSet.id}>
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
              <li key={s.id}>
                <Link href={`/practice/${s.id}`} className="text-blue-800 underline">
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
