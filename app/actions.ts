"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { endSession, getCurrentUser } from "@/lib/auth/current-user";
import { forgetSignedInUser } from "@/lib/auth/signed-in-cache";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/resolve-locale";

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/sign-in");
}

const localeForm = z.object({ locale: z.enum(locales) });

/**
 * The language switcher: a signed-in user's choice is saved on their account (it follows them to
 * every device, and the tutor speaks it); a visitor's is kept in a cookie. An unknown locale
 * changes nothing.
 */
export async function setLocaleAction(form: unknown): Promise<void> {
  // Arguments arrive from the browser and can be anything: anything but a form changes nothing.
  if (!(form instanceof FormData)) return;
  const parsed = localeForm.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return;
  const user = await getCurrentUser();
  if (user) {
    await db.user.update({ where: { id: user.id }, data: { locale: parsed.data.locale } });
    forgetSignedInUser(user.id);
  }
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().COOKIE_SECURE === "1",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}
