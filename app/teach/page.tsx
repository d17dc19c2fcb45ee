import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachHome() {
  const user = await requirePageUser("teacher");
  const classes = await db.classroom.findMany({
    where: { teacherId: user.id, archivedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      _count: { select: { enrollments: true } },
      assignments: { select: { problemSet: { select: { title: true } } } },
    },
  });
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Your classes</h1>
      {classes.length === 0 ? (
        <p>You have no classes yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                Class
              </th>
              <th scope="col" className="p-2">
                Join code
              </th>
              <th scope="col" className="p-2">
                Students
              </th>
              <th scope="col" className="p-2">
                Problem sets
              </th>
            </tr>
          </thead>
          <tbody>
            {classes.map((c) => (
              <tr key={c.id} className="border-b border-slate-200">
                <td className="p-2 font-medium">{c.name}</td>
                <td className="p-2 font-mono">{c.joinCode}</td>
                <td className="p-2">{c._count.enrollments}</td>
                <td className="p-2">{c.assignments.map((a) => a.problemSet.title).join(", ") || "none"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
