import type { ContentBundleInput } from "../format";
import { mergeBundles } from "../import-bundle";
import { type Conversion, type ConvertOptions, finishBundle, type SourceFile, sourceError } from "./shared";

/**
 * The project's own format (docs/content-format.md): one bundle file, or a folder of them
 * (skills.json first, then the others by name), merged into one bundle.
 */
export function convertStepwise(files: SourceFile[], opts: ConvertOptions = {}): Conversion {
  const json = files
    .filter((f) => /\.json$/i.test(f.path))
    .sort((a, b) =>
      /(^|\/)skills\.json$/.test(a.path) ? -1 : /(^|\/)skills\.json$/.test(b.path) ? 1 : a.path.localeCompare(b.path),
    );
  if (json.length === 0) throw sourceError(files[0]?.path ?? "stepwise", "file", "(file)", "no .json bundle found");
  const bundles: ContentBundleInput[] = [];
  for (const f of json) {
    let raw: unknown;
    try {
      raw = JSON.parse(f.text);
    } catch (e) {
      throw sourceError(f.path, "file", "(file)", `not valid JSON: ${(e as Error).message}`);
    }
    // Each file is validated on its own, so an error names the file it is in.
    bundles.push(finishBundle(raw as ContentBundleInput, f.path));
  }
  const merged = bundles.length === 1 ? (bundles[0] as ContentBundleInput) : mergeBundles(bundles);
  const bundle = finishBundle(
    {
      ...merged,
      problemSets: (merged.problemSets ?? []).map((s) => ({
        ...s,
        key: opts.setKey && merged.problemSets?.length === 1 ? opts.setKey : s.key,
        published: opts.draft ? false : s.published,
      })),
    },
    json.length === 1 ? (json[0] as SourceFile).path : "stepwise bundle",
  );
  return { bundle, skipped: [] };
}
