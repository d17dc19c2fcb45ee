import type { SourceFile } from "./shared";

export interface OatutorProblemFiles {
  problem: SourceFile;
  steps: { file: SourceFile; pathway: SourceFile | undefined }[];
}

export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/**
 * The problems of an OATutor content pool, found by layout (any prefix before it is fine):
 *   <pid>/<pid>.json, <pid>/steps/<sid>/<sid>.json, <pid>/steps/<sid>/tutoring/<sid>DefaultPathway.json
 * plus an optional skillModel.json and coursePlans.json. One pass over the paths (the whole library has 45,000 files).
 */
export function findOatutorProblems(files: SourceFile[]): {
  problems: OatutorProblemFiles[];
  skillModel: SourceFile | undefined;
  coursePlans: SourceFile | undefined;
} {
  const byPath = new Map(files.map((f) => [f.path.replace(/\\/g, "/"), f]));
  const stepsOf = new Map<string, string[]>();
  const roots: { root: string; file: SourceFile }[] = [];
  let skillModel: SourceFile | undefined;
  let coursePlans: SourceFile | undefined;
  for (const [path, file] of byPath) {
    const step = /^(.*\/)?steps\/([^/]+)\/\2\.json$/.exec(path);
    if (step) {
      const root = step[1] ?? "";
      stepsOf.set(root, [...(stepsOf.get(root) ?? []), step[2] as string]);
      continue;
    }
    const m = /(^|.*\/)([^/]+)\/\2\.json$/.exec(path);
    if (m) roots.push({ root: `${m[1]}${m[2]}/`, file });
    else if (!skillModel && /(^|\/)skillModel\.json$/.test(path)) skillModel = file;
    else if (!coursePlans && /(^|\/)coursePlans\.json$/.test(path)) coursePlans = file;
  }
  const problems = roots.map(({ root, file }) => ({
    problem: file,
    steps: [...new Set(stepsOf.get(root) ?? [])].sort(naturalCompare).map((sid) => ({
      file: byPath.get(`${root}steps/${sid}/${sid}.json`) as SourceFile,
      pathway: byPath.get(`${root}steps/${sid}/tutoring/${sid}DefaultPathway.json`),
    })),
  }));
  problems.sort((a, b) => naturalCompare(a.problem.path, b.problem.path));
  return { problems, skillModel, coursePlans };
}
