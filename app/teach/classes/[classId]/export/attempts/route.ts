import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findStudentInClass } from "@/lib/teach/access";
import { attemptsCsv } from "@/lib/teach/export-class-data";
import { fileSlug } from "@/lib/teach/to-csv";
import { isId } from "@/lib/validation/text";
import { exportForClass, today } from "../../../../export-response";

/** GET: the class's attempts as CSV (?student=<id> for one student of the class). */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const student = new URL(request.url).searchParams.get("student");
  return exportForClass(classId, async (viewer, cls) => {
    let suffix = "";
    if (student) {
      const s = isId(student) ? await findStudentInClass(db, viewer, cls.id, student) : null;
      if (!s)
        throw new AppError("not_found", "That student isn't in this class.", undefined, {
          key: "teach.errors.studentNotInClass",
        });
      suffix = `-${fileSlug(s.name)}`;
    }
    return {
      body: await attemptsCsv(db, cls, student ?? undefined),
      type: "text/csv; charset=utf-8",
      filename: `${fileSlug(cls.name)}${suffix}-attempts-${today()}.csv`,
    };
  });
}
