import fs from "node:fs";
import path from "node:path";
import { contentBundle } from "@/lib/content/format";
import type { TutorProblem } from "@/lib/tutor/types";

/** Every problem of the demo content (content/demo), as the engine plays them. */
export function demoProblems(): TutorProblem[] {
  const dir = path.resolve(__dirname, "../content/demo");
  return ["fractions.json", "linear-equations.json", "ratios-percentages.json"].flatMap((file) =>
    contentBundle
      .parse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))
      .problemSets.flatMap((set) => set.problems.map((p) => p as TutorProblem)),
  );
}
