import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fitModel } from "@/lib/kt/model/fit-model";
import { loadModel } from "@/lib/kt/model/load-model";
import { loadSimpleBkt } from "@/lib/kt/model/simple-bkt";
import type { KtModel } from "@/lib/kt/types";
import { processWide } from "@/lib/process-wide";

export interface CurrentModel {
  model: KtModel;
  /** The KtModelVersion it came from; null for the built-in prior (nothing fitted yet). */
  versionId: string | null;
  /**
   * The picker's detector of "learnt" fitted with that version (per-skill BKT by EM on the same
   * attempts; decision 023), or null: the built-in prior, or a version stored before fits had one.
   */
  detector: KtModel | null;
}

// Fitted versions are immutable: each server keeps the ones it loaded. Which one is current
// (status "current", decision 015; a fit only adds a candidate) is re-read at most every few
// seconds, so an activation or a rollback reaches every server quickly.
// Per process, not per module copy (lib/process-wide.ts): an activation forgets it everywhere.
const state = processWide("current-model", () => ({
  loaded: new Map<string, { model: KtModel; detector: KtModel | null }>(),
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
    ? { ...(await loadVersionParts(prisma, row.id)), versionId: row.id }
    : { model: defaultModel(), versionId: null, detector: null };
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
  return (await loadVersionParts(prisma, versionId)).model;
}

/** A stored version's model and detector (params.detector, absent in versions stored before it). */
async function loadVersionParts(
  prisma: PrismaClient,
  versionId: string,
): Promise<{ model: KtModel; detector: KtModel | null }> {
  let parts = loaded.get(versionId);
  if (!parts) {
    const full = await prisma.ktModelVersion.findUniqueOrThrow({ where: { id: versionId }, select: { params: true } });
    const params = full.params as Record<string, unknown> | null;
    const stored = params && typeof params === "object" && "detector" in params ? params.detector : undefined;
    parts = { model: loadModel(full.params), detector: stored === undefined ? null : readDetector(versionId, stored) };
    loaded.set(versionId, parts);
  }
  return parts;
}

/**
 * A stored detector, or null if it does not load: the detector only steers the picker (which
 * then keeps the score rule), so a bad one must not stop mastery, turns and reports from loading.
 */
function readDetector(versionId: string, stored: unknown): KtModel | null {
  try {
    return loadSimpleBkt(stored);
  } catch (e) {
    console.warn(`model version ${versionId}: picker detector not loaded (${e instanceof Error ? e.message : e})`);
    return null;
  }
}

/** After an activation or rollback in this process: use the new current version at once. */
export function forgetCurrentModel(): void {
  state.latest = null;
}
