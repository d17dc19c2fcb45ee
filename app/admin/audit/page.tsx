import type { Metadata } from "next";
import Link from "next/link";
import { ScrollRegion } from "@/components/admin/scroll-region";
import { requirePageUser } from "@/lib/auth/current-user";
import { listAuditLog } from "@/lib/authoring/list-audit-log";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Audit log" };

function summary(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const text = JSON.stringify(details);
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requirePageUser("admin");
  const { page } = await searchParams;
  const log = await listAuditLog(db, Number(page ?? 1));
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-sm text-slate-700">
        Every content change: who, what and when ({log.total} entries, newest first).
      </p>
      <ScrollRegion label="Audit entries" className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                When (UTC)
              </th>
              <th scope="col" className="p-2">
                Who
              </th>
              <th scope="col" className="p-2">
                What
              </th>
              <th scope="col" className="p-2">
                Record
              </th>
              <th scope="col" className="p-2">
                Details
              </th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="whitespace-nowrap p-2">{r.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
                <td className="p-2">{r.actor ? `${r.actor.name} (${r.actor.email})` : "command line"}</td>
                <td className="p-2 font-mono">{r.action}</td>
                <td className="p-2">
                  {r.entityType === "Problem" ? (
                    <Link href={`/admin/problems/${r.entityId}`} className="text-blue-800 underline">
                      Problem
                    </Link>
                  ) : r.entityType === "ProblemSet" ? (
                    <Link href={`/admin/sets/${r.entityId}`} className="text-blue-800 underline">
                      Problem set
                    </Link>
                  ) : r.entityType === "Skill" ? (
                    <Link href={`/admin/skills/${r.entityId}`} className="text-blue-800 underline">
                      Skill
                    </Link>
                  ) : (
                    <span>
                      {r.entityType} <span className="font-mono">{r.entityId}</span>
                    </span>
                  )}
                </td>
                <td className="max-w-md break-words p-2 font-mono text-xs">{summary(r.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <nav aria-label="Audit log pages" className="flex items-center gap-4">
        {log.page > 1 ? (
          <Link href={`/admin/audit?page=${log.page - 1}`} className="text-blue-800 underline" rel="prev">
            Newer
          </Link>
        ) : null}
        <span>
          Page {log.page} of {log.pages}
        </span>
        {log.page < log.pages ? (
          <Link href={`/admin/audit?page=${log.page + 1}`} className="text-blue-800 underline" rel="next">
            Older
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
