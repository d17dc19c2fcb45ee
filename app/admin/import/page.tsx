import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ImportForm } from "@/components/admin/import-form";
import { requirePageUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.import");
  return { title: t("metaTitle") };
}

const COMMAND = "npm run content:import -- --format oatutor path/to/content-pool";

export default async function ImportPage() {
  await requirePageUser("admin");
  const t = await getTranslations("admin.import");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-2xl">
        {t.rich("intro", { command: COMMAND, code: (chunks: ReactNode) => <code>{chunks}</code> })}
      </p>
      <ImportForm />
    </section>
  );
}
