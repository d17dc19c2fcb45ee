import { requireUser } from "@/lib/auth/current-user";
import { importContent } from "@/lib/content/importers/import-content";
import { parseOatutorSkillModel } from "@/lib/content/importers/oatutor";
import { FORMATS, type ImportFormat, type SourceFile } from "@/lib/content/importers/shared";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";

const MAX_BYTES = 25 * 1024 * 1024;

/**
 * POST (multipart) from the import form: format, files (with their folder paths), options.
 * A route handler rather than a server action: content files are larger than an action's
 * default body limit. Same import as `npm run content:import` (one transaction).
 */
export async function POST(request: Request) {
  try {
    const user = await requireUser("admin");
    // Like Next's own check for server actions: the Origin must be this host.
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (origin && host && new URL(origin).host !== host) {
      throw new AppError("forbidden", "Cross-site upload refused.");
    }
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES)
      throw new AppError("bad_request", "That upload is larger than 25 MB.");
    const form = await request.formData();
    const format = String(form.get("format") ?? "") as ImportFormat;
    if (!FORMATS.includes(format)) throw new AppError("bad_request", "Choose a format.");
    const uploads = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    const paths = form.getAll("paths").map(String);
    const files: SourceFile[] = [];
    for (const [i, f] of uploads.entries()) {
      const path = paths[i] || f.name;
      // Figures and other binary files of a content pool are not imported.
      if (!/\.(json|jsonl|csv)$/i.test(path)) continue;
      files.push({ path, text: await f.text() });
    }
    if (files.length === 0) throw new AppError("bad_request", "Choose a file (or, for OATutor, a folder) to import.");
    const skillModelUpload = form.get("skillModel");
    const skillModel =
      skillModelUpload instanceof File && skillModelUpload.size > 0
        ? parseOatutorSkillModel({ path: skillModelUpload.name, text: await skillModelUpload.text() })
        : undefined;
    const result = await importContent(db, {
      format,
      files,
      skillModel,
      skipInvalid: form.get("skipInvalid") === "on",
      draft: form.get("draft") === "on",
      setKey: String(form.get("setKey") ?? "").trim() || undefined,
      actorId: user.id,
      label: `upload by ${user.email}`,
    });
    return Response.json(result);
  } catch (e) {
    const err = publicError(e);
    return Response.json({ code: err.code, message: err.message }, { status: err.status });
  }
}
