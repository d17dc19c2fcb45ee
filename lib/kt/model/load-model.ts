import type { EasinessTable } from "./compute-easiness";
import { buildLayout } from "./feature-layout";
import { DEFAULT_CONFIG, type ModelConfig } from "./model-config";
import { sequenceOffsets } from "./sequence-gru";
import {
  MODEL_KIND,
  MODEL_VERSION,
  type SequencePart,
  StepwiseModel,
  VERSION_1_FEATURES,
  VERSION_2_FEATURES,
} from "./stepwise-model";
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
 * config fields take today's defaults, so versions stored before a field existed still load;
 * a version-1 model (stored before the extra features) loads with those features off, a
 * version-2 one (before clock-time forgetting) with timeDecay off.
 */
export function loadModel(json: unknown): StepwiseModel {
  if (typeof json !== "object" || json === null) fail("expected an object");
  const o = json as Record<string, unknown>;
  if (o.kind !== MODEL_KIND) fail(`unknown model kind ${JSON.stringify(o.kind)} (expected "${MODEL_KIND}")`);
  if (o.version !== 1 && o.version !== 2 && o.version !== MODEL_VERSION) {
    fail(`unsupported version ${JSON.stringify(o.version)} (this code reads 1 to ${MODEL_VERSION})`);
  }
  // Version 1 predates the extra features, version 2 clock-time forgetting: each loads with what
  // it lacks off, exactly as it was fitted.
  const legacy: Partial<ModelConfig> = o.version === 1 ? VERSION_1_FEATURES : o.version === 2 ? VERSION_2_FEATURES : {};
  const config = validateConfig({ ...DEFAULT_CONFIG, ...legacy, ...(o.config as Partial<ModelConfig>) });
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
  return new StepwiseModel(config, layout, weights, easiness, offsets, loadSequence(o.sequence));
}

function finiteList(x: unknown, n: number, name: string): Float64Array {
  if (!Array.isArray(x) || x.length !== n) fail(`${name} must be a list of ${n} numbers`);
  return Float64Array.from(x as unknown[], (v, i) =>
    typeof v === "number" && Number.isFinite(v) ? v : fail(`${name}[${i}] must be a finite number`),
  );
}

/** The optional GRU half (absent in models fitted without it). */
function loadSequence(x: unknown): SequencePart | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== "object" || x === null) fail("sequence must be an object");
  const s = x as Record<string, unknown>;
  const hidden = s.hidden;
  if (typeof hidden !== "number" || !Number.isInteger(hidden) || hidden < 1)
    fail("sequence.hidden must be a positive integer");
  if (typeof s.blend !== "number" || !(s.blend >= 0 && s.blend <= 1)) fail("sequence.blend must be in [0, 1]");
  const index = (list: string[]) => new Map(list.map((k, i) => [k, i]));
  const skillIndex = index(stringList(s.skills, "sequence.skills"));
  const itemIndex = index(stringList(s.items, "sequence.items"));
  const size = sequenceOffsets(hidden, skillIndex.size, itemIndex.size).size;
  const weights = finiteList(s.weights, size, "sequence.weights");
  return { model: { hidden, skillIndex, itemIndex, weights }, blend: s.blend };
}
