import Link from "next/link";

const LINKS = [
  ["/admin", "Overview"],
  ["/admin/skills", "Skills"],
  ["/admin/sets", "Problem sets"],
  ["/admin/import", "Import"],
  ["/admin/audit", "Audit log"],
] as const;

/** The admin area's navigation (every page under /admin). */
export function AdminNav() {
  return (
    <nav aria-label="Admin" className="mb-6 border-b border-slate-200 pb-3">
      <ul className="flex flex-wrap gap-4 text-sm">
        {LINKS.map(([href, label]) => (
          <li key={href}>
            <Link href={href} className="text-blue-800 underline">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
