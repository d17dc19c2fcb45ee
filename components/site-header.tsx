import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions";
import { getCurrentUser, homeFor } from "@/lib/auth/current-user";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const t = await getTranslations("common");
  const locale = await getLocale();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href={user ? homeFor[user.role] : "/"} className="text-lg font-semibold text-blue-800">
          Stepwise
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <LocaleSwitcher current={locale} />
          {user ? (
            <>
              <span>
                <Link
                  href="/account"
                  className="font-medium text-blue-800 underline"
                  aria-label={t("accountOf", { name: user.name })}
                >
                  {user.name}
                </Link>{" "}
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">{t(`roles.${user.role}`)}</span>
              </span>
              <form action={signOutAction}>
                <button type="submit" className="rounded px-2 py-1 text-blue-800 underline hover:bg-blue-50">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : (
            <nav className="flex gap-3">
              <Link href="/sign-in" className="text-blue-800 underline">
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className="text-blue-800 underline">
                {t("joinClass")}
              </Link>
            </nav>
          )}
        </div>
      </div>
    </header>
  );
}
