import { AppError } from "@/lib/errors";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

/** Who is making an authoring change (the signed-in user). */
export interface Actor {
  id: string;
  role: Role;
}

export type Tx = Prisma.TransactionClient;

/**
 * Authoring is for admins. Every action checks this at its top (requireUser("admin")); the
 * domain functions check it again, so no caller can forget.
 */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== "admin")
    throw new AppError("forbidden", "Only admins can change content.", undefined, { key: "admin.errors.adminsOnly" });
}

/** One row of the audit log: who did what to which record, and the details that matter. */
export async function recordAudit(
  tx: Tx,
  actor: Actor,
  action: string,
  entity: { type: string; id: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      action,
      entityType: entity.type,
      entityId: entity.id,
      details: details as Prisma.InputJsonValue,
    },
  });
}
