import Link from "next/link";
import type { ClassHeader as ClassInfo } from "@/lib/teach/access";

const TABS = [
  ["overview", "Overview", ""],
  ["mastery", "Mastery", "/mastery"],
  ["transcripts", "Transcripts", "/transcripts"],
  ["reports", "Reports", "/reports"],
] as const;

export type ClassTab = (typeof TABS)[number][0];

/** The class name, its state, and the dashboard's tabs (the current one marked for AT). */
export function ClassHeader({ cls, current, title }: { cls: ClassInfo; current: ClassTab; title?: string }) {
  const base = `/teach/classes/${cls.id}`;
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teach" className="text-blue-800 underline">
          Classes
        </Link>{" "}
        / <span>{cls.name}</span>
      </nav>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">{title ?? cls.name}</h1>
        {cls.archivedAt ? (
          <span className="rounded border border-slate-500 bg-slate-100 px-2 py-0.5 text-sm">archived</span>
        ) : null}
      </div>
      <nav aria-label="Class sections">
        <ul className="flex flex-wrap gap-1 border-b border-slate-300">
          {TABS.map(([key, label, path]) => (
            <li key={key}>
              <Link
                href={`${base}${path}`}
                aria-current={key === current ? "page" : undefined}
                className={
                  key === current
                    ? "-mb-px block rounded-t border border-b-white border-slate-300 bg-white px-3 py-1.5 font-semibold"
                    : "block px-3 py-1.5 text-blue-800 underline hover:bg-blue-50"
                }
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
