import { isRejection, type Rejection, reject, UNIT_AFTER } from "./oatutor-latex";
import { mathSpec, type OatutorQuestion, type Spec, selfChecks } from "./oatutor-math";
import { matrixSpec } from "./oatutor-matrix";
import { chemistrySpec, isChemistry } from "./oatutor-notation";
import { codeSpec, equationList, isCode, isWordAnswer, stringSpec, textSpec } from "./oatutor-string";
import { oatutorText } from "./oatutor-text";

export type { OatutorQuestion } from "./oatutor-math";
export { selfChecks } from "./oatutor-math";

/** OATutor compares strings with whitespace and \left/\right removed. */
export function oatutorStringKey(s: string): string {
  return s.replace(/\\left|\\right/g, "").replace(/\s+/g, "");
}

/**
 * Two options a student cannot tell apart ("Removable" / "removable", "8 lb. 13 oz" /
 * "8 lb. 13 oz."): the same letters, digits, operators and brackets, ignoring case, "$",
 * spaces and punctuation. Brackets count: "(2, 5)" and "[2, 5]" are different intervals.
 */
function duplicateKey(option: string): string {
  return oatutorStringKey(option.replace(/\\n/g, " "))
    .toLowerCase()
    .replace(/\$/g, "")
    .replace(/[^\p{L}\p{N}+\-*/^=<>.()[\]]|\.(?!\d)/gu, "");
}

/**
 * Multiple choice: options converted like all text, duplicates merged (an authored duplicate
 * of the right option is the right option); correct = the option OATutor's string compare
 * matches.
 */
function choiceSpec(q: OatutorQuestion): Spec | Rejection | null {
  const answerKeys = new Set(q.answers.map(oatutorStringKey));
  const options: string[] = [];
  const keys: string[] = [];
  let correct = -1;
  for (const c of q.choices ?? []) {
    const key = duplicateKey(c);
    if (!key) continue;
    let at = keys.indexOf(key);
    if (at < 0) {
      at = keys.push(key) - 1;
      options.push(oatutorText(c));
    }
    if (answerKeys.has(oatutorStringKey(c)) && correct < 0) {
      correct = at;
      options[at] = oatutorText(c);
    }
  }
  // One distinct option is no choice at all: asked as a free answer instead.
  if (options.length < 2) return null;
  // Options that are letters ("B", "C", "D", "A") in letter order, so that typing "A" (which
  // the checker reads as the first option) picks option "A".
  if (options.every((o) => /^[A-Za-z]$/.test(o))) {
    const right = options[correct];
    options.sort((a, b) => a.localeCompare(b));
    correct = right === undefined ? -1 : options.indexOf(right);
  }
  if (correct < 0)
    return reject("answer-not-a-choice", `the answer ${JSON.stringify(q.answers[0])} is not one of the choices`);
  return { kind: "choice", options, correct };
}

/**
 * Several answers written as maths blocks side by side ("$$5.79$$ $$5.91$$" for "between ___
 * and ___", "$$x-y+z=8$$ $$y-12z=-15$$ $$z=1$$" for a system): numbers as an unordered list of
 * numbers, equations as a system. Null when the blocks are anything else (one expression cut
 * into blocks: "$$y$$ $$=$$ $$3x$$").
 */
function blocksSpec(raw: string, q: OatutorQuestion): Spec | Rejection | null {
  if (!/^\s*(?:\$\$[^$]+\$\$\s*){2,}$/.test(raw)) return null;
  const blocks = [...raw.matchAll(/\$\$([^$]+)\$\$/g)].map((m) => m[1]!.trim());
  if (blocks.every((b) => /^-?\d+(?:\.\d+)?$/.test(b))) {
    const items: Spec[] = [];
    for (const b of blocks) {
      const item = mathSpec(b, { ...q, context: "" });
      if (isRejection(item)) return item;
      items.push(item);
    }
    const spec = { kind: "list", items, ordered: false } as Spec;
    return selfChecks(spec, [blocks.join(" "), blocks.join(", ")])
      ? spec
      : reject("self-check", `the values ${JSON.stringify(blocks.join(" "))} do not check as written`);
  }
  if (blocks.every((b) => (b.match(/=/g) ?? []).length === 1 && !/[<>]/.test(b))) return equationList(blocks, q);
  return null;
}

/**
 * Maps an OATutor answer to a Stepwise answer spec, or says why it cannot be mapped faithfully:
 * multiple choice -> choice; "arithmetic" -> numeric, fraction, percentage, expression or
 * equation read from its LaTeX; "string" -> see stringSpec. Forms the question asks for
 * ("in lowest terms", "factor") are required when the authored answer has that form.
 */
export function oatutorAnswerSpec(q: OatutorQuestion): Spec | Rejection {
  const answers = q.answers.filter((a) => a.trim() !== "");
  const first = answers[0];
  if (first === undefined) return reject("no-answer", "no answer given");
  if (q.problemType === "MultipleChoice" || (q.choices && q.choices.length > 0 && q.answerType === "string")) {
    const choice = choiceSpec({ ...q, answers });
    if (!choice) return stringSpec(first, q);
    if (isRejection(choice) || selfChecks(choice)) return choice;
    // The checker cannot tell the right option from another by its text ("(-inf, 6)" and
    // "(-inf, 6]" read alike as options): asked as a free answer where that can be checked;
    // otherwise the choice stays (answering by letter still works).
    const free = stringSpec(first, q);
    return isRejection(free) ? choice : free;
  }
  if (q.answerType === "arithmetic" || q.answerType === undefined || q.answerType === "numeric") {
    const s = first.replace(/\$\$/g, " ").trim();
    const matrix = matrixSpec(first, q);
    if (matrix) return matrix;
    const blocks = blocksSpec(first, q);
    if (blocks) return blocks;
    // "42a105c" where the question asks for "the number followed by the first letter" of each
    // unknown (42 adults, 105 children): compared as words, the pairs spaced or not.
    const coded = s.match(/\d+[a-z]/g) ?? [];
    if (/^(?:\d+[a-z]\s*,?\s*){2,}$/.test(s) && /\bletter\b/i.test(q.context ?? ""))
      return textSpec(s, [...new Set([s, coded.join(" ")])]);
    // Words or chemical formulas ("Not a parabola", "Se", "Br2") typed into an arithmetic box.
    if (isWordAnswer(s) && !UNIT_AFTER.test(first.trim())) return textSpec(s);
    // Ions and equations ("CH3COO-", "Al → Al3+ +3e"): compared as chemistry. A sign that ends a
    // species makes it a charge ("Na+", "Br- (aq)"); "W+2" is maths.
    if (isChemistry(s, true)) return chemistrySpec(s);
    if (/^(?:[A-Z][a-z]?\d*)+\d*[+-](?:\s|\(|$)/.test(s) || /→|->/.test(s))
      return reject(
        "chemistry-notation",
        `the chemical notation ${JSON.stringify(s)} does not read as formulas, charges and one arrow`,
      );
    if (isCode(s)) return codeSpec(s);
    return mathSpec(first, q);
  }
  if (q.answerType === "string") return stringSpec(first, q);
  return reject("unsupported-answer-type", `unsupported answerType ${JSON.stringify(q.answerType)}`);
}
