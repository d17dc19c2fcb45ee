import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ActionForm } from "@/components/admin/action-form";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { HeldOutScore } from "@/lib/mastery/evaluate-fit";
import { DETECTOR_MIN_ATTEMPTS, DETECTOR_MIN_STUDENTS } from "@/lib/mastery/fit-from-attempts";
import type { ModelVersionRow } from "@/lib/mastery/model-versions";
import { activateModelVersionAction } from "./actions";

const COLUMNS = ["version", "status", "attempts", "candidate", "currentAtFit", "defaults", "change", "action"] as const;

/**
 * The model versions (decision 015): a fit is a candidate; "Make current" applies the guard
 * (refused with the reason), "Roll back to this version" returns to a previously current one.
 * The server action checks the admin role and the rule; this is only the list.
 */
export function ModelVersions({ versions }: { versions: ModelVersionRow[] }) {
  const t = useTranslations("admin.versions");
  const na = useTranslations("admin.common")("notAvailable");
  const format = useFormatter();
  const locale = useLocale();
  const when = (d: Date) => formatDateTime(d, locale);
  const score = (s: HeldOutScore | undefined) => (s ? `${s.auc ?? na} / ${s.logLoss ?? na}` : "–");
  const decimals = (n: number, digits: number) =>
    format.number(n, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (!versions.length) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-start text-sm">
        <caption className="mb-2 text-start text-slate-700">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="p-2">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const e = v.evaluation;
            return (
              <tr key={v.id} className="border-b border-slate-200 align-top">
                <td className="p-2">
                  {v.version}
                  <div className="text-xs text-slate-700">{t("fitted", { at: when(v.createdAt) })}</div>
                </td>
                <td className="p-2">
                  {t("status", { status: v.status })}
                  {v.activatedAt ? (
                    <div className="text-xs text-slate-700">{t("madeCurrent", { at: when(v.activatedAt) })}</div>
                  ) : null}
                </td>
                <td className="p-2">
                  {format.number(v.attempts)}
                  <div className="text-xs text-slate-700">
                    {t("picker", {
                      detector: v.detector ? "yes" : "no",
                      students: DETECTOR_MIN_STUDENTS,
                      attempts: format.number(DETECTOR_MIN_ATTEMPTS),
                    })}
                  </div>
                </td>
                <td className="p-2">
                  {score(e?.heldOut.candidate)}
                  {e ? (
                    <div className="text-xs text-slate-700">
                      {t("heldOutOf", { attempts: e.heldOut.attempts, students: e.heldOut.students })}
                    </div>
                  ) : null}
                </td>
                <td className="p-2">
                  {score(e?.heldOut.current)}
                  {e ? (
                    <div className="text-xs text-slate-700">
                      {e.againstVersion ? t("againstVersion", { version: e.againstVersion }) : t("builtInPrior")}
                    </div>
                  ) : null}
                </td>
                <td className="p-2">{score(e?.heldOut.defaults)}</td>
                <td className="p-2">
                  {e ? (
                    <>
                      {t("change", {
                        drops: e.change.drops,
                        cells: e.change.cells,
                        largest: decimals(e.change.largestDrop, 2),
                        mean: decimals(e.change.meanChange, 3),
                      })}
                      {!e.guard.ok && v.status === "candidate" ? (
                        <div className="text-xs text-red-800">
                          {t("notActivatable", { reasons: e.guard.reasons.join(" ") })}
                        </div>
                      ) : null}
                    </>
                  ) : (
                    "–"
                  )}
                </td>
                <td className="p-2">
                  {v.status === "current" ? (
                    t("inUse")
                  ) : (
                    <ActionForm
                      action={activateModelVersionAction}
                      submitLabel={v.activatedAt ? t("rollBack") : t("makeCurrent")}
                      variant="secondary"
                      disabled={v.status === "candidate" && Boolean(e && !e.guard.ok)}
                    >
                      <input type="hidden" name="versionId" value={v.id} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
