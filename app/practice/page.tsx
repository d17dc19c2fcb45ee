import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticeHome() {
  const user = await requirePageUser("student");
  const enrollments = await db.enrollment.findMany({
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
  });
  const solved = await db.tutoringSession.count({ where: { studentId: user.id, status: "completed", preview: false } });
  return (
    <section className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Practice</h1>
        <p className="text-slate-700">
          Hi {user.name}. You have finished {solved} problem{solved === 1 ? "" : "s"} so far.
        </p>
      </div>
      {enrollments.length === 0 ? (
        <p>You are not in a class yet. Ask your teacher for a join code.</p>
      ) : (
        enrollments.map(({ classroom }) => (
          <div key={classroom.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{classroom.name}</h2>
            <ul className="mt-2 list-disc pl-6">
              {classroom.assignments.map(({ problemSet }) => (
                <li key={problemSet.id}>
                  {problemSet.title} ({problemSet._count.problems} problems)
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
