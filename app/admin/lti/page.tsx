import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { GRACE_MS } from "@/lib/lti/keys";
import { listPlatforms, toolUrls } from "@/lib/lti/platforms";
import { deletePlatformAction, registrationLinkAction, rotateKeyAction, savePlatformAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.lti");
  return { title: t("metaTitle") };
}

async function origin(): Promise<string> {
  const configured = env().PUBLIC_URL;
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (env().COOKIE_SECURE === "1" ? "https" : "http");
  return `${proto}://${host}`;
}

const input = "rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm";

function PlatformFields({
  t,
  p,
}: {
  t: Awaited<ReturnType<typeof getTranslations<"admin.lti">>>;
  p?: Awaited<ReturnType<typeof listPlatforms>>[number];
}) {
  const id = p?.id ?? "new";
  const fields = [
    ["name", p?.name],
    ["issuer", p?.issuer],
    ["clientId", p?.clientId],
    ["authEndpoint", p?.authEndpoint],
    ["tokenEndpoint", p?.tokenEndpoint],
    ["jwksUrl", p?.jwksUrl],
  ] as const;
  return (
    <>
      {p ? <input type="hidden" name="id" value={p.id} /> : null}
      {fields.map(([name, value]) => (
        <div key={name} className="flex flex-col gap-1">
          <label htmlFor={`${id}-${name}`} className="text-sm font-medium">
            {t(`fields.${name}`)}
          </label>
          <input id={`${id}-${name}`} name={name} defaultValue={value ?? ""} className={input} required />
        </div>
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-deploymentIds`} className="text-sm font-medium">
          {t("fields.deploymentIds")}
        </label>
        <textarea
          id={`${id}-deploymentIds`}
          name="deploymentIds"
          rows={2}
          defaultValue={p?.deployments.map((d) => d.deploymentId).join("\n") ?? ""}
          className={input}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-frameOrigins`} className="text-sm font-medium">
          {t("fields.frameOrigins")}
        </label>
        <input id={`${id}-frameOrigins`} name="frameOrigins" defaultValue={p?.frameOrigins ?? ""} className={input} />
      </div>
    </>
  );
}

/** LTI 1.3: the tool's URLs for the LMS, registered platforms and deployments, the signing keys. */
export default async function LtiAdminPage() {
  await requirePageUser("admin");
  const t = await getTranslations("admin.lti");
  const urls = toolUrls(await origin());
  const platforms = await listPlatforms(db);
  const keys = await db.ltiToolKey.findMany({
    where: { OR: [{ active: true }, { retiredAt: { gt: new Date(Date.now() - GRACE_MS) } }] },
    orderBy: { createdAt: "desc" },
    select: { kid: true, active: true, createdAt: true },
  });
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div>
        <h2 className="text-lg font-semibold">{t("urlsTitle")}</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {Object.entries(urls).map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium">{t(`urls.${k as keyof typeof urls}`)}</dt>
              <dd>
                <code data-testid={`lti-url-${k}`}>{v}</code>
              </dd>
            </div>
          ))}
        </dl>
      </div>

      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("dynamicTitle")}</h2>
        <p className="text-sm text-slate-700">{t("dynamicIntro")}</p>
        <ActionForm action={registrationLinkAction} submitLabel={t("makeRegistrationLink")} variant="secondary" />
      </div>

      <div className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("platformsTitle")}</h2>
        {platforms.length === 0 ? <p className="text-sm">{t("none")}</p> : null}
        {platforms.map((p) => (
          <details key={p.id} className="rounded border border-slate-300 bg-white p-3">
            <summary className="cursor-pointer font-medium">
              {t("platformSummary", { name: p.name, issuer: p.issuer, count: p.deployments.length })}
            </summary>
            <div className="mt-3 flex flex-col gap-3">
              <ActionForm action={savePlatformAction} submitLabel={t("save")}>
                <PlatformFields t={t} p={p} />
              </ActionForm>
              <ActionForm action={deletePlatformAction} submitLabel={t("delete")} variant="danger">
                <input type="hidden" name="id" value={p.id} />
              </ActionForm>
            </div>
          </details>
        ))}
        <h3 className="font-semibold">{t("addTitle")}</h3>
        <ActionForm action={savePlatformAction} submitLabel={t("add")}>
          <PlatformFields t={t} />
        </ActionForm>
      </div>

      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("keysTitle")}</h2>
        <p className="text-sm text-slate-700">{t("keysIntro")}</p>
        <ul className="text-sm">
          {keys.map((k) => (
            <li key={k.kid}>
              <code>{k.kid}</code> {k.active ? t("keyActive") : t("keyRetired")}
            </li>
          ))}
        </ul>
        <ActionForm action={rotateKeyAction} submitLabel={t("rotate")} variant="secondary" />
      </div>
    </section>
  );
}
