import {
  type Ask,
  type AskInput,
  INSTRUCTION,
  join,
  question,
  RELATIVE_MAIN,
  readPost,
  readPre,
  words,
} from "./mathdial-clause";
import { COPULAS, capitalize, lowerFirst, MODALS, SUBORDINATORS, verbForms } from "./mathdial-english";
import {
  copulaQuestion,
  findQuestion,
  hasFiniteVerb,
  isVerbAt,
  restOf,
  thatQuestion,
  verbQuestion,
  wh,
} from "./mathdial-inversion";

export { type Ask, type AskInput, INSTRUCTION, readPost } from "./mathdial-clause";

/**
 * Turns the words around a computed quantity into a question that asks for it, by rules:
 * "The total number of spoons was [12+3=15] spoons." -> "What was the total number of spoons?";
 * "He spent [$2] on gumballs" -> "How much did he spend on gumballs?"; "There are [14] fish in
 * both aquariums." -> "How many fish are there in both aquariums?"; "Janice walks up 3 flights
 * 5 times per day, for a total of [15] flights" -> "Janice walks up ... per day. How many flights
 * of stairs is that in total?". Candidates come best first (with the clause's context, then
 * without); the caller drops any that would give a value away.
 */

/** Questions for a quantity, best first; empty when no rule applies. */
export function askFor(input: AskInput): Ask[] {
  const post = readPost(input.post);
  const out: Ask[] = [];
  const add = (text: string | null | undefined, rule: string) => {
    if (text && !out.some((o) => o.text === text)) out.push({ text, rule });
  };
  const lastSentence = input.pre.split(/(?<=[a-z0-9)][.!?])\s+(?=[A-Z])/).at(-1) ?? "";
  const find = /\b(?:find|figure out|calculate|work out|determine|compute)\s+(.+)$/i.exec(lastSentence);
  if (find) add(findQuestion(find[1]!, input), "find");
  const pre = readPre(input.pre);
  const ws = words(pre.main);
  let core: string | null = null;
  let rule = "";
  if (pre.relative !== null) {
    add(thatQuestion(pre.context, post, input, pre), "relative");
  } else if (pre.label && ws.length <= 6 && !ws.some((_, i) => i > 0 && isVerbAt(ws, i))) {
    const lab = pre.label.replace(/^(?:so|thus|then|first|and)\b,?\s*/i, "");
    core = /^(?:the|total|final|new)\b/i.test(lab)
      ? `What is ${/^the\b/i.test(lab) ? lowerFirst(lab) : `the ${lowerFirst(lab)}`}?`
      : post.noun
        ? `${capitalize(lab)}: how many ${post.noun}?`
        : null;
    rule = "label";
  } else if (
    ws.length === 0 ||
    (ws.length <= 4 && !hasFiniteVerb(pre.main) && !/^there\b/i.test(pre.main) && !RELATIVE_MAIN.test(pre.main))
  ) {
    if (ws.length > 0) pre.context = join(pre.context && `${pre.context},`, pre.main);
    const rest = words(post.rest);
    const hasVerb = rest.some((w, i) => i < 5 && (verbForms(w).length > 0 || COPULAS.has(w) || MODALS.has(w)));
    const copula = /^\s*(is|was|are|were)\s+((?:the|a|an|his|her|their|its)\b.*?)[.]?$/i.exec(input.post);
    if (copula) core = question(`What ${copula[1]!.toLowerCase()} ${copula[2]}`);
    else if (input.percent && /^\s*of\b/i.test(input.post))
      core = question(`What percentage ${input.post.trim().replace(/[.]$/, "")}`);
    else if (
      post.noun &&
      hasVerb &&
      !/^(?:that|which|who)\b/i.test(post.rest) &&
      !/^(?:[A-Z][a-z]+|he|she|they|it|we|you|I)\s/.test(post.rest)
    )
      core = question(join(wh(post, input, pre), post.rest));
    rule = "quantity-first";
    if (!core && pre.context && ws.length === 0) {
      const own = words(pre.context);
      const direct = copulaQuestion(own, post, input, pre) ?? verbQuestion(own, post, input, pre);
      if (direct) add(direct, "verb");
      add(thatQuestion(pre.context, post, input, pre), "relative");
    }
  } else if (/^there\b/i.test(pre.main)) {
    const ex =
      /^there(?:['’]s)?\s+(is|are|was|were|(?:will|would|must|should|could|can) be|(?:has|have|had) been)$/i.exec(
        pre.main,
      );
    const w = wh(post, input, pre);
    if (ex && w) {
      let [aux, ...tail] = ex[1]!.toLowerCase().split(" ");
      const participle = /^(?:added|left|taken|given|used|spent|saved|needed|remaining)\b/i.test(post.rest);
      if (participle && input.money) aux = aux === "are" ? "is" : aux === "were" ? "was" : aux === "have" ? "has" : aux;
      core = participle
        ? question(join(w, aux, tail.join(" "), restOf(post, input), pre.total && "in total"))
        : question(join(w, aux, "there", tail.join(" "), restOf(post, input), pre.total && "in total"));
      rule = "there-is";
    }
  } else if (!INSTRUCTION.test(pre.main)) {
    core = copulaQuestion(ws, post, input, pre);
    rule = "copula";
    if (!core) {
      core = verbQuestion(ws, post, input, pre);
      rule = "verb";
    }
    if (!core) add(thatQuestion(join(pre.context && `${pre.context},`, pre.main), post, input, pre), "relative");
  }
  if (core) {
    if (pre.context) {
      const prefix = SUBORDINATORS.test(pre.context) || !hasFiniteVerb(pre.context);
      add(
        prefix ? `${capitalize(pre.context)}, ${lowerFirst(core)}` : `${capitalize(pre.context)}. ${core}`,
        `${rule}+context`,
      );
    }
    add(core, rule);
  }
  return out;
}
