import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { deepLinkChoices, findDeepLinkRequest } from "@/lib/lti/deep-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach.deepLink");
  return { title: t("metaTitle") };
}

/** Deep Linking 2.0: the teacher picks the problem set the LMS link will open. */
export default async function DeepLinkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("teacher", "admin");
  const request = await findDeepLinkRequest(db, user.id, id);
  if (!request) notFound();
  const [t, sets] = await Promise.all([getTranslations("teach.deepLink"), deepLinkChoices(db)]);
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-4 p-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {sets.length === 0 ? <p>{t("none")}</p> : null}
      <form method="post" action="/api/lti/deep-link" className="flex flex-col gap-3">
        <input type="hidden" name="requestId" value={request.id} />
        <fieldset className="flex flex-col gap-2">
          <legend className="font-medium">{t("legend")}</legend>
          {sets.map((s, i) => (
            <label key={s.id} className="flex items-start gap-2 rounded border border-slate-300 bg-white p-2">
              <input type="radio" name="problemSetId" value={s.id} defaultChecked={i === 0} className="mt-1" />
              <span>
                <span className="font-medium">{s.title}</span>
                {s.description ? <span className="block text-sm text-slate-700">{s.description}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
            {t("submit")}
          </button>
        </div>
      </form>
    </main>
  );
}
