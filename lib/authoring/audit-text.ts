import type { Translate } from "@/lib/i18n/translator";

/**
 * An audit entry's change in words ("Published set “Fractions”", "Edited problem “Pizza
 * slices” (version 3): the hints of step 2 changed"). The raw details stay available to the page
 * (behind a <details>); this is what an admin reads first. Pure but for `t`.
 */
export interface AuditEntryInput {
  action: string;
  details: unknown;
  /** The record's current name (set title, problem title, skill name), when it still exists. */
  name?: string | null;
  /** For problem.edit: what changed from the previous version (versionChanges). */
  changes?: VersionChange[];
}

/** A step's content, as far as the audit compares two versions. */
export interface StepShape {
  prompt: string;
  answer: unknown;
  hints: unknown[];
  wrongAnswers: unknown[];
  skills: string[];
}

export interface VersionShape {
  title: string;
  statement: string;
  steps: StepShape[];
}

export type VersionChange =
  | { part: "title" | "statement" | "stepsAdded" | "stepsRemoved"; count?: number }
  | { part: "prompt" | "answer" | "hints" | "wrongAnswers" | "skills"; step: number };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What differs between two versions of a problem, part by part and step by step (steps from 1). Pure. */
export function versionChanges(before: VersionShape, after: VersionShape): VersionChange[] {
  const out: VersionChange[] = [];
  if (before.title !== after.title) out.push({ part: "title" });
  if (before.statement !== after.statement) out.push({ part: "statement" });
  const n = Math.min(before.steps.length, after.steps.length);
  for (let i = 0; i < n; i++) {
    const a = before.steps[i] as StepShape;
    const b = after.steps[i] as StepShape;
    for (const part of ["prompt", "answer", "hints", "wrongAnswers"] as const)
      if (!same(a[part], b[part])) out.push({ part, step: i + 1 });
    if (!same([...a.skills].sort(), [...b.skills].sort())) out.push({ part: "skills", step: i + 1 });
  }
  if (after.steps.length > before.steps.length)
    out.push({ part: "stepsAdded", count: after.steps.length - before.steps.length });
  if (after.steps.length < before.steps.length)
    out.push({ part: "stepsRemoved", count: before.steps.length - after.steps.length });
  return out;
}

const K = "admin.auditText";

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const num = (v: unknown) => (typeof v === "number" ? v : 0);
const list = (v: unknown) => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);

function changeInWords(c: VersionChange, t: Translate): string {
  if ("step" in c) return t(`${K}.change.${c.part}`, { step: c.step });
  return t(`${K}.change.${c.part}`, { count: c.count ?? 0 });
}

/** The entry as one sentence; an action this function does not know gets its label and record. */
export function auditEntryInWords(e: AuditEntryInput, t: Translate): string {
  const d = obj(e.details);
  const name = e.name || str(d.title) || str(d.name) || str(d.key);
  switch (e.action) {
    case "skill.create":
      return t(`${K}.skillCreate`, { name, key: str(d.key) });
    case "skill.update": {
      const from = obj(d.from);
      const to = obj(d.to);
      return str(from.name) !== str(to.name)
        ? t(`${K}.skillRename`, { from: str(from.name), to: str(to.name) })
        : t(`${K}.skillDescribe`, { name });
    }
    case "skill.prerequisites": {
      const from = list(d.from);
      const to = list(d.to);
      const added = to.filter((k) => !from.includes(k));
      const removed = from.filter((k) => !to.includes(k));
      return t(`${K}.skillPrerequisites`, {
        name,
        added: added.join(", "),
        removed: removed.join(", "),
        hasAdded: added.length ? "yes" : "no",
        hasRemoved: removed.length ? "yes" : "no",
      });
    }
    case "skill.merge":
      return t(`${K}.skillMerge`, { merged: str(d.mergedName) || str(d.merged), kept: name || str(d.kept) });
    case "set.create":
      return t(`${K}.setCreate`, { name });
    case "set.update": {
      const from = obj(d.from);
      const to = obj(d.to);
      const parts: string[] = [];
      if (str(from.title) !== str(to.title))
        parts.push(t(`${K}.setRenamed`, { from: str(from.title), to: str(to.title) }));
      if (str(from.description) !== str(to.description)) parts.push(t(`${K}.setDescribed`));
      return t(`${K}.setUpdate`, { name, changes: parts.join("; ") || t(`${K}.nothingChanged`) });
    }
    case "set.publish":
      return t(`${K}.setPublish`, { name });
    case "set.unpublish":
      return t(`${K}.setUnpublish`, { name });
    case "set.assign":
      return t(`${K}.setAssign`, { name, classroom: str(d.classroom) });
    case "set.unassign":
      return t(`${K}.setUnassign`, { name, classroom: str(d.classroom) });
    case "problem.create":
      return t(`${K}.problemCreate`, { name, steps: num(d.steps) });
    case "problem.edit": {
      const changes = (e.changes ?? []).map((c) => changeInWords(c, t));
      return t(`${K}.problemEdit`, {
        name,
        version: num(d.version),
        changes: changes.length ? changes.join("; ") : t(`${K}.changesUnknown`),
      });
    }
    case "problem.publish":
      return t(`${K}.problemPublish`, { name, version: num(d.version) });
    case "problem.unpublish":
      return t(`${K}.problemUnpublish`, { name });
    case "problem.translation.create":
    case "problem.translation.edit":
      return t(`${K}.translation`, {
        name,
        language: str(d.language),
        kind: e.action.endsWith("create") ? "create" : "edit",
      });
    case "content.import": {
      const c = obj(d.changes);
      const count = (k: string) => obj(c[k]);
      const skills = count("skills");
      const sets = count("problemSets");
      const problems = count("problems");
      return t(`${K}.import`, {
        skillsCreated: num(skills.created),
        skillsUpdated: num(skills.updated),
        setsCreated: num(sets.created),
        setsUpdated: num(sets.updated),
        problemsCreated: num(problems.created),
        problemsUpdated: num(problems.updated),
        versions: num(d.newVersions),
        hasChanges: d.changes ? "yes" : "no",
      });
    }
    case "experiment.create":
    case "experiment.start":
    case "experiment.stop":
      return t(`${K}.experiment`, { name, kind: e.action.slice("experiment.".length) });
    case "lti.platform.create":
    case "lti.platform.update":
    case "lti.platform.delete":
      return t(`${K}.ltiPlatform`, {
        name,
        issuer: str(d.issuer),
        kind: e.action.slice("lti.platform.".length),
      });
    case "lti.key.rotate":
      return t(`${K}.ltiKeyRotate`, { kid: str(d.kid) });
    default:
      return "";
  }
}
