import { pickContentLanguage } from "@/lib/content/translation";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toLocale } from "@/lib/i18n/locales";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState } from "@/lib/tutor/types";
import { loadProblemVersion, translationLanguages } from "./load-problem";
import { tutorTurnData } from "./turn-data";

/**
 * Opens a tutoring session on a problem version with the tutor's greeting as turn 0. The tutor
 * speaks `locale` (the student's language, default "en"); the content is shown in that language
 * when the version is written in it or has a translation to it, else in the version's own
 * language (the session's contentLanguage then differs from its locale: the page shows a notice,
 * see needsLanguageNotice in lib/content/translation.ts). Later turns load the problem in the
 * session's contentLanguage.
 */
export async function startTutoringSession(
  prisma: PrismaClient,
  args: {
    studentId: string;
    problemVersionId: string;
    pickReason?: string | null;
    preview?: boolean;
    locale?: string;
    /** The student's experiment conditions (lib/research/experiments.ts): stored on the session, copied to every turn. */
    conditionIds?: string[];
  },
): Promise<string> {
  // Only a language the app speaks is stored ("es-MX" is Spanish); anything else is English.
  const locale = toLocale(args.locale) ?? "en";
  const original = await loadProblemVersion(prisma, args.problemVersionId);
  const choice = pickContentLanguage(
    original.language,
    await translationLanguages(prisma, args.problemVersionId),
    locale,
  );
  const problem = await loadProblemVersion(prisma, args.problemVersionId, choice.language);
  const state = initialState();
  const { turn } = takeTurn(problem, state, null, 0, { locale });
  return prisma.$transaction(async (tx) => {
    const session = await tx.tutoringSession.create({
      data: {
        studentId: args.studentId,
        problemVersionId: args.problemVersionId,
        state: state as unknown as Prisma.InputJsonValue,
        pickReason: args.pickReason ?? null,
        preview: args.preview ?? false,
        turnCount: 1,
        locale,
        contentLanguage: problem.contentLanguage,
        conditionIds: args.conditionIds ?? [],
      },
      select: { id: true },
    });
    await tx.turn.create({
      data: {
        sessionId: session.id,
        seq: 0,
        ...tutorTurnData(turn, "embedded"),
        conditionIds: args.conditionIds ?? [],
      },
    });
    return session.id;
  });
}
