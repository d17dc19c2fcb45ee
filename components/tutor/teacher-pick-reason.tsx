import { getLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { pickReasonText } from "@/lib/kt/pick/pick-reason-text";

/**
 * Why a session's problem was picked, for a teacher: the precise wording with the numbers, in
 * the teacher's language, from the pick's key + values (the same key the student reads in
 * friendly words). A session picked before keys (or without a linked pick) shows its stored
 * English text. The caller has already checked the teacher's right to this session.
 */
export async function TeacherPickReason({ sessionId, fallback }: { sessionId: string; fallback: string }) {
  const pick = await db.problemPick.findFirst({
    where: { sessionId },
    orderBy: { createdAt: "desc" },
    select: { reason: true, reasonKey: true, reasonParams: true },
  });
  return <>{pickReasonText(pick ?? { reason: fallback }, "teacher", await getLocale()) ?? fallback}</>;
}
