/** A malformed or missing benchmark file: names the file and (when known) the 1-based line. */
export class KtDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    detail: string,
  ) {
    super(line === null ? `${file}: ${detail}` : `${file}:${line}: ${detail}`);
    this.name = "KtDataError";
  }
}

/** Splits text into lines, tolerating CRLF and a trailing newline (line numbers stay 1-based). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Parses a 0/1 response; anything else is a data error (no silent coercion of 0.5 or "true"). */
export function parseBinary(raw: string, file: string, line: number): boolean {
  const v = raw.trim();
  if (v === "1") return true;
  if (v === "0") return false;
  throw new KtDataError(file, line, `expected correctness 0 or 1, got "${raw}"`);
}
