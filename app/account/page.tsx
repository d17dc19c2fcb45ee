import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAccountPageUser } from "@/lib/auth/current-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.account");
  return { title: t("metaTitle") };
}

/**
 * Any signed-in user: who they are signed in as, and changing their password. A user on a
 * temporary password is sent here by every other page until they change it.
 */
export default async function AccountPage() {
  const user = await requireAccountPageUser();
  const t = await getTranslations("auth.account");
  return (
    <section className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-700">{t("signedInAs", { name: user.name, email: user.email })}</p>
      {user.mustChangePassword ? (
        <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {t("mustChange")}
        </p>
      ) : null}
      <h2 className="mb-3 text-lg font-semibold">{t("changeTitle")}</h2>
      <ChangePasswordForm passwordMin={PASSWORD_MIN_LENGTH} />
    </section>
  );
}
