import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { classLocale, LOCALE_COOKIE, localeFor } from "./locale-for";
import type { Locale } from "./locales";

export { classLocale, LOCALE_COOKIE };

/**
 * This request's locale: the signed-in user's setting, else their class's, else the switcher's
 * cookie, else the browser's Accept-Language, else English. One lookup per request.
 */
export const requestLocale = cache(
  async (): Promise<Locale> =>
    localeFor(
      await getCurrentUser(),
      (await cookies()).get(LOCALE_COOKIE)?.value,
      (await headers()).get("accept-language"),
    ),
);
