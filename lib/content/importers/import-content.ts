import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type ImportSummary, importBundle } from "../import-bundle";
import { convertSource } from "./convert-source";
import type { OatutorCourseLanguages, OatutorSkillModel } from "./oatutor";
import {
  type ConvertOptions,
  countBundle,
  type ImportCounts,
  type ImportFormat,
  type SkippedRecord,
  type SourceFile,
} from "./shared";

export interface ImportResult {
  counts: ImportCounts;
  summary: ImportSummary;
  skipped: SkippedRecord[];
}

/**
 * Converts and imports in one transaction (importBundle): all or nothing, idempotent by key.
 * For the external formats, skills that already exist are left as admins edited them (names,
 * prerequisites); only missing ones are created. A stepwise bundle is authoritative for the
 * skills it defines.
 */
export async function importContent(
  prisma: PrismaClient,
  args: ConvertOptions & {
    format: ImportFormat;
    files: SourceFile[];
    skillModel?: OatutorSkillModel;
    courseLanguages?: OatutorCourseLanguages;
    actorId?: string | null;
    label?: string;
  },
): Promise<ImportResult> {
  const { bundle, skipped } = convertSource(args.format, args.files, args);
  const counts = countBundle(args.format, bundle, skipped.length);
  let toImport = bundle;
  let kept = 0;
  if (args.format !== "stepwise" && bundle.skills.length) {
    const existing = await prisma.skill.findMany({
      where: { key: { in: bundle.skills.map((s) => s.key) } },
      select: { key: true },
    });
    const have = new Set(existing.map((s) => s.key));
    toImport = { ...bundle, skills: bundle.skills.filter((s) => !have.has(s.key)) };
    kept = bundle.skills.length - toImport.skills.length;
  }
  const summary = await importBundle(prisma, toImport, {
    actorId: args.actorId ?? null,
    source: `${args.format}:${args.label ?? args.files[0]?.path ?? "upload"}`,
    draft: !!args.draft,
  });
  // Skills left as admins edited them count as unchanged.
  summary.changes.skills.unchanged += kept;
  return { counts, summary, skipped };
}
