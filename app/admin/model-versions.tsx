import { ActionForm } from "@/components/admin/action-form";
import type { HeldOutScore } from "@/lib/mastery/evaluate-fit";
import type { ModelVersionRow } from "@/lib/mastery/model-versions";
import { activateModelVersionAction } from "./actions";

const score = (s: HeldOutScore | undefined) => (s ? `${s.auc ?? "n/a"} / ${s.logLoss ?? "n/a"}` : "–");
const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

/**
 * The model versions (decision 015): a fit is a candidate; "Make current" applies the guard
 * (refused with the reason), "Roll back to this version" returns to a previously current one.
 * The server action checks the admin role and the rule; this is only the list.
 */
export function ModelVersions({ versions }: { versions: ModelVersionRow[] }) {
  if (!versions.length) return <p>No model versions yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">
          Held-out scores are AUC / log-loss on students left out of the candidate's fit (5 folds by student), against
          the model current at the fit and the built-in defaults.
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              Version
            </th>
            <th scope="col" className="p-2">
              Status
            </th>
            <th scope="col" className="p-2">
              Attempts
            </th>
            <th scope="col" className="p-2">
              Held-out: candidate
            </th>
            <th scope="col" className="p-2">
              Current at fit
            </th>
            <th scope="col" className="p-2">
              Defaults
            </th>
            <th scope="col" className="p-2">
              Mastery change
            </th>
            <th scope="col" className="p-2">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const e = v.evaluation;
            return (
              <tr key={v.id} className="border-b border-slate-200 align-top">
                <td className="p-2">
                  {v.version}
                  <div className="text-xs text-slate-700">fitted {when(v.createdAt)} UTC</div>
                </td>
                <td className="p-2">
                  {v.status}
                  {v.activatedAt ? (
                    <div className="text-xs text-slate-700">made current {when(v.activatedAt)}</div>
                  ) : null}
                </td>
                <td className="p-2">{v.attempts}</td>
                <td className="p-2">
                  {score(e?.heldOut.candidate)}
                  {e ? (
                    <div className="text-xs text-slate-700">
                      {e.heldOut.attempts} attempts of {e.heldOut.students} students
                    </div>
                  ) : null}
                </td>
                <td className="p-2">
                  {score(e?.heldOut.current)}
                  {e ? (
                    <div className="text-xs text-slate-700">
                      {e.againstVersion ? `version ${e.againstVersion}` : "built-in prior"}
                    </div>
                  ) : null}
                </td>
                <td className="p-2">{score(e?.heldOut.defaults)}</td>
                <td className="p-2">
                  {e ? (
                    <>
                      {e.change.drops} of {e.change.cells} values fall by more than 0.05; largest fall{" "}
                      {e.change.largestDrop.toFixed(2)}; mean change {e.change.meanChange.toFixed(3)}
                      {!e.guard.ok && v.status === "candidate" ? (
                        <div className="text-xs text-red-800">Not activatable: {e.guard.reasons.join(" ")}</div>
                      ) : null}
                    </>
                  ) : (
                    "–"
                  )}
                </td>
                <td className="p-2">
                  {v.status === "current" ? (
                    "In use"
                  ) : (
                    <ActionForm
                      action={activateModelVersionAction}
                      submitLabel={v.activatedAt ? "Roll back to this version" : "Make current"}
                      variant="secondary"
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
