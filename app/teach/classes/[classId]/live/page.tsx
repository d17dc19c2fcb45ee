import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClassHeader } from "@/components/teach/class-header";
import { LiveClass } from "@/components/teach/live-class";
import { db } from "@/lib/db/client";
import { IDLE_MINUTES, STUCK_SILENT_MINUTES, STUCK_WRONG_IN_ROW } from "@/lib/teach/live-status";
import { loadLiveClass } from "@/lib/teach/load-live-class";
import { loadPageClass } from "../../../load-page-class";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach");
  return { title: t("meta.live") };
}

/** The class during a lesson: who works on what, who is stuck now (decision 018). */
export default async function LivePage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { cls } = await loadPageClass(classId);
  const [t, locale] = await Promise.all([getTranslations("teach.live"), getLocale()]);
  const initial = await loadLiveClass(db, cls, new Date(), locale);
  return (
    <section className="flex flex-col gap-4">
      <ClassHeader cls={cls} current="live" title={t("title", { name: cls.name })} />
      <p className="text-sm text-slate-700">
        {t("explanation", { wrong: STUCK_WRONG_IN_ROW, silent: STUCK_SILENT_MINUTES, idle: IDLE_MINUTES })}
      </p>
      <LiveClass classId={cls.id} initial={initial} />
    </section>
  );
}
