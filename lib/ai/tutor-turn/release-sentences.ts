/**
 * Where streamed text may be shown up to: the end of the last complete sentence (or line).
 * Text is released a sentence at a time so that the guard sees every number and word of a
 * sentence before any of it reaches the screen (a partial "0.7" of "0.75" is never shown).
 */
export function sentenceBoundary(text: string): number {
  let end = 0;
  for (const m of text.matchAll(/[.!?](?=\s)|\n/g)) end = (m.index ?? 0) + 1;
  return end;
}
