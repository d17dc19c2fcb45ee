import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, homeFor } from "@/lib/auth/current-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor[user.role]);
  const t = await getTranslations("auth.signUp");
  return (
    <section className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-700">{t("intro")}</p>
      <SignUpForm passwordMin={PASSWORD_MIN_LENGTH} />
      <p className="mt-4 text-sm">
        {t.rich("haveAccount", {
          link: (chunks) => (
            <Link href="/sign-in" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
