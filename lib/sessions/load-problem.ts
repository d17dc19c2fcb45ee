import type { PrismaClient } from "@/lib/generated/prisma/client";
import { answerSpec } from "@/lib/tutor/answers/spec";
import type { TutorProblem } from "@/lib/tutor/types";

export interface LoadedProblem extends TutorProblem {
  versionId: string;
  /** Database ids of the steps, in order (attempt records point at them). */
  stepIds: string[];
  /** Skill ids of each step, in order (knowledge tracing updates them). */
  stepSkills: string[][];
  problemId: string;
  source: { name?: string; url?: string; licence?: string; attribution?: string } | null;
}

// Problem versions never change once written (edits make a new version), so every server can
// keep the ones it has loaded: the cache needs no invalidation and holds no shared state.
const cache = new Map<string, LoadedProblem>();
const MAX_CACHED = 2000;

export async function loadProblemVersion(prisma: PrismaClient, versionId: string): Promise<LoadedProblem> {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const v = await prisma.problemVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      id: true,
      problemId: true,
      title: true,
      statement: true,
      source: true,
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          skills: { select: { skillId: true } },
          prompt: true,
          answerSpec: true,
          hints: { orderBy: { position: "asc" }, select: { kind: true, text: true, scaffoldAnswer: true } },
          wrongAnswers: { orderBy: { position: "asc" }, select: { match: true, feedback: true, misconception: true } },
        },
      },
    },
  });
  const problem: LoadedProblem = {
    versionId: v.id,
    problemId: v.problemId,
    title: v.title,
    statement: v.statement,
    source: (v.source as LoadedProblem["source"]) ?? null,
    stepIds: v.steps.map((s) => s.id),
    stepSkills: v.steps.map((s) => s.skills.map((k) => k.skillId)),
    steps: v.steps.map((s) => ({
      prompt: s.prompt,
      answer: answerSpec.parse(s.answerSpec),
      hints: s.hints.map((h) => ({
        kind: h.kind,
        text: h.text,
        answer: h.scaffoldAnswer ? answerSpec.parse(h.scaffoldAnswer) : undefined,
      })),
      wrongAnswers: s.wrongAnswers,
    })),
  };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(versionId, problem);
  return problem;
}
