import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fitModel } from "@/lib/kt/model/fit-model";
import { loadModel } from "@/lib/kt/model/load-model";
import type { KtModel } from "@/lib/kt/types";
import { processWide } from "@/lib/process-wide";

export interface CurrentModel {
  model: KtModel;
  /** The KtModelVersion it came from; null for the built-in prior (nothing fitted yet). */
  versionId: string | null;
}

// Fitted versions are immutable: each server keeps the ones it loaded. Which one is current
// (status "current", decision 015; a fit only adds a candidate) is re-read at most every few
// seconds, so an activation or a rollback reaches every server quickly.
// Per process, not per module copy (lib/process-wide.ts): an activation forgets it everywhere.
const state = processWide("current-model", () => ({
  loaded: new Map<string, KtModel>(),
  latest: null as { at: number; value: CurrentModel } | null,
  prior: null as KtModel | null,
}));
const loaded = state.loaded;
const RECHECK_MS = 5_000;

export async function currentModel(prisma: PrismaClient): Promise<CurrentModel> {
  if (state.latest && Date.now() - state.latest.at < RECHECK_MS) return state.latest.value;
  // One current version is kept by lib/mastery/model-versions.ts; the highest wins should two be.
  const row = await prisma.ktModelVersion.findFirst({
    where: { status: "current" },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  const value: CurrentModel = row
    ? { model: await loadVersion(prisma, row.id), versionId: row.id }
    : { model: defaultModel(), versionId: null };
  state.latest = { at: Date.now(), value };
  return value;
}

/** The built-in prior, fitModel([]): what mastery uses while no version is current. */
export function defaultModel(): KtModel {
  state.prior ??= fitModel([]);
  return state.prior;
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
  state.latest = null;
}
