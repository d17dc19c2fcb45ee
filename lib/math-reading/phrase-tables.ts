import { foldWord } from "./fold-word";
import { CONNECTORS, OPERATOR_WORDS, PERCENT_PREFIXES, PERCENT_WORDS } from "./number-context-words";
import { tokenizeWords } from "./tokenize-words";

/** The multi-word tables of number-context-words as folded word sequences, longest first. */
export interface PhraseTables {
  connectors: string[][];
  operators: [words: string[], op: string][];
  percent: string[][];
  percentPrefixes: string[][];
}

let tables: PhraseTables | null = null;

function words(phrase: string): string[] {
  return tokenizeWords(phrase).map((t) => foldWord(t.text));
}

const longestFirst = (a: { length: number }, b: { length: number }) => b.length - a.length;

export function getPhraseTables(): PhraseTables {
  if (tables) return tables;
  tables = {
    connectors: CONNECTORS.map(words).sort(longestFirst),
    operators: OPERATOR_WORDS.map(([p, op]): [string[], string] => [words(p), op]).sort((a, b) =>
      longestFirst(a[0], b[0]),
    ),
    percent: PERCENT_WORDS.map(words).sort(longestFirst),
    percentPrefixes: PERCENT_PREFIXES.map(words).sort(longestFirst),
  };
  return tables;
}
