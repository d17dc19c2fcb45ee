import type { EasinessTable } from "./compute-easiness";
import { buildLayout } from "./feature-layout";
import { DEFAULT_CONFIG, type ModelConfig } from "./model-config";
import { MODEL_KIND, StepwiseModel } from "./stepwise-model";
import { validateConfig } from "./validate-config";

function fail(detail: string): never {
  throw new Error(`loadModel: ${detail}`);
}

function numberRecord(x: unknown, name: string): Map<string, number> {
  if (typeof x !== "object" || x === null || Array.isArray(x)) fail(`${name} must be an object`);
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(x)) {
    if (typeof v !== "number" || !Number.isFinite(v)) fail(`${name}.${k} must be a finite number`);
    out.set(k, v);
  }
  return out;
}

function stringList(x: unknown, name: string): string[] {
  if (!Array.isArray(x) || !x.every((s) => typeof s === "string")) fail(`${name} must be a list of strings`);
  return x;
}

/**
 * Rebuilds a model from StepwiseModel.toJSON() output (e.g. a stored model version). Missing
 * config fields take today's defaults, so versions stored before a field existed still load.
 */
export function loadModel(json: unknown): StepwiseModel {
  if (typeof json !== "object" || json === null) fail("expected an object");
  const o = json as Record<string, unknown>;
  if (o.kind !== MODEL_KIND) fail(`unknown model kind ${JSON.stringify(o.kind)} (expected "${MODEL_KIND}")`);
  if (o.version !== 1) fail(`unsupported version ${JSON.stringify(o.version)}`);
  const config = validateConfig({ ...DEFAULT_CONFIG, ...(o.config as Partial<ModelConfig>) });
  const layout = buildLayout(config, stringList(o.skills, "skills"), stringList(o.items, "items"));
  if (!Array.isArray(o.weights) || o.weights.length !== layout.size) {
    fail(`weights must be a list of ${layout.size} numbers for this config, skills and items`);
  }
  const weights = Float64Array.from(o.weights as unknown[], (v, i) =>
    typeof v === "number" && Number.isFinite(v) ? v : fail(`weights[${i}] must be a finite number`),
  );
  const e = (o.easiness ?? fail("easiness missing")) as Record<string, unknown>;
  if (typeof e.overall !== "number") fail("easiness.overall must be a number");
  const easiness: EasinessTable = {
    items: numberRecord(e.items, "easiness.items"),
    skills: numberRecord(e.skills, "easiness.skills"),
    overall: e.overall,
  };
  const m = (o.masteryOffsets ?? fail("masteryOffsets missing")) as Record<string, unknown>;
  if (typeof m.fallback !== "number") fail("masteryOffsets.fallback must be a number");
  const offsets = { skills: numberRecord(m.skills, "masteryOffsets.skills"), fallback: m.fallback };
  return new StepwiseModel(config, layout, weights, easiness, offsets);
}
