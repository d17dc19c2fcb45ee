import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { findClass, type Viewer } from "@/lib/teach/access";
import { idField } from "@/lib/validation/text";
import { allSessions, classSessions, setSessions } from "./scope-where";

/** What a research export covers: one class, one problem set, or everything. */
export const exportRequestSchema = z.object({
  format: z.enum(["datashop", "kt"]),
  classId: idField().optional(),
  setId: idField().optional(),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export interface ResolvedScope {
  /** The sessions the file is made of (never previews). */
  where: Prisma.TutoringSessionWhereInput;
  /** For the file name: the class's or set's name, or "all". */
  label: string;
}

/**
 * Who may export what: a class's teacher (or an admin) that class; only an admin a problem set
 * or everything. A class the viewer may not open is "not found" (as on the dashboard); a student
 * is refused.
 */
export async function resolveExportScope(
  prisma: PrismaClient,
  viewer: Viewer,
  req: { classId?: string; setId?: string },
): Promise<ResolvedScope> {
  if (viewer.role === "student")
    throw new AppError("forbidden", "You don't have access to that.", undefined, { key: "teach.errors.forbidden" });
  if (req.classId && req.setId)
    throw new AppError("bad_request", "Export a class or a problem set, not both.", undefined, {
      key: "admin.research.errors.oneScope",
    });
  if (req.classId) {
    const cls = await findClass(prisma, viewer, req.classId);
    if (!cls)
      throw new AppError("not_found", "That class doesn't exist.", undefined, { key: "teach.errors.classNotFound" });
    return {
      where: classSessions(cls.id),
      label: cls.name,
    };
  }
  if (viewer.role !== "admin")
    throw new AppError("forbidden", "Only an admin can export a problem set or everything.", undefined, {
      key: "admin.research.errors.adminOnly",
    });
  if (req.setId) {
    const set = await prisma.problemSet.findUnique({ where: { id: req.setId }, select: { id: true, title: true } });
    if (!set)
      throw new AppError("not_found", "That problem set doesn't exist.", undefined, {
        key: "admin.research.errors.setNotFound",
      });
    return { where: setSessions(set.id), label: set.title };
  }
  return { where: allSessions, label: "all" };
}
