import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The per-deployment research salt: RESEARCH_SALT when set, else one generated on first use and
 * stored (ResearchSetting "default"; two first uses racing agree on the row that won). Used for
 * pseudonyms and experiment assignment; never exported, never shown.
 */
export async function researchSalt(prisma: PrismaClient): Promise<string> {
  const fromEnv = env().RESEARCH_SALT;
  if (fromEnv) return fromEnv;
  const salt = randomBytes(32).toString("hex");
  await prisma.$executeRaw`INSERT INTO "ResearchSetting" ("id", "salt") VALUES ('default', ${salt})
                           ON CONFLICT ("id") DO NOTHING`;
  const row = await prisma.researchSetting.findUniqueOrThrow({ where: { id: "default" }, select: { salt: true } });
  return row.salt;
}
