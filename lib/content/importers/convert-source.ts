import { convertClass } from "./class";
import { convertMathDial } from "./mathdial";
import { convertOatutor, type OatutorCourseLanguages, type OatutorSkillModel } from "./oatutor";
import { type Conversion, type ConvertOptions, type ImportFormat, type SourceFile, sourceError } from "./shared";
import { convertStepwise } from "./stepwise";

/** Any supported source -> a validated Stepwise bundle (plus the records skipped). Pure. */
export function convertSource(
  format: ImportFormat,
  files: SourceFile[],
  opts: ConvertOptions & { skillModel?: OatutorSkillModel; courseLanguages?: OatutorCourseLanguages } = {},
): Conversion {
  if (files.length === 0) throw sourceError("(upload)", "file", "(file)", "no file given");
  switch (format) {
    case "stepwise":
      return convertStepwise(files, opts);
    case "oatutor":
      return convertOatutor(files, opts);
    case "mathdial":
      return convertMathDial(single(files, /\.jsonl$/i), opts);
    case "class":
      return convertClass(single(files, /\.(csv|jsonl)$/i), opts);
  }
}

function single(files: SourceFile[], ext: RegExp): SourceFile {
  const matching = files.filter((f) => ext.test(f.path));
  const file = matching.length === 1 ? matching[0] : files.length === 1 ? files[0] : undefined;
  if (!file) throw sourceError(files[0]?.path ?? "(upload)", "file", "(file)", "give exactly one data file");
  return file;
}
