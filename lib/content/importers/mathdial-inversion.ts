import {
  ADVERBS,
  type AskInput,
  INSTRUCTION,
  join,
  MEASURE,
  MONEY_NOUNS,
  MONEY_VERBS,
  type Post,
  type Pre,
  question,
  words,
} from "./mathdial-clause";
import {
  ARTICLES,
  COPULAS,
  capitalize,
  DETERMINERS,
  LEADING,
  lowerFirst,
  MODALS,
  PLURAL_PRONOUNS,
  PRONOUNS,
  SUBORDINATORS,
  verbForms,
} from "./mathdial-english";

/**
 * Questions from a clause read by mathdial-clause.ts: the subject and verb inverted ("he spent"
 * -> "did he spend"), a copula ("The cost was" -> "What was the cost?"), an embedded question
 * ("find how many miles he drove"), or a statement then "How many ... is that?".
 */

export function wh(post: Post, input: AskInput, pre: Pre, verbBase?: string): string | null {
  const more = post.more || pre.additional ? "more " : "";
  if (input.percent) return join("What percentage", post.ofPhrase);
  if (post.adjective) return `How ${post.adjective}`;
  if (input.money) {
    if (/^(?:million|billion|thousand)\b/i.test(post.noun)) return `How many ${post.noun} dollars`;
    if (MONEY_NOUNS.test(post.noun)) return `How many ${more}${post.noun}`;
    const thing = pre.ofNoun || (verbBase && MONEY_VERBS.has(verbBase) ? "" : "money");
    return join("How much", more, post.ofPhrase || thing);
  }
  if (post.noun) return `How many ${more}${post.noun}`;
  if (pre.ofNoun) return `How many ${pre.ofNoun}`;
  if (post.ofPhrase) return join("How much", post.ofPhrase);
  return null;
}

/** What the clause says after the quantity, when the noun was not taken as the question's noun. */
export function restOf(post: Post, input: AskInput): string {
  const unused =
    input.money && post.noun && !MONEY_NOUNS.test(post.noun) && !/^(?:million|billion|thousand)\b/i.test(post.noun);
  return join(unused ? post.noun : "", post.rest);
}

