import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ProblemInput } from "@/lib/content/format";
import { isAppError, publicError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { flattenKeys, ownMessages } from "@/lib/i18n/messages";
import { translate } from "@/lib/i18n/translator";
import { createProblemSet, updateProblemSet } from "./problem-sets";
import { createSkill, updateSkill } from "./skills";
import {
  type AuthoringIssue,
  describeIssue,
  describeIssueIn,
  parseProblemDraft,
  validateProblem,
} from "./validate-problem";

const admin = { id: "a", role: "admin" as const };
// The zod checks run before any query: a database is never reached.
const noDb = {} as PrismaClient;

function problem(): ProblemInput {
  const parsed = parseProblemDraft({
    key: "half-of-12",
    title: "Half of twelve",
    statement: "Sam has 12 marbles and gives half of them to Ana.",
    steps: [
      {
        prompt: "How many marbles does Ana get?",
        answer: { kind: "numeric", value: 6 },
        skills: ["halving"],
        hints: [
          { kind: "hint", text: "Half means splitting into two equal groups." },
          { kind: "scaffold", text: "What do you divide 12 by?", answer: { kind: "numeric", value: 2 } },
          { kind: "bottom_out", text: "The answer is 6: 12 divided by 2." },
        ],
        wrongAnswers: [{ match: "24", feedback: "Did you double instead of halving?", misconception: "doubled" }],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.issues.map(describeIssue).join("; "));
  return parsed.input;
}

/** Problems that break one authoring rule each: every rule the validator has. */
const broken: [string, (p: ProblemInput) => void][] = [
  [
    "own answer rejected",
    (p) => {
      p.steps[0]!.answer = { kind: "text", accepted: ["  "] };
    },
  ],
  [
    "skill twice",
    (p) => {
      p.steps[0]!.skills = ["halving", "halving"];
    },
  ],
  [
    "wrong answer accepted, feedback states the answer",
    (p) => void p.steps[0]!.wrongAnswers.push({ match: "6", feedback: "It is 6.", misconception: "x" }),
  ],
  [
    "two bottom-outs",
    (p) => {
      p.steps[0]!.hints.push({ kind: "bottom_out", text: "It is 6." });
    },
  ],
  [
    "bottom-out not last",
    (p) => {
      p.steps[0]!.hints.reverse();
    },
  ],
  [
    "hint states the answer",
    (p) => {
      p.steps[0]!.hints[0] = { kind: "hint", text: "Ana gets 6." };
    },
  ],
  [
    "scaffold rejects its own answer",
    (p) => {
      p.steps[0]!.hints[1] = { kind: "scaffold", text: "Which?", answer: { kind: "text", accepted: [" "] } };
    },
  ],
  [
    "scaffold is the step's answer",
    (p) => {
      p.steps[0]!.hints[1] = { kind: "scaffold", text: "So?", answer: { kind: "numeric", value: 6 } };
    },
  ],
];

function issuesOf(change: (p: ProblemInput) => void): AuthoringIssue[] {
  const p = problem();
  change(p);
  return validateProblem(p);
}

describe("authoring issues in the reader's language", () => {
  it.each(broken)("%s: English names the place in words, Spanish is translated", (_name, change) => {
    const issues = issuesOf(change);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.text?.key).toMatch(/^admin\.errors\.issues\./);
      // As the editor labels it ("Step 1, wrong answer 2, the feedback: …"), never the format's
      // field path ("wrongAnswers[2] "6".feedback"): a browser walk found the path on screen.
      const en = describeIssueIn(translate("en"))(issue);
      expect(en).toMatch(/^Step 1, /);
      expect(en.endsWith(`: ${issue.message}`)).toBe(true);
      expect(en).not.toMatch(/\[\d+\]|wrongAnswers|\.text|\.answer|\.feedback/);
      const es = describeIssueIn(translate("es"))(issue);
      expect(es).toMatch(/^Paso 1, /);
      expect(es).not.toContain(issue.message);
      expect(es).not.toContain("admin.errors");
    }
  });

  it("names the step and field in Spanish", () => {
    const [issue] = issuesOf((p) => {
      p.steps[0]!.wrongAnswers[0]!.match = "6";
    });
    expect(describeIssueIn(translate("es"))(issue!)).toBe(
      "Paso 1, respuesta incorrecta 1, la respuesta incorrecta: la especificación de la respuesta la acepta como correcta",
    );
  });

  it.each<[string, (d: Record<string, unknown>) => void, string]>([
    [
      "an empty title",
      (d) => {
        d.title = "";
      },
      "El título: no puede estar vacío",
    ],
    [
      "a key with spaces",
      (d) => {
        d.key = "Has Spaces";
      },
      "La clave: usa letras minúsculas, dígitos, '.', '_' o '-'",
    ],
    [
      "a field the format does not know",
      (d) => {
        d.colour = "red";
      },
      "problem: tiene campos que el formato no conoce: colour",
    ],
    [
      "a value that is not a number",
      (d) => {
        (d.steps as { answer: unknown }[])[0]!.answer = { kind: "numeric", value: "six" };
      },
      "Paso 1, el valor: debe ser un número",
    ],
    [
      "no steps",
      (d) => {
        d.steps = [];
      },
      "La lista de pasos: necesita al menos 1 elemento",
    ],
  ])("a draft with %s is described in Spanish", (_name, change, expected) => {
    const d = JSON.parse(JSON.stringify(problem())) as Record<string, unknown>;
    change(d);
    const r = parseProblemDraft(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map(describeIssueIn(translate("es")))).toContain(expected);
  });

  it("keeps a refinement's own message, which has no key", () => {
    const d = JSON.parse(JSON.stringify(problem())) as { steps: { answer: unknown }[] };
    d.steps[0]!.answer = { kind: "numeric", value: 6, decimals: 1, sigfigs: 2 };
    const r = parseProblemDraft(d);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map(describeIssueIn(translate("es")))).toContainEqual(
        expect.stringMatching(/^Paso 1, .*sigfigs.*: give decimal places or significant figures, not both$/),
      );
  });
});

describe("skill and set form errors in the reader's language", () => {
  it.each<[string, () => Promise<unknown>, string, string]>([
    [
      "a skill key with capitals",
      () => createSkill(noDb, admin, { key: "Bad Key", name: "Halving" }),
      "Key: use lowercase letters, digits, '.', '_' or '-'",
      "Clave: usa letras minúsculas, dígitos, '.', '_' o '-'",
    ],
    [
      "a skill without a name",
      () => createSkill(noDb, admin, { key: "halving", name: "" }),
      "Name: must not be empty",
      "Nombre: no puede estar vacío",
    ],
    [
      "a renamed skill without a name",
      () => updateSkill(noDb, admin, "s1", { name: "  ", description: "" }),
      "Name: must not be empty",
      "Nombre: no puede estar vacío",
    ],
    [
      "a set title that is too long",
      () => createProblemSet(noDb, admin, { key: "set-1", title: "x".repeat(301) }),
      "Title: must be at most 300 characters",
      "Título: debe tener como máximo 300 caracteres",
    ],
    [
      "an edited set title that is too long",
      () => updateProblemSet(noDb, admin, "s1", { title: "x".repeat(301) }),
      "Title: must be at most 300 characters",
      "Título: debe tener como máximo 300 caracteres",
    ],
    [
      "a teacher",
      () => createSkill(noDb, { id: "t", role: "teacher" }, { key: "k", name: "n" }),
      "Only admins can change content.",
      "Solo la administración puede cambiar el contenido.",
    ],
  ])("%s", async (_name, act, en, es) => {
    const e = await act().catch((err: unknown) => err);
    expect(isAppError(e)).toBe(true);
    expect(publicError(e, translate("en")).message).toBe(en);
    expect(publicError(e, translate("es")).message).toBe(es);
  });
});

describe("the admin catalogue", () => {
  it("has every admin.errors key lib/authoring names, in English and Spanish", () => {
    const dir = import.meta.dirname;
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const src = readFileSync(path.join(dir, f), "utf8");
      for (const m of src.matchAll(/"(admin\.errors\.[\w.]+)"/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const locale of ["en", "es"] as const) {
      const keys = new Set(flattenKeys(ownMessages(locale)));
      expect([...used].filter((k) => !keys.has(k))).toEqual([]);
    }
  });
});
