import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await testDatabase();
});

describe("migrations", () => {
  it("records every migration folder in _prisma_migrations, finished, with the file's checksum", async () => {
    const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
    const folders = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: Date | null }[]>(
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    const { createHash } = await import("node:crypto");
    for (const r of rows) {
      expect(r.finished_at).not.toBeNull();
      const sql = fs.readFileSync(path.join(dir, r.migration_name, "migration.sql"));
      expect(r.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    }
  });

  it("creates the tables the data model names", async () => {
    const tables = await prisma.$queryRawUnsafe<{ tablename: string }[]>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    const names = new Set(tables.map((t) => t.tablename));
    for (const t of [
      "User",
      "Classroom",
      "Enrollment",
      "Skill",
      "SkillPrerequisite",
      "ProblemSet",
      "Problem",
      "ProblemVersion",
      "Step",
      "HintItem",
      "WrongAnswer",
      "TutoringSession",
      "Turn",
      "Attempt",
      "KnowledgeState",
      "KtModelVersion",
      "AuditLog",
    ]) {
      expect(names.has(t), t).toBe(true);
    }
  });
});
