import { db } from "@/lib/db/client";
import { masteryCsv } from "@/lib/teach/export-class-data";
import { fileSlug } from "@/lib/teach/to-csv";
import { exportForClass, today } from "../../../../export-response";

/** GET: mastery per student and class skill as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  return exportForClass(classId, async (_viewer, cls) => ({
    body: await masteryCsv(db, cls),
    type: "text/csv; charset=utf-8",
    filename: `${fileSlug(cls.name)}-mastery-${today()}.csv`,
  }));
}
