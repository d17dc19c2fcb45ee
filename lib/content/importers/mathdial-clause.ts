import { ARTICLES, capitalize, NOUN_STOP, startsNounAfterOf, verbForms } from "./mathdial-english";

/**
 * The words around a computed quantity, read for asking about it: the clause before it (its
 * context, subject and verb, "a total of", a label) and the clause after it (the noun it counts,
 * "more", "of her money", the rest). English rules for GSM8K solution lines; see
 * mathdial-question.ts.
 */

export interface AskInput {
  /** The clause's words before the quantity (or before its expression). */
  pre: string;
  /** The words after the quantity, to the end of its part of the line. */
  post: string;
  money: boolean;
  percent: boolean;
}

export interface Ask {
  text: string;
  /** Which rule made it (reported in stats, used in tests). */
  rule: string;
}

export interface Post {
  noun: string;
  /** "of her money", "of a pound": what the quantity is a part of. */
  ofPhrase: string;
  more: boolean;
  rest: string;
  /** "old", "long", "tall": the quantity is asked with "How <adj>". */
  adjective: string | null;
}

export const ADVERBS = new Set([
  "now",
  "also",
  "still",
  "only",
  "then",
  "just",
  "already",
  "currently",
  "therefore",
  "eventually",
  "really",
  "together",
  "initially",
  "finally",
]);
const ADJECTIVES = new Set(["old", "long", "tall", "high", "wide", "deep", "far", "heavy"]);
const COMPARATIVES =
  /^(?:later|earlier|faster|slower|longer|shorter|older|younger|taller|heavier|lighter|cheaper|bigger|smaller|higher|lower)$/i;
const MORE = new Set(["more", "less", "fewer", "extra", "additional"]);
export const MONEY_VERBS = new Set([
  "cost",
  "pay",
  "spend",
  "charge",
  "earn",
  "make",
  "save",
  "owe",
  "contribute",
  "lose",
]);
export const MONEY_NOUNS = /^(?:dollars?|cents?|bucks?)$/i;
/** Nouns of measurement: "The capacity ... is 36 books" asks "What is the capacity ...?". */
export const MEASURE =
  /\b(?:number|total|capacity|difference|cost|price|amount|sum|time|charge|earnings?|balance|weight|length|height|distance|area|age|interest|percentage|speed|rate|profit|value|salary|bill|contribution|savings|score|average|minimum|maximum|size|volume|depth|perimeter|width|duration|result|remainder|rest|share|half|quarter|third|double|twice|triple)\b/i;

export function words(s: string): string[] {
  return s.trim() ? s.trim().split(/\s+/) : [];
}

