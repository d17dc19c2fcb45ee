import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { requestLocale } from "@/lib/i18n/resolve-locale";
import { findClass } from "@/lib/teach/access";
import { loadLiveClass } from "@/lib/teach/load-live-class";
import { isId } from "@/lib/validation/text";

const noStore = { "cache-control": "private, no-store", "x-content-type-options": "nosniff" };

/**
 * GET: what every student of the class is doing now (the live view polls it, decision 018).
 * The same rules as the class pages: a teacher or admin (401 / 403), the class scoped to the
 * viewer (404 otherwise, as for a class that does not exist); never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  try {
    const { classId } = await params;
    const viewer = await requireUser("teacher", "admin");
    const cls = isId(classId) ? await findClass(db, viewer, classId) : null;
    if (!cls)
      throw new AppError("not_found", "That class doesn't exist.", undefined, { key: "teach.errors.classNotFound" });
    return Response.json(await loadLiveClass(db, cls, new Date(), await requestLocale()), { headers: noStore });
  } catch (e) {
    const err = publicError(e, await requestTranslator());
    return Response.json({ error: err.message }, { status: err.status, headers: noStore });
  }
}
