import Link from "next/link";
import { useTranslations } from "next-intl";

const LINKS = [
  ["/admin", "overview"],
  ["/admin/skills", "skills"],
  ["/admin/sets", "sets"],
  ["/admin/import", "import"],
  ["/admin/audit", "audit"],
  ["/admin/experiments", "experiments"],
  ["/admin/lti", "lti"],
] as const;

/** The admin area's navigation (every page under /admin). */
export function AdminNav() {
  const t = useTranslations("admin.nav");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200 pb-3">
      <ul className="flex flex-wrap gap-4 text-sm">
        {LINKS.map(([href, label]) => (
          <li key={href}>
            <Link href={href} className="text-blue-800 underline">
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
