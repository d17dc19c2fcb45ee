import { z } from "zod";

/**
 * How a step's answer is specified. Stored as validated JSON on each step (and on each
 * scaffold question). The checker in this folder decides, for a student's free-typed
 * message, whether it is correct, partially correct, incorrect or unparseable.
 */

const tolerance = z
  .object({
    abs: z.number().nonnegative().optional().describe("absolute tolerance, e.g. 0.01"),
    rel: z.number().nonnegative().optional().describe("relative tolerance, e.g. 0.001 = 0.1%"),
  })
  .strict();

/** A unit the answer is expressed in: "cm", "dollars" (with "$" as an alias), "km/h". */
export const unitSpec = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** When true, a bare number without the unit is only partially correct. */
    required: z.boolean().default(false),
  })
  .strict();

/*
 * Form fields (decimals, sigfigs, scientific, acceptFraction, denominator, form, exact,
 * notation) are optional with no zod default, so specs stored before they existed parse to the
 * same JSON (and the same content hash). A right value in another form is "partial" ("form").
 */

export const numericSpec = z
  .object({
    kind: z.literal("numeric"),
    value: z.number().finite(),
    tolerance: tolerance.optional(),
    unit: unitSpec.optional(),
    /** Give the value rounded to this many decimal places, written with exactly that many ("2.50"). */
    decimals: z.number().int().min(0).max(12).optional(),
    /** Give the value rounded to this many significant figures. */
    sigfigs: z.number().int().min(1).max(15).optional(),
    /** Write it in scientific notation (7.91 × 10^-7, mantissa from 1 to 10). Default false. */
    scientific: z.boolean().optional(),
    /** Accept an equal fraction (3/5 for 0.6) as correct. Default true; false makes it partial. */
    acceptFraction: z.boolean().optional(),
  })
  .strict()
  .refine((s) => s.decimals === undefined || s.sigfigs === undefined, {
    message: "give decimal places or significant figures, not both",
    path: ["sigfigs"],
  })
  .refine((s) => s.decimals === undefined || !s.scientific, {
    message: "scientific notation counts significant figures, not decimal places",
    path: ["decimals"],
  });

/** "3/4" -> [3, 4]; "1 1/2" -> [3, 2]; "2" -> [2, 1]; null if it does not read. */
function ratio(value: string): [number, number] | null {
  const m = /^(-?)(?:(\d+)\s+)?(\d+)(?:\/(\d+))?$/.exec(value.trim());
  if (!m) return null;
  const den = m[4] === undefined ? 1 : Number(m[4]);
  const num = m[4] === undefined ? Number(m[3]) : Number(m[2] ?? 0) * den + Number(m[3]);
  return den > 0 ? [num, den] : null;
}

function lowestDenominator(value: string): number | null {
  const r = ratio(value);
  if (!r) return null;
  let [a, b] = r;
  while (b) [a, b] = [b, a % b];
  return r[1] / (a || 1);
}

export const fractionSpec = z
  .object({
    kind: z.literal("fraction"),
    /** "3/4", "-5/2" or a mixed number "1 1/2". */
    value: z.string().regex(/^-?(\d+\s+)?\d+\/\d+$|^-?\d+$/, "a fraction like 3/4 or 1 1/2"),
    /** Accept an equal decimal (0.75 for 3/4). Default true. */
    acceptDecimal: z.boolean().default(true),
    /** Require lowest terms: 6/8 for 3/4 is then partially correct. Default false. */
    requireSimplified: z.boolean().default(false),
    unit: unitSpec.optional(),
    /** Require this denominator ("Write 5/8 in fortieths": 40). Another equal fraction is partial. */
    denominator: z.number().int().min(1).max(1_000_000).optional(),
    /** "mixed": 2 3/4 (not 11/4); "improper": 11/4 (not 2 3/4); "any" (default). */
    form: z.enum(["any", "mixed", "improper"]).optional(),
  })
  .strict()
  .refine((s) => s.denominator === undefined || s.denominator % (lowestDenominator(s.value) ?? 1) === 0, {
    message: "the value cannot be written with this denominator",
    path: ["denominator"],
  })
  .refine((s) => !s.requireSimplified || s.denominator === undefined || s.denominator === lowestDenominator(s.value), {
    message: "lowest terms and this denominator contradict each other",
    path: ["denominator"],
  });

export const percentageSpec = z
  .object({
    kind: z.literal("percentage"),
    /** The percentage value: 50 means 50%. */
    value: z.number().finite(),
    tolerance: tolerance.optional(),
    /** Accept the equal decimal or fraction (0.5 for 50%) as correct rather than partial. */
    acceptDecimal: z.boolean().default(false),
  })
  .strict();

