import { z } from "zod";
import { HINT_POLICIES } from "@/lib/tutor/decide-turn";
import { cleanTextField, idField } from "@/lib/validation/text";

/** The picker policies an experiment can compare (lib/sessions/choose-next-problem.ts applies them). */
export const PICKER_POLICIES = ["adaptive", "adaptive_no_review", "easier", "harder"] as const;
export type PickerPolicy = (typeof PICKER_POLICIES)[number];

export const ENGINE_VARIANTS = ["embedded", "model"] as const;
export type EngineVariant = (typeof ENGINE_VARIANTS)[number];

export const FACTORS = ["hints", "engine", "picker"] as const;
export type Factor = (typeof FACTORS)[number];

/** The levels each factor can take: what a condition's `variant` may be. */
export const VARIANTS: Record<Factor, readonly string[]> = {
  hints: HINT_POLICIES,
  engine: ENGINE_VARIANTS,
  picker: PICKER_POLICIES,
};

const conditionSchema = z.object({
  name: cleanTextField(
    z.string().trim().min(1, "Name each condition.").max(80, "Keep a condition's name under 80 characters."),
    {
      singleLine: true,
    },
  ),
  variant: z.string().trim().min(1).max(40),
  weight: z.coerce
    .number()
    .int("Weights are whole numbers.")
    .min(1, "A weight is at least 1.")
    .max(1000, "A weight is at most 1000."),
});

/** A new experiment as an admin defines it: 2-6 conditions, each a different level of the factor. */
export const experimentInputSchema = z
  .object({
    name: cleanTextField(
      z.string().trim().min(1, "Give the experiment a name.").max(120, "Keep the name under 120 characters."),
      {
        singleLine: true,
      },
    ),
    factor: z.enum(FACTORS, { message: "Choose what the experiment varies: hints, engine or picker." }),
    classIds: z.array(idField()).max(200).default([]),
    conditions: z
      .array(conditionSchema)
      .min(2, "An experiment needs at least two conditions.")
      .max(6, "At most six conditions."),
  })
  .superRefine((e, ctx) => {
    const allowed = VARIANTS[e.factor];
    e.conditions.forEach((c, i) => {
      if (!allowed.includes(c.variant))
        ctx.addIssue({
          code: "custom",
          path: ["conditions", i, "variant"],
          message: `"${c.variant}" is not a level of ${e.factor} (one of ${allowed.join(", ")}).`,
        });
    });
    if (new Set(e.conditions.map((c) => c.variant)).size !== e.conditions.length)
      ctx.addIssue({ code: "custom", path: ["conditions"], message: "Each condition must use a different level." });
    if (new Set(e.conditions.map((c) => c.name)).size !== e.conditions.length)
      ctx.addIssue({ code: "custom", path: ["conditions"], message: "Each condition needs its own name." });
  });
export type ExperimentInput = z.input<typeof experimentInputSchema>;
