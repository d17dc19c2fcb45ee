import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { type ClassHeader, findClass, type Viewer } from "@/lib/teach/access";
import { isId } from "@/lib/validation/text";

/**
 * Exports answer to the same rules as the pages: a teacher or admin (401 / 403), the class
 * scoped to the viewer (404 otherwise), then the file, never cached. The files are for machines
 * too: CSV column headers and JSON field names stay in English (lib/teach/export-class-data.ts);
 * an error reads in the reader's language.
 */
export async function exportForClass(
  classId: string,
  make: (viewer: Viewer, cls: ClassHeader) => Promise<{ body: string; type: string; filename: string }>,
): Promise<Response> {
  try {
    const viewer = await requireUser("teacher", "admin");
    // Junk in the URL (NUL, 5000 characters) names no class; it never reaches the database.
    const cls = isId(classId) ? await findClass(db, viewer, classId) : null;
    if (!cls)
      throw new AppError("not_found", "That class doesn't exist.", undefined, { key: "teach.errors.classNotFound" });
    const file = await make(viewer, cls);
    return new Response(file.body, {
      headers: {
        "content-type": file.type,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    const err = publicError(e, await requestTranslator());
    return Response.json({ error: err.message }, { status: err.status, headers: { "cache-control": "no-store" } });
  }
}

export const today = () => new Date().toISOString().slice(0, 10);
