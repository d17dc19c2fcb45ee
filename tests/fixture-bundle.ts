import type { ContentBundle } from "@/lib/content/format";
import { parseBundle } from "@/lib/content/import-bundle";
import { addFractions } from "@/lib/tutor/fixtures";

/** The policy tests' two-step problem as a content bundle, for database tests. */
export function fixtureBundle(setKey = "fixture-set"): ContentBundle {
  return parseBundle({
    format: "stepwise",
    version: 1,
    skills: [
      { key: "lcd", name: "Least common denominator" },
      { key: "add-like", name: "Add like fractions", prerequisites: ["lcd"] },
    ],
    problemSets: [
      {
        key: setKey,
        title: "Fixture set",
        problems: [
          {
            key: `${setKey}-p1`,
            title: addFractions.title,
            statement: addFractions.statement,
            steps: addFractions.steps.map((s, i) => ({ ...s, skills: [i === 0 ? "lcd" : "add-like"] })),
          },
        ],
      },
    ],
  });
}
