import { describe, expect, it } from "vitest";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { testDatabase } from "@/tests/test-db";
import { exportProblemSet, serializeBundle } from "./export-bundle";
import { importBundle, parseBundle } from "./import-bundle";
import { importContent } from "./importers/import-content";
import { readSourceFiles } from "./importers/read-source";
import { OATUTOR_POOL } from "./importers/test-data";

describe("export then import round-trips exactly", () => {
  it("demo sets and an imported OATutor lesson: export, import into a fresh database, export again: byte-identical", async () => {
    const a = await testDatabase();
    const b = await testDatabase();
    await importBundle(a, loadDemoContent());
    await importContent(a, { format: "oatutor", files: readSourceFiles(OATUTOR_POOL, { skillModelNearby: true }) });
    const sets = (await a.problemSet.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((s) => s.key);
    expect(sets.length).toBe(4);
    for (const key of sets) {
      const first = serializeBundle(await exportProblemSet(a, key));
      await importContent(b, { format: "stepwise", files: [{ path: `${key}.json`, text: first }] });
      const second = serializeBundle(await exportProblemSet(b, key));
      expect(second).toBe(first);
      // And importing the export back into the source database changes nothing.
      const again = await importBundle(a, parseBundle(JSON.parse(first)));
      expect(again.newVersions, key).toBe(0);
    }
    const demo = JSON.parse(serializeBundle(await exportProblemSet(a, "fractions")));
    expect(demo.skills.length).toBeGreaterThan(2);
    expect(demo.skills.some((s: { prerequisites: string[] }) => s.prerequisites.length > 0)).toBe(true);
  });

  it("an unknown set key is a not-found error", async () => {
    const db = await testDatabase();
    await expect(exportProblemSet(db, "nope")).rejects.toThrow('No problem set with key "nope".');
  });
});
