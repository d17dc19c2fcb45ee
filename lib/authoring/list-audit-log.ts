import "server-only";
import { STEP_CONTENT_SELECT } from "@/lib/content/step-content-select";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type VersionChange, type VersionShape, versionChanges } from "./audit-text";

export const AUDIT_PAGE_SIZE = 25;

export interface AuditPage {
  rows: {
    id: string;
    createdAt: Date;
    action: string;
    entityType: string;
    entityId: string;
    details: unknown;
    actor: { name: string; email: string } | null;
    /** The record's current name (set title, problem title, skill name), if it still exists. */
    name: string | null;
    /** For a problem edit: what changed from the version before. */
    changes?: VersionChange[];
  }[];
  page: number;
  pages: number;
  total: number;
}

/** The audit log, newest first, one page at a time (page is 1-based and clamped), with names to show. */
export async function listAuditLog(prisma: PrismaClient, page: number): Promise<AuditPage> {
  const total = await prisma.auditLog.count();
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = await prisma.auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      details: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const [sets, problems, skills, experiments, platforms] = await Promise.all([
    prisma.problemSet.findMany({ where: { id: { in: ids("ProblemSet") } }, select: { id: true, title: true } }),
    prisma.problem.findMany({
      where: { id: { in: ids("Problem") } },
      select: { id: true, versions: { orderBy: { version: "desc" }, take: 1, select: { title: true } } },
    }),
    prisma.skill.findMany({ where: { id: { in: ids("Skill") } }, select: { id: true, name: true } }),
    prisma.experiment.findMany({ where: { id: { in: ids("Experiment") } }, select: { id: true, name: true } }),
    prisma.ltiPlatform.findMany({ where: { id: { in: ids("LtiPlatform") } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, string>([
    ...sets.map((s) => [`ProblemSet:${s.id}`, s.title] as const),
    ...problems.map((p) => [`Problem:${p.id}`, p.versions[0]?.title ?? ""] as const),
    ...skills.map((s) => [`Skill:${s.id}`, s.name] as const),
    ...experiments.map((x) => [`Experiment:${x.id}`, x.name] as const),
    ...platforms.map((x) => [`LtiPlatform:${x.id}`, x.name] as const),
  ]);
  const withNames = await Promise.all(
    rows.map(async (r) => {
      const name = names.get(`${r.entityType}:${r.entityId}`) ?? null;
      const version = (r.details as { version?: unknown } | null)?.version;
      if (r.action !== "problem.edit" || typeof version !== "number" || version < 2) return { ...r, name };
      const [before, after] = await Promise.all([
        versionShape(prisma, r.entityId, version - 1),
        versionShape(prisma, r.entityId, version),
      ]);
      return { ...r, name, ...(before && after ? { changes: versionChanges(before, after) } : {}) };
    }),
  );
  return { rows: withNames, page: current, pages, total };
}

async function versionShape(prisma: PrismaClient, problemId: string, version: number): Promise<VersionShape | null> {
  const v = await prisma.problemVersion.findFirst({
    where: { problemId, version },
    select: {
      title: true,
      statement: true,
      steps: {
        orderBy: { position: "asc" },
        select: {
          ...STEP_CONTENT_SELECT,
          skills: { select: { skill: { select: { key: true } } } },
        },
      },
    },
  });
  if (!v) return null;
  return {
    title: v.title,
    statement: v.statement,
    steps: v.steps.map((s) => ({
      prompt: s.prompt,
      answer: s.answerSpec,
      hints: s.hints,
      wrongAnswers: s.wrongAnswers,
      skills: s.skills.map((k) => k.skill.key),
    })),
  };
}
