import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { transcriptJson } from "@/lib/teach/export-class-data";
import { loadTranscript } from "@/lib/teach/load-transcript";
import { fileSlug } from "@/lib/teach/to-csv";
import { isId } from "@/lib/validation/text";
import { exportForClass } from "../../../../../export-response";

/**
 * GET: one transcript as JSON (turns with codes and their words, steps, attempts, flags). A
 * machine-readable file: its field names and the labels' words stay in English whatever the
 * reader's language (loadTranscript's default); an error reads in the reader's language.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string; sessionId: string }> }) {
  const { classId, sessionId } = await params;
  return exportForClass(classId, async (viewer, cls) => {
    const t = isId(sessionId) ? await loadTranscript(db, viewer, cls, sessionId) : null;
    if (!t)
      throw new AppError("not_found", "That transcript doesn't exist.", undefined, {
        key: "teach.errors.transcriptNotFound",
      });
    return {
      body: JSON.stringify(transcriptJson(t), null, 2),
      type: "application/json; charset=utf-8",
      filename: `transcript-${fileSlug(t.student.name)}-${t.id}.json`,
    };
  });
}