export function join(...parts: (string | undefined | null | false)[]): string {
  return parts
    .filter((p): p is string => !!p && !!p.trim())
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

export function question(s: string): string {
  return `${capitalize(s.replace(/[\s,;:]+$/, ""))}?`;
}

/** The clause after the quantity: its noun ("pounds of candy"), and what follows. */
export function readPost(post: string): Post {
  const listed = post.replace(/\b([a-z]+(?:,\s+[a-z]+)*),?\s+(and|or)\s+(?=[a-z]+\s+[a-z]+)/gi, (m) =>
    /,/.test(m) ? m.replace(/,?\s+/g, "\u00a6") : m,
  );
  const clause = listed
    .replace(/\//g, " per ")
    .split(
      /(?<!\d)[.;!?](?!\d)|,\s+(?=(?:so|which|then|but|and|bringing|making|meaning|receiving|while|because|since|giving)\b)/i,
    )[0]!
    .split(/\s+(?=(?:because|since|which|so|while|but)\b)/i)[0]!
    .replace(/\s+/g, " ")
    .trim();
  const ws = words(clause);
  let i = 0;
  let more = false;
  if (ws[0] && MORE.has(ws[0].toLowerCase())) {
    more = true;
    i = 1;
  }
  const noun: string[] = [];
  let afterOf = false;
  while (i < ws.length && noun.length < 6) {
    const w = ws[i] as string;
    const lw = w.toLowerCase();
    const numberAfterOf = afterOf && /^\d[\d.,]*$/.test(w);
    if (
      !numberAfterOf &&
      (!/^[a-z][a-z'’\u00a6-]*$/i.test(w) ||
        /n['’]t$/i.test(w) ||
        (noun.length > 0 && /^[A-Z][a-z]/.test(w) && !afterOf))
    )
      break;
    if (lw === "of" && noun.length > 0 && (startsNounAfterOf(ws[i + 1]) || /^\d/.test(ws[i + 1] ?? ""))) {
      noun.push("of");
      afterOf = true;
      i++;
      continue;
    }
    if (NOUN_STOP.has(lw) || COMPARATIVES.test(lw) || ADJECTIVES.has(lw)) break;
    const verb = verbForms(lw);
    if (!afterOf && verb.some((v) => v.tense === "ing")) break;
    if (!afterOf && verb.length > 0 && noun.length > 0) break;
    if (!afterOf && noun.length === 0 && verb.some((v) => v.tense === "past")) break;
    // "packs of milk" is a noun; "gets the" a verb.
    const next = (ws[i + 1] ?? "").toLowerCase();
    if (!afterOf && noun.length === 0 && verb.some((v) => v.tense === "3s") && (ARTICLES.has(next) || /^\d/.test(next)))
      break;
    noun.push(w);
    i++;
  }
  while (noun.at(-1) === "of") {
    noun.pop();
    i--;
  }
  let ofPhrase = "";
  if (noun.length === 0 && ws[i]?.toLowerCase() === "of") {
    let j = i + 1;
    while (j < ws.length && j < i + 5 && !["on", "in", "for", "to", "at", "per", "than"].includes(ws[j]!.toLowerCase()))
      j++;
    ofPhrase = ws.slice(i, j).join(" ");
    i = j;
  }
  let rest = ws.slice(i).join(" ");
  let adjective: string | null = null;
  const first = ws[i]?.toLowerCase();
  if (first && ADJECTIVES.has(first)) {
    adjective = first;
    rest = ws.slice(i + 1).join(" ");
  }
  const unlist = (x: string) => x.replace(/\u00a6(and|or)\u00a6/g, ", $1 ").replace(/\u00a6/g, ", ");
  return { noun: unlist(noun.join(" ")), ofPhrase, more, rest: unlist(rest), adjective };
}

export const MARKERS =
  /^(?:so|thus|therefore|then|hence|and|but|also|finally|first(?:ly)?|next|lastly|however|that means(?: that)?|this means(?: that)?|which means(?: that)?|meaning(?: that)?|in total|in all|altogether|overall|together)\b,?\s*/i;
const TOTAL_MARKER = /^(?:in total|in all|altogether|overall|together)\b/i;
/** A clause that refers back to what came before: "..., for a total of", "so that's", "which is". */
const RELATIVE_END =
  /(?:^|,|\s)\s*(?:so\s+that(?:'s| is)|that(?:'s| is)|which(?: is| was| makes| gives| comes to)?|(?:it|that|this) means?|bringing (?:the|their|its|his|her) total(?: up)? to|(?:we|you) (?:must |need to |have to |should |can )?(?:first )?(?:perform|do|calculate|compute|get|find))\s*$/i;
/** "..., for a total of", "... per day for", "..., so", ", or": relative when the clause holds numbers. */
const RELATIVE_AFTER_NUMBERS =
  /(?:,\s*(?:for(?: a total of)?|a total of|so|or|making|giving)|\s+(?:for(?: a total of)?|so))\s*$/i;

export interface Pre {
  context: string;
  main: string;
  total: boolean;
  additional: boolean;
  average: boolean;
  /** A noun named before the quantity: "earned a commission of" -> "commission". */
  ofNoun: string;
  label: string | null;
  relative: string | null;
}

/** An instruction that names the operation ("Multiply the number of trolls by 4"): a hint, not a prompt. */
export const INSTRUCTION = /^(?:(?:first|then|next|finally|now|so),?\s+)*(?:add|subtract|multiply|divide|take away)\b/i;

export const RELATIVE_MAIN = /^(?:which|that|this|it|for|making|giving|bringing)\b/i;

/** Cleans the words before the quantity and splits off the clause's context. */
function expandContractions(s: string): string {
  return s
    .replace(/\b(he|she|it|they|we|you|i)['’]ll\b/gi, "$1 will")
    .replace(/\b(they|we|you)['’]re\b/gi, "$1 are")
    .replace(/\b(he|she|it)['’]s\s+(?=\w+ing\b)/gi, "$1 is ")
    .replace(/\b(did|does|do|is|are|was|were|could|would|should)n['’]t\b/gi, "$1 not")
    .replace(/\bwon['’]t\b/gi, "will not")
    .replace(/\bcan['’]t\b/gi, "cannot");
}

export function readPre(raw: string): Pre {
  let pre = expandContractions(raw.replace(/\s+/g, " ").trim());
  pre = pre.split(/(?<=[a-z0-9)][.!?])\s+(?=[A-Z])/).at(-1) ?? pre;
  // Algebra written before the numbers: "she will have C + 6 =", "Cassidy has C =".
  pre = pre.replace(/\b[a-zA-Z]\s*(?:[-+*/]\s*\d+\s*)?=\s*$/, "").trim();
  const labelled = /^([^=:]{1,60}?)\s*[:=]\s*$/.exec(pre);
  const label = labelled ? labelled[1]!.trim() : null;
  pre = pre.replace(/\s*[:=]\s*$/, "").trim();
  const out: Pre = {
    context: "",
    main: "",
    total: false,
    additional: false,
    average: false,
    ofNoun: "",
    label,
    relative: null,
  };
  const numbers = /\d|\b(?:one|two|three|four|five|six|half|twice|double|dozen)\b/i;
  const after = RELATIVE_AFTER_NUMBERS.exec(pre);
  const clause = after
    ? (pre
        .slice(0, after.index)
        .split(/,\s+|\s+(?:so|then)\s+/)
        .at(-1) ?? "")
    : "";
  const rel = RELATIVE_END.exec(pre) ?? (after && numbers.test(clause) ? after : null);
  if (rel) {
    out.relative = rel[0].trim().replace(/^,\s*/, "");
    if (/total/i.test(rel[0])) out.total = true;
    let context = pre.slice(0, rel.index);
    for (;;) {
      const t = context.replace(/(?:[\s,;:]+|\s+(?:so|then|thus|and|in total|in all|altogether|which|that))$/i, (m) => {
        if (/total|in all|altogether/i.test(m)) out.total = true;
        return "";
      });
      if (t === context) break;
      context = t;
    }
    out.context = context.replace(MARKERS, "");
    return out;
  }
  for (;;) {
    const t = pre.replace(
      /\s+(?:a total of|in total|an average of|an additional|another|an extra|additional|extra|only|about|approximately|exactly|just|a|an)$/i,
      (m) => {
        if (/total/i.test(m)) out.total = true;
        if (/average/i.test(m)) out.average = true;
        if (/additional|another|extra/i.test(m)) out.additional = true;
        return "";
      },
    );
    if (t === pre) break;
    pre = t.trim();
  }
  const named = /\s+(?:a|an)\s+([a-z]+(?:\s+[a-z]+)?)\s+of$/i.exec(pre);
  if (named) {
    out.ofNoun = named[1] as string;
    pre = pre.slice(0, named.index);
  }
  if (out.total) pre = pre.replace(/\s+for$/i, "");
  if (pre.endsWith(",")) {
    out.context = pre.slice(0, -1).replace(MARKERS, "");
    return out;
  }
  for (;;) {
    const m = MARKERS.exec(pre);
    if (!m || m[0].length === 0) break;
    if (TOTAL_MARKER.test(m[0])) out.total = true;
    pre = pre.slice(m[0].length);
  }
  // Split off the context: the last "so", "then", "which means" or comma before the clause.
  const seps = [
    ...pre.matchAll(
      /\s*,?\s+(?:and so|so that|so|then|therefore|thus|hence|(?:which|that|this) means?(?: that)?|means?(?: that)?|meaning(?: that)?)\s+|\s*[,;]\s+/gi,
    ),
  ];
  let main = pre;
  const last = seps.at(-1);
  if (last?.index && last.index > 0) {
    out.context = pre.slice(0, last.index).trim();
    main = pre.slice(last.index + last[0].length).trim();
  }
  for (;;) {
    const m = MARKERS.exec(main);
    if (!m || m[0].length === 0) break;
    if (TOTAL_MARKER.test(m[0])) out.total = true;
    main = main.slice(m[0].length);
  }
  out.context = out.context.replace(MARKERS, "").replace(/[\s,;:]+$/, "");
  if (/^(?:so|then|thus|therefore)$/i.test(out.context)) out.context = "";
  out.main = main.trim();
  return out;
}
