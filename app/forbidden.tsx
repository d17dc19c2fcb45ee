import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("common.forbidden");
  return (
    <section className="mx-auto max-w-md rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">
        {t("home")}
      </Link>
    </section>
  );
}
