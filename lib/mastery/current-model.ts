import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fitModel } from "@/lib/kt/model/fit-model";
import { loadModel } from "@/lib/kt/model/load-model";
import type { KtModel } from "@/lib/kt/types";

export interface CurrentModel {
  model: KtModel;
  /** The KtModelVersion it came from; null for the built-in prior (nothing fitted yet). */
  versionId: string | null;
}

// Fitted versions are immutable: each server keeps the ones it loaded. Which one is the latest
// is re-read at most every few seconds, so a new fit reaches every server quickly.
const loaded = new Map<string, KtModel>();
let latest: { at: number; value: CurrentModel } | null = null;
let prior: KtModel | null = null;
const RECHECK_MS = 5_000;

export async function currentModel(prisma: PrismaClient): Promise<CurrentModel> {
  if (latest && Date.now() - latest.at < RECHECK_MS) return latest.value;
  const row = await prisma.ktModelVersion.findFirst({ orderBy: { version: "desc" }, select: { id: true } });
  let value: CurrentModel;
  if (!row) {
    prior ??= fitModel([]);
    value = { model: prior, versionId: null };
  } else {
    let model = loaded.get(row.id);
    if (!model) {
      const full = await prisma.ktModelVersion.findUniqueOrThrow({ where: { id: row.id }, select: { params: true } });
      model = loadModel(full.params);
      loaded.set(row.id, model);
    }
    value = { model, versionId: row.id };
  }
  latest = { at: Date.now(), value };
  return value;
}

/** After a fit in this process: use the new version at once. */
export function forgetCurrentModel(): void {
  latest = null;
}
