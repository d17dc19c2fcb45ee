/** One literal number in a reading's text; start/end are offsets into MathReading.text. */
export interface NumberToken {
  raw: string;
  value: number;
  start: number;
  end: number;
  /** The number touches an operator with nothing after it: "It starts with 5/." */
  dangling?: true;
}

/** A maximal stretch of arithmetic; a lone number is a run too. */
export interface MathRun {
  text: string;
  start: number;
  end: number;
  /** Every constant sub-expression's value, innermost first, then the whole run's. */
  values: number[];
  hasVariable: boolean;
}

/** The one math-aware reading of a text (see readMath). */
export interface MathReading {
  /** cleanText -> latexToPlain -> lower-case -> replaceNumberWords, one space between words. */
  text: string;
  numbers: NumberToken[];
  runs: MathRun[];
}
