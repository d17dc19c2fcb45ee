import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { exportRequestSchema, resolveExportScope } from "@/lib/research/export-scope";
import { ktLines } from "@/lib/research/kt-export";
import { datashopLines } from "@/lib/research/load-transactions";
import { researchSalt } from "@/lib/research/salt";
import { streamLines } from "@/lib/research/stream-lines";
import { fileSlug } from "@/lib/teach/to-csv";

/**
 * GET ?format=datashop|kt[&class=<id>|&set=<id>]: the research file, streamed as a download.
 * A teacher exports their own class, an admin any class, a problem set or everything
 * (lib/research/export-scope.ts); students are refused. Students appear only as pseudonyms.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const viewer = await requireUser("teacher", "admin");
    const q = new URL(request.url).searchParams;
    const parsed = exportRequestSchema.safeParse({
      format: q.get("format") ?? undefined,
      classId: q.get("class") ?? undefined,
      setId: q.get("set") ?? undefined,
    });
    if (!parsed.success)
      throw new AppError("bad_request", "Choose the format datashop or kt, and at most one class or set.", undefined, {
        key: "admin.research.errors.badRequest",
      });
    const scope = await resolveExportScope(db, viewer, parsed.data);
    const salt = await researchSalt(db);
    const datashop = parsed.data.format === "datashop";
    const lines = datashop ? datashopLines(db, scope.where, salt) : ktLines(db, scope.where, salt);
    const name = `${fileSlug(scope.label)}-${datashop ? "datashop" : "kt"}-${new Date().toISOString().slice(0, 10)}.${datashop ? "txt" : "tsv"}`;
    return new Response(streamLines(lines), {
      headers: {
        "content-type": "text/tab-separated-values; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    const err = publicError(e, await requestTranslator());
    return Response.json({ error: err.message }, { status: err.status, headers: { "cache-control": "no-store" } });
  }
}
