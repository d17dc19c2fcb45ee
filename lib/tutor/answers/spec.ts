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

export const numericSpec = z
  .object({
    kind: z.literal("numeric"),
    value: z.number().finite(),
    tolerance: tolerance.optional(),
    unit: unitSpec.optional(),
  })
  .strict();

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
  })
  .strict();

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

export const expressionSpec = z
  .object({
    kind: z.literal("expression"),
    /** In mathjs syntax: "2(x+3)", "x^2 - 1". */
    value: z.string().min(1),
    variables: z.array(z.string().regex(/^[a-z]$/i)).default(["x"]),
    /** "any": any equivalent form; "expanded"/"factored": equivalent in another form is partial. */
    form: z.enum(["any", "expanded", "factored"]).default("any"),
  })
  .strict();

export const equationSpec = z
  .object({
    kind: z.literal("equation"),
    /** "x = 4", "y = 2x + 1". A solved-for-variable equation also accepts the bare value. */
    value: z.string().includes("="),
    variables: z.array(z.string().regex(/^[a-z]$/i)).default(["x"]),
  })
  .strict();

export const choiceSpec = z
  .object({
    kind: z.literal("choice"),
    options: z.array(z.string().min(1)).min(2),
    /** Index of the correct option (0-based). */
    correct: z.number().int().nonnegative(),
  })
  .strict()
  .refine((s) => s.correct < s.options.length, { message: "correct must index an option", path: ["correct"] });

export const textSpec = z
  .object({
    kind: z.literal("text"),
    /** Accepted answers; compared case-insensitively after normalising spaces and punctuation. */
    accepted: z.array(z.string().min(1)).min(1),
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
    items: z.array(scalarAnswerSpec).min(2),
    ordered: z.boolean().default(false),
  })
  .strict();

export const answerSpec = z.union([scalarAnswerSpec, listSpec]);

export type UnitSpec = z.infer<typeof unitSpec>;
export type NumericSpec = z.infer<typeof numericSpec>;
export type FractionSpec = z.infer<typeof fractionSpec>;
export type PercentageSpec = z.infer<typeof percentageSpec>;
export type ExpressionSpec = z.infer<typeof expressionSpec>;
export type EquationSpec = z.infer<typeof equationSpec>;
export type ChoiceSpec = z.infer<typeof choiceSpec>;
export type TextSpec = z.infer<typeof textSpec>;
export type ListSpec = z.infer<typeof listSpec>;
export type ScalarAnswerSpec = z.infer<typeof scalarAnswerSpec>;
export type AnswerSpec = z.infer<typeof answerSpec>;
/** What authors write (defaults optional). */
export type AnswerSpecInput = z.input<typeof answerSpec>;
