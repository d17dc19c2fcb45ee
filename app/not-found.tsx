import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <section className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">
        {t("home")}
      </Link>
    </section>
  );
}
