import "server-only";
import type { SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db/client";
import { defaultLocale, type Locale, matchAcceptLanguage, toLocale } from "./locales";

/** Signed-out visitors' choice from the switcher. */
export const LOCALE_COOKIE = "stepwise_locale";

/** The language of a student's classes (the first class that has one), or null. */
export async function classLocale(studentId: string): Promise<Locale | null> {
  const rows = await db.enrollment.findMany({
    where: { studentId, classroom: { locale: { not: null }, archivedAt: null } },
    select: { classroom: { select: { locale: true } } },
    orderBy: { createdAt: "asc" },
    take: 1,
  });
  return toLocale(rows[0]?.classroom.locale);
}

/**
 * A request's locale from what it carries: the signed-in user's setting, else their class's, else
 * the switcher's cookie, else the browser's Accept-Language, else English. Pages and routes in
 * Next read it through requestLocale (./resolve-locale.ts); the turn route outside Next directly.
 */
export async function localeFor(
  user: SessionUser | null,
  localeCookie: string | undefined,
  acceptLanguage: string | null,
): Promise<Locale> {
  const own = toLocale(user?.locale);
  if (own) return own;
  if (user?.role === "student") {
    const fromClass = await classLocale(user.id);
    if (fromClass) return fromClass;
  }
  return toLocale(localeCookie) ?? matchAcceptLanguage(acceptLanguage) ?? defaultLocale;
}
