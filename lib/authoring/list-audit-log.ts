import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

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
  }[];
  page: number;
  pages: number;
  total: number;
}

/** The audit log, newest first, one page at a time (page is 1-based and clamped). */
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
  return { rows, page: current, pages, total };
}
