import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, homeFor } from "@/lib/auth/current-user";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ joined?: string | string[] }> }) {
  const user = await getCurrentUser();
  if (user) redirect(homeFor[user.role]);
  const { joined } = await searchParams;
  const t = await getTranslations("auth.signIn");
  return (
    <section className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      {joined === "1" ? (
        // The same words for a new email and a taken one (decision 011).
        <p role="status" className="mb-4 rounded border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          {t("joined")}
        </p>
      ) : null}
      <SignInForm />
      <p className="mt-4 text-sm">
        {t.rich("newStudent", {
          link: (chunks) => (
            <Link href="/sign-up" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
