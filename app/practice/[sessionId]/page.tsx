import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TutorChat } from "@/components/tutor/tutor-chat";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { buildSessionView } from "@/lib/sessions/session-view";
import { shuffleChoices } from "@/lib/tutor/shuffle-choices";
import { sessionStateSchema } from "@/lib/tutor/types";
import { startPracticeAction } from "../actions";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticeSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const user = await requirePageUser("student");
  const { sessionId } = await params;
  const session = await db.tutoringSession.findFirst({
    where: { id: sessionId, studentId: user.id, preview: false },
    select: {
      id: true,
      preview: true,
      state: true,
      problemVersionId: true,
      turns: { orderBy: { seq: "asc" }, select: { seq: true, role: true, text: true, stepIndex: true } },
    },
  });
  if (!session) notFound();
  // The options in this session's order, the order submitTurn checks against.
  const problem = shuffleChoices(await loadProblemVersion(db, session.problemVersionId), session.id);
  const view = buildSessionView(session, problem, sessionStateSchema.parse(session.state), session.turns);
  return <TutorChat initial={view} nextProblemAction={startPracticeAction} />;
}
