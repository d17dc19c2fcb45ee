import { z } from "zod";
import { HINT_POLICIES } from "@/lib/tutor/decide-turn";
import { cleanTextField, idField } from "@/lib/validation/text";

/** The picker policies an experiment can compare (lib/sessions/choose-next-problem.ts applies them). */
export const PICKER_POLICIES = ["adaptive", "adaptive_score", "adaptive_no_review", "easier", "harder"] as const;
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

/** Validation messages are message keys (admin.research.validation.*): worded in the reader's language. */
export const VALIDATION = "admin.research.validation";
const V = (name: string) => `${VALIDATION}.${name}`;

const conditionSchema = z.object({
  name: cleanTextField(z.string().trim().min(1, V("conditionName")).max(80, V("conditionNameLong")), {
    singleLine: true,
  }),
  variant: z.string().trim().min(1, V("level")).max(40, V("level")),
  weight: z.coerce.number().int(V("weight")).min(1, V("weight")).max(1000, V("weight")),
});

/** A new experiment as an admin defines it: 2-6 conditions, each a different level of the factor. */
export const experimentInputSchema = z
  .object({
    name: cleanTextField(z.string().trim().min(1, V("name")).max(120, V("nameLong")), {
      singleLine: true,
    }),
    factor: z.enum(FACTORS, { message: V("factor") }),
    classIds: z.array(idField()).max(200, V("classes")).default([]),
    conditions: z.array(conditionSchema).min(2, V("twoConditions")).max(6, V("sixConditions")),
  })
  .superRefine((e, ctx) => {
    const allowed = VARIANTS[e.factor];
    e.conditions.forEach((c, i) => {
      if (!allowed.includes(c.variant))
        ctx.addIssue({
          code: "custom",
          path: ["conditions", i, "variant"],
          message: V("level"),
        });
    });
    if (new Set(e.conditions.map((c) => c.variant)).size !== e.conditions.length)
      ctx.addIssue({ code: "custom", path: ["conditions"], message: V("distinctLevels") });
    if (new Set(e.conditions.map((c) => c.name)).size !== e.conditions.length)
      ctx.addIssue({ code: "custom", path: ["conditions"], message: V("distinctNames") });
  });
export type ExperimentInput = z.input<typeof experimentInputSchema>;