/**
 * A variable's name: a letter ("x"), a Greek letter ("θ", "theta", "\\theta"), a word the
 * student will type as one name ("rate"), each optionally subscripted ("x_1", "v_{0}", "x₁").
 */
export const variableName = z
  .string()
  .regex(
    /^\\?(?:[A-Za-z]+|[\u0370-\u03ff])(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$/,
    "a variable name like x, theta, θ, x_1 or x'",
  );

/** Whether `value` uses the name on its own ("C" in "sin(x) + C", not in "Cos" or "\\Cap"). */
function mentions(value: string, name: string): boolean {
  const escaped = name.replace(/^\\/, "").replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
  return new RegExp(`(?<![A-Za-z\\\\])${escaped}(?![A-Za-z])`).test(value);
}

export const expressionSpec = z
  .object({
    kind: z.literal("expression"),
    /** In mathjs syntax or LaTeX: "2(x+3)", "x^2 - 1", "\\frac{1}{\\theta^7}". */
    value: z.string().min(1),
    variables: z.array(variableName).default(["x"]),
    /** "any": any equivalent form; "expanded"/"factored": equivalent in another form is partial. */
    form: z.enum(["any", "expanded", "factored"]).default("any"),
    /** Require the exact value: a decimal approximation (1.414 for sqrt(2)) is partial. */
    exact: z.boolean().optional(),
    /**
     * The name of an arbitrary constant the value adds ("C" in an antiderivative "sin(x) + C"):
     * an answer differing by a constant is right with its own constant, partial without one.
     */
    constant: variableName.optional(),
    /** i is the imaginary unit: values are compared as complex numbers (sqrt(-196) = 14i). Default false. */
    complex: z.boolean().optional(),
  })
  .strict()
  .refine((s) => s.constant === undefined || mentions(s.value, s.constant), {
    message: "the value must add the constant (write it: sin(x) + C)",
    path: ["constant"],
  })
  .refine((s) => s.constant === undefined || !s.complex, {
    message: "an arbitrary constant is for real expressions, not complex ones",
    path: ["constant"],
  });

/** An equation, an inequality (or a chain "2 <= x < 5"), or an interval "[2, 5)", "(-inf, 3]". */
const RELATION = /[=<>≤≥⩽⩾]|\\(?:le|ge|lt|gt|leq|geq|leqslant|geqslant)(?![a-z])|^\s*[([].*,.*[)\]]\s*$/;
/** An interval with no comparison in it: "[2, 5)", "]2, 5]" (ISO). */
const isInterval = (value: string) =>
  /^\s*[([\]].*,.*[)\][]\s*$/.test(value) && !/[=<>≤≥⩽⩾]|\\(?:le|ge|lt|gt)/.test(value);

export const equationSpec = z
  .object({
    kind: z.literal("equation"),
    /**
     * "x = 4", "y = 2x + 1". A solved-for-variable equation also accepts the bare value.
     * Also a relation in one or more variables: "x > 3", "-2 <= x < 5", "y >= 2x + 1", or an
     * interval in the first variable: "[2, 5)", "(-inf, 3]".
     */
    value: z.string().regex(RELATION, "an equation, inequality or interval"),
    variables: z.array(variableName).default(["x"]),
    /**
     * For a one-variable inequality or interval: "interval" asks for interval notation,
     * "inequality" for an inequality; the other is then partial. "any" (default) takes both.
     */
    notation: z.enum(["any", "interval", "inequality"]).optional(),
    /**
     * "step": the step teaches a transformation ("Subtract 5 from both sides. What equation do
     * you get?"), so only this equation up to trivial rewriting is right (sides swapped, terms
     * reordered or collected, 3*x for 3x); another equivalent one, such as the original equation
     * or the solution, is partial. "any" (default): any equivalent equation is right.
     */
    form: z.enum(["any", "step"]).optional(),
  })
  .strict()
  .refine((s) => s.form !== "step" || (s.notation !== "interval" && !isInterval(s.value)), {
    message: "an interval is a solution set, not the result of a step: write an equation or inequality",
    path: ["form"],
  });

export const choiceSpec = z
  .object({
    kind: z.literal("choice"),
    options: z.array(z.string().min(1)).min(2),
    /** Index of the correct option (0-based). */
    correct: z.number().int().nonnegative(),
  })
  .strict()
  .refine((s) => s.correct < s.options.length, { message: "correct must index an option", path: ["correct"] });

/**
 * How a text answer is compared (docs/content-format.md, "Text answers"):
 * - "words" (the default when absent): case, spaces, punctuation, symbols and the articles
 *   "the", "a", "an" are ignored ("Photosynthesis." = "photosynthesis").
 * - "code": program code, symbol for symbol. Case counts; spaces outside string literals do not
 *   (but "i in x" is not "iin x"); ' and " quote alike; a trailing ";" or "." is ignored.
 *   Anything else (an identifier, sign, bracket, number or argument order) must be as written.
 * - "chemistry": formulas, ions and equations. Element symbols are case-sensitive ("Co" is not
 *   "CO" or "co"); spaces are ignored; charges "Al3+", "Al^3+", "Al^{3+}", "Al³⁺" and
 *   subscripts "H2O", "H_2O", "H₂O" are alike; "→", "->", "-->", "⟶", "=" are one arrow and
 *   "⇌", "<=>", "<->" another; the electron is "e", "e-", "e^-" or "e⁻"; the species on each side
 *   of an equation may come in any order (coefficients and sides count). A state symbol ("(aq)",
 *   "(s)", "(l)", "(g)", or "aq" after a charge) may be added where the answer has none; where
 *   the answer has one, a different one is wrong and a missing one is partly right.
 */
export const textMatch = z.enum(["words", "code", "chemistry"]);

export const textSpec = z
  .object({
    kind: z.literal("text"),
    /** Accepted answers, compared as `match` says. */
    accepted: z.array(z.string().min(1)).min(1),
    /** "words" (default), "code" or "chemistry": see textMatch. */
    match: textMatch
      .optional()
      .describe(
        'how the text is compared: "words" (default: case, punctuation and articles ignored), "code" (symbol for symbol, case-sensitive, spaces outside strings and \' vs " ignored), "chemistry" (formulas, charges and equations; element case counts; species order on a side free)',
      ),
  })
  .strict();

/** A single (non-list) answer. */
export const scalarAnswerSpec = z.union([
  numericSpec,
  fractionSpec,
  percentageSpec,
  expressionSpec,
  equationSpec,
  choiceSpec,
  textSpec,
]);

/** Several parts, e.g. "x = 2, y = 3" or "-13, -14, -15". Some right parts is partially correct. */
export const listSpec = z
  .object({
    kind: z.literal("list"),
    items: z.array(scalarAnswerSpec).max(50),
    ordered: z.boolean().default(false),
    /**
     * "set": a set of values ("{1, 2, 3}", "x = 1 or x = 2"; any order, may have 0 or 1 items,
     * shown in braces). "point": coordinates ("(2, -3)"; always in order, shown in brackets).
     * "matrix": the entries of a matrix, row by row, `columns` to a row (always in order,
     * shown as "[[1, 2], [3, 4]]").
     */
    notation: z.enum(["set", "point", "matrix"]).optional(),
    /** For a matrix: the entries in a row (items.length is a multiple of it). */
    columns: z.number().int().min(1).max(50).optional(),
  })
  .strict()
  .refine((s) => s.items.every((it) => it.kind !== "text" || (it.match ?? "words") === "words"), {
    message: "code and chemistry answers stand alone, not as items of a list",
    path: ["items"],
  })
  .refine((s) => s.items.length >= 2 || s.notation === "set", {
    message: "a list needs at least 2 items (a set may have fewer)",
    path: ["items"],
  })
  .refine(
    (s) =>
      s.notation === "matrix" ? s.columns !== undefined && s.items.length % s.columns === 0 : s.columns === undefined,
    { message: "a matrix needs columns dividing its item count; only a matrix has columns", path: ["columns"] },
  );

export const answerSpec = z.union([scalarAnswerSpec, listSpec]);

export type UnitSpec = z.infer<typeof unitSpec>;
export type NumericSpec = z.infer<typeof numericSpec>;
export type FractionSpec = z.infer<typeof fractionSpec>;
export type PercentageSpec = z.infer<typeof percentageSpec>;
export type ExpressionSpec = z.infer<typeof expressionSpec>;
export type EquationSpec = z.infer<typeof equationSpec>;
export type ChoiceSpec = z.infer<typeof choiceSpec>;
export type TextSpec = z.infer<typeof textSpec>;
export type TextMatch = z.infer<typeof textMatch>;
export type ListSpec = z.infer<typeof listSpec>;
export type ScalarAnswerSpec = z.infer<typeof scalarAnswerSpec>;
export type AnswerSpec = z.infer<typeof answerSpec>;
/** What authors write (defaults optional). */
export type AnswerSpecInput = z.input<typeof answerSpec>;