export function isVerbAt(ws: string[], i: number): boolean {
  const w = (ws[i] ?? "").toLowerCase();
  const prev = (ws[i - 1] ?? "").toLowerCase().replace(/,$/, "");
  if (MODALS.has(w) || COPULAS.has(w) || ["has", "have", "had", "did", "does", "do"].includes(w)) return true;
  if (
    DETERMINERS.has(prev) ||
    prev === "to" ||
    /['’]s$/.test(prev) ||
    (NUMBER_WORD.test(prev) && (ws[i - 2] ?? "").toLowerCase() !== "by")
  )
    return false;
  const forms = verbForms(w).filter((f) => f.tense !== "ing" && f.tense !== "pp");
  if (forms.length === 0) return false;
  // A bare base form ("cost", "need") is a verb only after a plural subject or an adverb.
  if (forms.every((f) => f.tense === "base")) {
    return (
      /s$/.test(prev) ||
      PLURAL_PRONOUNS.has(prev) ||
      /ly$|^(?:together|also|all|both|each|still)$/.test(prev) ||
      ws.slice(0, i).some((x) => x.toLowerCase() === "and")
    );
  }
  return true;
}

export function hasFiniteVerb(text: string): boolean {
  const ws = words(text);
  return ws.some((_, i) => i > 0 && isVerbAt(ws, i)) || SUBORDINATORS.test(text);
}

/** "she will be", "The cost of the apples was": a copula that ends the clause. */
export function copulaQuestion(ws: string[], post: Post, input: AskInput, pre: Pre): string | null {
  const text = ws.join(" ");
  const m =
    /^(.+?)\s+(will be|would be|must be|should be|can be|could be|is equal to|are equal to|was equal to|were equal to|is equals|equals|is|are|was|were)$/i.exec(
      text,
    ) ?? /^(.+?)(['’]s)$/.exec(text);
  if (!m) return null;
  const subject = m[1]!.trim();
  const cop = m[2]!.toLowerCase().replace(/^['’]s$/, "is");
  if (!subject || /^(?:which|that|this|it|what)$/i.test(subject) || /^[A-Z][a-z]+ing\b/.test(subject)) return null;
  const s = lowerFirst(subject);
  const equal = /equal/.test(cop);
  const parts = cop.split(" ");
  const aux = equal ? (parts[0] === "equals" ? "is" : (parts[0] as string)) : (parts[0] as string);
  const tail = equal ? "equal to" : parts.slice(1).join(" ");
  const rest = restOf(post, input);
  const prepRest = /^(?:in|on|at|for|per|after|before|during|from|with|by|to|than|left|now)\b/i.test(rest) ? rest : "";
  if (post.adjective) return question(join(`How ${post.adjective}`, aux, s, tail, rest));
  const w = wh(post, input, pre);
  if (PRONOUNS.has(subject.toLowerCase())) {
    if (!w && /years? old|\bage\b/i.test(input.pre)) return question(join("How old", aux, s, tail, rest));
    return w ? question(join(w, aux, s, tail, rest)) : null;
  }
  if ((post.more || pre.additional) && w) return question(join(w, aux, s, tail, rest));
  if (input.percent && !/percent/i.test(subject)) return question(join("What percentage", aux, s, tail));
  if (w && post.noun && !input.money && !MEASURE.test(subject)) return question(join(w, aux, s, tail, prepRest));
  return question(join("What", aux, s, tail, prepRest, pre.total && "in total"));
}

/** The subject's first word, after an opening phrase such as "On Thursday" or "with insurance". */
const NUMBER_WORD = /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)$/i;
const PREPOSITIONS = new Set("to at for in on of with from by into over under about than per and".split(" "));

function subjectStart(ws: string[], v: number): number {
  const first = (ws[0] ?? "").toLowerCase();
  if (!LEADING.has(first) && !/^[a-z]+ing$/.test(first)) return 0;
  // The noun phrase right before the verb, scanning back: "For all the pieces | the bakery would".
  for (let i = v - 1; i >= 1; i--) {
    const w = ws[i] as string;
    const lw = w.toLowerCase();
    const prev = (ws[i - 1] as string).toLowerCase();
    if (PRONOUNS.has(lw)) return i;
    const opens = ARTICLES.has(lw) || /^[A-Z]/.test(w);
    if (opens && !DETERMINERS.has(prev) && !LEADING.has(prev) && !PREPOSITIONS.has(prev)) return i;
  }
  return 0;
}

/** "he spent", "Karan has to pay", "they would need": subject and verb, inverted into a question. */
export function verbQuestion(ws: string[], post: Post, input: AskInput, pre: Pre, whGiven?: string): string | null {
  let v = -1;
  if (PRONOUNS.has((ws[0] ?? "").toLowerCase())) {
    v = 1;
    while (v < ws.length - 1 && ADVERBS.has((ws[v] as string).toLowerCase())) v++;
  } else
    for (let i = 1; i < Math.min(ws.length, 14); i++)
      if (isVerbAt(ws, i)) {
        v = i;
        break;
      }
  if (v < 1 || v >= ws.length) return null;
  const s0 = subjectStart(ws, v);
  const leading = ws.slice(0, s0).join(" ");
  let subjectWords = ws.slice(s0, v);
  // Adverbs between subject and verb stay after the subject: "he now has" -> "does he now have".
  const adverbs = subjectWords.filter((w, i) => i > 0 && ADVERBS.has(w.toLowerCase()));
  subjectWords = subjectWords.filter((w, i) => !(i > 0 && ADVERBS.has(w.toLowerCase())));
  if (subjectWords.length === 0 || /^[A-Z][a-z]+ing$/.test(subjectWords[0] as string)) return null;
  const subject = join(lowerFirst(subjectWords.join(" ")), adverbs.join(" ").toLowerCase());
  const w = (ws[v] as string).toLowerCase();
  const after = ws.slice(v + 1);
  // Numbers between the verb and the quantity ("walks up 3 flights 5 times per day, for") make
  // an inverted question unreadable: the caller asks "How many ... is that?" instead.
  if (
    !whGiven &&
    /\d|\btimes\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+\w+\s+each\b/i.test(after.join(" "))
  )
    return null;
  const singular =
    /^(?:he|she|it)$/i.test(subject) || (/^[A-Z]/.test(subjectWords.at(-1) as string) && !/\band\b/.test(subject));
  const plural = !singular && (PLURAL_PRONOUNS.has(subject.toLowerCase()) || /\band\b|s$/.test(subject));
  const tail = join(restOf(post, input), pre.total && "in total", pre.average && "on average");
  const q = (text: string) => (leading ? `${capitalize(leading)}, ${lowerFirst(question(text))}` : question(text));
  const ask = (base: string | undefined) => whGiven ?? wh(post, input, pre, base) ?? "What";
  if (MODALS.has(w) || COPULAS.has(w)) {
    const aux = w === "'s" ? "is" : w;
    const base = after.find((x) => verbForms(x).length > 0);
    return q(join(ask(base ? verbForms(base)[0]?.base : undefined), aux, subject, after.join(" "), tail));
  }
  if (["has", "have", "had"].includes(w)) {
    const next = (after[0] ?? "").toLowerCase();
    if (next === "been" || verbForms(next).some((f) => f.tense === "pp")) {
      return q(join(ask(verbForms(next)[0]?.base), w, subject, after.join(" "), tail));
    }
    const doAux = w === "had" ? "did" : w === "has" ? "does" : "do";
    return q(join(ask("have"), doAux, subject, "have", after.join(" "), tail));
  }
  if (["did", "does", "do"].includes(w)) {
    return q(join(ask(verbForms(after[0] ?? "")[0]?.base), w, subject, after.join(" "), tail));
  }
  const forms = verbForms(w);
  const third = forms.find((f) => f.tense === "3s");
  const past = forms.find((f) => f.tense === "past");
  const base = forms.find((f) => f.tense === "base");
  const pick = third ?? (plural && base ? base : (past ?? base));
  if (!pick) return null;
  const doAux = pick === third ? "does" : pick === past ? "did" : "do";
  return q(join(ask(pick.base), doAux, subject, pick.base, after.join(" "), tail));
}

/** "find how many miles he drove" -> "How many miles did he drive?"; "find the X" -> "What is the X?". */
export function findQuestion(object: string, input: AskInput): string | null {
  const obj = object
    .split(/,\s+|:\s*/)[0]!
    .replace(/\s+by\s+(?:\w+ing|multiply|dividing|adding)\b.*$/i, "")
    .replace(/\s+(?:divide|multiply|add|subtract)\b.*$/i, "")
    .replace(/[\s.:,]+$/, "")
    .trim();
  if (!obj) return null;
  const m = /^(how (?:many|much|far|long|fast|old|tall|big|often)|what(?: percentage| percent)?)\s+(.*)$/i.exec(obj);
  if (!m) return ARTICLES.has((obj.split(" ")[0] ?? "").toLowerCase()) ? `What is ${obj}?` : `Find ${obj}.`;
  const whWord = m[1]!.toLowerCase();
  const ws = m[2]!.split(" ");
  const phrase: string[] = [whWord];
  let i = 0;
  if (/^how (?:many|much)$|^what/.test(whWord)) {
    while (i < ws.length) {
      const w = ws[i] as string;
      const lw = w.toLowerCase();
      if (lw === "of" && (phrase.length > 1 || /percent/.test(whWord))) {
        // "what percentage of the candles explode": the phrase runs to the verb.
        let j = i + 1;
        while (j < ws.length && !isVerbAt(["x", ...ws.slice(i + 1, j + 1)], j - i)) {
          const x = ws[j] as string;
          if (PRONOUNS.has(x.toLowerCase()) || /^[A-Z][a-z]/.test(x) || (j > i + 1 && ARTICLES.has(x.toLowerCase())))
            break;
          j++;
        }
        if (j >= ws.length || !/^[a-z]/.test(ws[i + 1] ?? "")) break;
        phrase.push(...ws.slice(i, j));
        i = j;
        break;
      }
      if (PRONOUNS.has(lw) || ARTICLES.has(lw) || /^[A-Z]/.test(w) || verbForms(lw).length > 0) break;
      if (MODALS.has(lw) || COPULAS.has(lw)) break;
      phrase.push(w);
      i++;
    }
  }
  const whPhrase = capitalize(phrase.join(" "));
  const clause = ws.slice(i);
  if (clause.length === 0) return null;
  const first = clause[0]!.toLowerCase();
  if (MODALS.has(first) || COPULAS.has(first) || (verbForms(first).length > 0 && !PRONOUNS.has(first))) {
    return question(join(whPhrase, clause.join(" ")));
  }
  const none: Post = { noun: "", ofPhrase: "", more: false, rest: "", adjective: null };
  const pre: Pre = {
    context: "",
    main: "",
    total: false,
    additional: false,
    average: false,
    ofNoun: "",
    label: null,
    relative: null,
  };
  return verbQuestion(clause, none, input, pre, whPhrase) ?? `Find ${obj}.`;
}

/** "How many wheels is that?" after a statement of what was counted. */
export function thatQuestion(context: string, post: Post, input: AskInput, pre: Pre): string | null {
  const ctx = context.replace(/(?:\s+(?:and|so|for|to|by|of|with|then|or|the|a|an))+$/i, "").replace(/[\s,;:]+$/, "");
  const w0 = wh(post, input, pre);
  if (/bringing/i.test(pre.relative ?? pre.main)) {
    return w0 && post.noun ? `${w0} are there in total now?` : "What is the total now?";
  }
  if (words(ctx).length < 3 || INSTRUCTION.test(ctx)) return null;
  if (SUBORDINATORS.test((ctx.split(/,\s+/).at(-1) ?? "").replace(/^(?:so|and|then)\s+/i, "")) && ctx.includes(","))
    return null;
  // "The number of people who took only wine is the difference ..., which is": ask for the subject.
  const cop = /^(.+?)\s+(is|was|are|were)\s+(?:the|a|an|equal|twice|double|half)\b/i.exec(ctx);
  if (cop && !PRONOUNS.has(cop[1]!.toLowerCase()) && MEASURE.test(cop[1]!)) {
    return question(join("What", cop[2]!.toLowerCase(), lowerFirst(cop[1]!.trim())));
  }
  const w = w0;
  const total = pre.total || /total/i.test(pre.relative ?? "") ? "in total" : "";
  const was = /\bwas\b/i.test(pre.relative ?? "") ? "was" : "is";
  const ask = w ? `${w} ${was} that${total ? ` ${total}` : ""}?` : "What number is that?";
  return hasFiniteVerb(ctx) ? `${capitalize(ctx)}. ${ask}` : `${capitalize(ctx)}: ${lowerFirst(ask)}`;
}
