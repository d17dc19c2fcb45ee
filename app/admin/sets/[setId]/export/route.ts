import { requireUser } from "@/lib/auth/current-user";
import { exportProblemSet, serializeBundle } from "@/lib/content/export-bundle";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { isId } from "@/lib/validation/text";

/** GET: the set as a Stepwise bundle (what `npm run content:export` writes), for admins. */
export async function GET(_request: Request, ctx: { params: Promise<{ setId: string }> }) {
  try {
    await requireUser("admin");
    const { setId } = await ctx.params;
    const set = isId(setId) ? await db.problemSet.findUnique({ where: { id: setId }, select: { key: true } }) : null;
    if (!set) throw new AppError("not_found", "No such problem set.", undefined, { key: "admin.errors.noSuchSet" });
    const body = serializeBundle(await exportProblemSet(db, set.key));
    return new Response(body, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${set.key}.json"`,
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    const err = publicError(e, await requestTranslator());
    return Response.json({ code: err.code, message: err.message }, { status: err.status });
  }
}
