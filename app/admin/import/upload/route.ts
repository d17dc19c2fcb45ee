import { requireUser } from "@/lib/auth/current-user";
import { type ImportReply, importErrorInWords, skippedInWords } from "@/lib/authoring/import-text";
import { contentKey } from "@/lib/content/format";
import { importContent } from "@/lib/content/importers/import-content";
import { parseOatutorSkillModel } from "@/lib/content/importers/oatutor";
import { FORMATS, type ImportFormat, type SourceFile } from "@/lib/content/importers/shared";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { readMultipartWithLimit } from "@/lib/validation/read-body";
import { assertSameOrigin } from "@/lib/validation/same-origin";
import { stripControls, stripJsonControls } from "@/lib/validation/text";

const MAX_BYTES = 25 * 1024 * 1024;

/**
 * POST (multipart) from the import form: format, files (with their folder paths), options.
 * A route handler rather than a server action: content files are larger than an action's
 * default body limit. Same import as `npm run content:import` (one transaction).
 */
export async function POST(request: Request) {
  try {
    // Like Next's own check for server actions: the Origin must be this host.
    assertSameOrigin(request);
    const user = await requireUser("admin");
    // Counted while it is read (413 past 25 MB, whatever Content-Length says); 400 if not a form.
    const form = await readMultipartWithLimit(request, MAX_BYTES);
    const format = String(form.get("format") ?? "") as ImportFormat;
    if (!FORMATS.includes(format))
      throw new AppError("bad_request", "Choose a format.", undefined, { key: "admin.import.chooseFormat" });
    const uploads = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    const paths = form.getAll("paths").map((p) => stripControls(String(p), { singleLine: true }));
    const files: SourceFile[] = [];
    for (const [i, f] of uploads.entries()) {
      const path = paths[i] || stripControls(f.name, { singleLine: true });
      // Figures and other binary files of a content pool are not imported.
      if (!/\.(json|jsonl|csv)$/i.test(path)) continue;
      files.push({ path, text: cleanFileText(path, await f.text()) });
    }
    if (files.length === 0)
      throw new AppError("bad_request", "Choose a file (or, for OATutor, a folder) to import.", undefined, {
        key: "admin.import.chooseFile",
      });
    const skillModelUpload = form.get("skillModel");
    const skillModel =
      skillModelUpload instanceof File && skillModelUpload.size > 0
        ? parseOatutorSkillModel({
            path: stripControls(skillModelUpload.name, { singleLine: true }),
            text: stripJsonControls(await skillModelUpload.text()),
          })
        : undefined;
    // The form's own field, checked before any file is read: its error names the field, not a file.
    const setKey = stripControls(String(form.get("setKey") ?? ""), { singleLine: true }).trim() || undefined;
    if (setKey !== undefined && !contentKey.safeParse(setKey).success)
      throw new AppError(
        "bad_request",
        "The problem-set key can use only lowercase letters, digits, '.', '_' or '-'.",
        undefined,
        {
          key: "admin.import.badSetKey",
        },
      );
    const result = await importContent(db, {
      format,
      files,
      skillModel,
      skipInvalid: form.get("skipInvalid") === "on",
      // Imported sets are drafts unless the admin asks to publish them right away.
      draft: form.get("publish") !== "on",
      setKey,
      actorId: user.id,
      label: `upload by ${user.email}`,
    });
    const t = await requestTranslator();
    return Response.json({
      published: form.get("publish") === "on",
      counts: result.counts,
      changes: result.summary.changes,
      summary: { newVersions: result.summary.newVersions, translations: result.summary.translations },
      skipped: result.skipped.map((s) => skippedInWords(s, t)),
    } satisfies ImportReply);
  } catch (e) {
    const t = await requestTranslator();
    const { status, body } = importErrorInWords(e, t, (x) => publicError(x, t));
    return Response.json(body, { status });
  }
}

/** Control characters out of the content (PostgreSQL refuses NUL; the rest has no place in it). */
function cleanFileText(path: string, text: string): string {
  return /\.csv$/i.test(path) ? stripControls(text) : stripJsonControls(text);
}
