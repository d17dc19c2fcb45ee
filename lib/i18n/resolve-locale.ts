import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
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
 * This request's locale: the signed-in user's setting, else their class's, else the switcher's
 * cookie, else the browser's Accept-Language, else English. One lookup per request.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser();
  const own = toLocale(user?.locale);
  if (own) return own;
  if (user?.role === "student") {
    const fromClass = await classLocale(user.id);
    if (fromClass) return fromClass;
  }
  const cookie = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  if (cookie) return cookie;
  return matchAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
});
