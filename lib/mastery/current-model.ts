import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fitModel } from "@/lib/kt/model/fit-model";
import { loadModel } from "@/lib/kt/model/load-model";
import type { KtModel } from "@/lib/kt/types";

export interface CurrentModel {
  model: KtModel;
  /** The KtModelVersion it came from; null for the built-in prior (nothing fitted yet). */
  versionId: string | null;
}

// Fitted versions are immutable: each server keeps the ones it loaded. Which one is current
// (status "current", decision 015; a fit only adds a candidate) is re-read at most every few
// seconds, so an activation or a rollback reaches every server quickly.
const loaded = new Map<string, KtModel>();
let latest: { at: number; value: CurrentModel } | null = null;
let prior: KtModel | null = null;
const RECHECK_MS = 5_000;

export async function currentModel(prisma: PrismaClient): Promise<CurrentModel> {
  if (latest && Date.now() - latest.at < RECHECK_MS) return latest.value;
  // One current version is kept by lib/mastery/model-versions.ts; the highest wins should two be.
  const row = await prisma.ktModelVersion.findFirst({
    where: { status: "current" },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  const value: CurrentModel = row
    ? { model: await loadVersion(prisma, row.id), versionId: row.id }
    : { model: defaultModel(), versionId: null };
  latest = { at: Date.now(), value };
  return value;
}

/** The built-in prior, fitModel([]): what mastery uses while no version is current. */
export function defaultModel(): KtModel {
  prior ??= fitModel([]);
  return prior;
}

/** Any stored version's model (current or not), loaded once per server. */
export async function loadVersion(prisma: PrismaClient, versionId: string): Promise<KtModel> {
  let model = loaded.get(versionId);
  if (!model) {
    const full = await prisma.ktModelVersion.findUniqueOrThrow({ where: { id: versionId }, select: { params: true } });
    model = loadModel(full.params);
    loaded.set(versionId, model);
  }
  return model;
}

/** After an activation or rollback in this process: use the new current version at once. */
export function forgetCurrentModel(): void {
  latest = null;
}
