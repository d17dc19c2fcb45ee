/**
 * Just enough English for turning a worked-solution clause into a question: verb forms (to put
 * "he spent" as "did he spend"), pronouns, and word classes that end a noun phrase. Tuned on
 * GSM8K solutions, not a general grammar.
 */

/** base, past, past participle (when it differs from the past). */
const IRREGULAR: [string, string, string?][] = [
  ["be", "was", "been"],
  ["have", "had"],
  ["do", "did", "done"],
  ["go", "went", "gone"],
  ["make", "made"],
  ["buy", "bought"],
  ["sell", "sold"],
  ["spend", "spent"],
  ["pay", "paid"],
  ["take", "took", "taken"],
  ["give", "gave", "given"],
  ["get", "got", "gotten"],
  ["eat", "ate", "eaten"],
  ["read", "read"],
  ["run", "ran", "run"],
  ["find", "found"],
  ["win", "won"],
  ["lose", "lost"],
  ["leave", "left"],
  ["see", "saw", "seen"],
  ["drive", "drove", "driven"],
  ["drink", "drank", "drunk"],
  ["sleep", "slept"],
  ["swim", "swam", "swum"],
  ["write", "wrote", "written"],
  ["ride", "rode", "ridden"],
  ["build", "built"],
  ["bring", "brought"],
  ["catch", "caught"],
  ["teach", "taught"],
  ["think", "thought"],
  ["keep", "kept"],
  ["send", "sent"],
  ["hold", "held"],
  ["grow", "grew", "grown"],
  ["throw", "threw", "thrown"],
  ["fly", "flew", "flown"],
  ["wear", "wore", "worn"],
  ["break", "broke", "broken"],
  ["choose", "chose", "chosen"],
  ["feed", "fed"],
  ["meet", "met"],
  ["sit", "sat"],
  ["stand", "stood"],
  ["lend", "lent"],
  ["put", "put"],
  ["cut", "cut"],
  ["let", "let"],
  ["split", "split"],
  ["set", "set"],
  ["bet", "bet"],
  ["hit", "hit"],
  ["cost", "cost"],
  ["rise", "rose", "risen"],
  ["fall", "fell", "fallen"],
  ["begin", "began", "begun"],
  ["lay", "laid"],
  ["say", "said"],
  ["tell", "told"],
  ["feel", "felt"],
  ["hear", "heard"],
  ["come", "came", "come"],
  ["become", "became", "become"],
  ["know", "knew", "known"],
  ["draw", "drew", "drawn"],
  ["shoot", "shot"],
  ["dig", "dug"],
  ["lead", "led"],
  ["fight", "fought"],
  ["forget", "forgot", "forgotten"],
  ["mean", "meant"],
  ["burn", "burnt"],
];

const REGULAR = `earn save need want use weigh charge receive collect bake cook plant pick walk travel work
play watch burn attend visit jump climb count order rent hire invest owe last require contain produce
serve prepare deliver score lift gain borrow return add remove donate share divide fill download mow
sled improve increase decrease drop finish complete open close start help move carry fix paint clean
wash hike bid cover consume match rewind raise reach pass join miss study practice hatch survive die
store place reward double triple end remain stay want plan apply wait expect cook bake shop manage
fit cross look purchase sign answer ask mark deposit withdraw record rain snow print type listen
arrive subtract multiply subdivide rest need learn smell explode sleep manage reduce gather waste
pack load fold bet tip feed water sprint jog pour mix bake cycle paddle row roll toss grow contribute
allocate calculate convert invite accept bring stock sell cook bake trade spend pay owe donate earn
sharpen weigh measure separate repair rescue adopt taste bloom produce shred rewind fill grind book`;

interface VerbForm {
  base: string;
  tense: "base" | "3s" | "past" | "pp" | "ing";
}

const FORMS = new Map<string, VerbForm[]>();

function addForm(word: string, f: VerbForm) {
  const list = FORMS.get(word) ?? [];
  if (!list.some((x) => x.base === f.base && x.tense === f.tense)) list.push(f);
  FORMS.set(word, list);
}

function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function regularPast(base: string): string[] {
  if (base.endsWith("e")) return [`${base}d`];
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ied`];
  // "planned", "sledded", "dropped" (and the undoubled spelling some authors use).
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)) return [`${base}${base.at(-1)}ed`, `${base}ed`];
  return [`${base}ed`];
}

function ing(base: string): string[] {
  if (/[^e]e$/.test(base)) return [`${base.slice(0, -1)}ing`];
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)) return [`${base}${base.at(-1)}ing`, `${base}ing`];
  return [`${base}ing`];
}

for (const [base, past, pp] of IRREGULAR) {
  addForm(base, { base, tense: "base" });
  addForm(thirdPerson(base), { base, tense: "3s" });
  addForm(past, { base, tense: "past" });
  addForm(pp ?? past, { base, tense: "pp" });
  for (const g of ing(base)) addForm(g, { base, tense: "ing" });
}
for (const base of REGULAR.split(/\s+/).filter(Boolean)) {
  addForm(base, { base, tense: "base" });
  addForm(thirdPerson(base), { base, tense: "3s" });
  for (const p of regularPast(base)) {
    addForm(p, { base, tense: "past" });
    addForm(p, { base, tense: "pp" });
  }
  for (const g of ing(base)) addForm(g, { base, tense: "ing" });
}
addForm("has", { base: "have", tense: "3s" });
addForm("is", { base: "be", tense: "3s" });
addForm("are", { base: "be", tense: "base" });
addForm("were", { base: "be", tense: "past" });

/** The readings of a word as a verb form ("spent" -> spend, past). */
export function verbForms(word: string): VerbForm[] {
  const w = word.toLowerCase();
  const known = FORMS.get(w);
  if (known) return known;
  // An unlisted "-ed" word is read as a regular past: "allocated" -> allocate.
  if (/^[a-z]{3,}ed$/.test(w) && !NOT_VERBS.has(w) && !/(?:bed|eed|red)$/.test(w)) {
    const stem = w.slice(0, -2);
    const base = /ied$/.test(w)
      ? `${w.slice(0, -3)}y`
      : /([^aeiou])\1$/.test(stem) && !/(ss|ll)$/.test(stem)
        ? stem.slice(0, -1)
        : /(?:at|ut|iz|is|us|c|g|v|ur|as|os)$/.test(stem)
          ? `${stem}e`
          : stem;
    return [
      { base, tense: "past" },
      { base, tense: "pp" },
    ];
  }
  return [];
}

const NOT_VERBS = new Set([
  "hundred",
  "red",
  "bed",
  "need",
  "seed",
  "speed",
  "feed",
  "shed",
  "sled",
  "bred",
  "weed",
  "deed",
]);

export const MODALS = new Set(["will", "would", "can", "could", "should", "must", "might", "may", "shall"]);
export const COPULAS = new Set(["is", "are", "was", "were", "'s", "’s"]);
export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "you", "i"]);
export const PLURAL_PRONOUNS = new Set(["they", "we", "you", "i"]);

/** Words after which a word is a noun or adjective, not a verb ("the total cost", "his walks"). */
export const DETERMINERS = new Set(
  "the a an his her their its our my your this that these those each every per total average net final initial original other another of some any no one two three both all".split(
    " ",
  ),
);

/** Words that end a noun phrase read after a number ("15 spoons in the box" -> "spoons"). */
export const NOUN_STOP = new Set(
  `in on for to at from by with per than into after before during over under each every a an the that which
who whom because since so and or while if when left remaining more less apiece this these those it its his
her their our your my is are was were be been being will would can could should must did do does has have
had not also still only now then as altogether together initially already just of`.split(/\s+/),
);

/** Words that may follow "of" inside a noun phrase ("pounds of candy", not "of the desk"). */
export function startsNounAfterOf(word: string | undefined): boolean {
  return !!word && !DETERMINERS.has(word.toLowerCase()) && !PRONOUNS.has(word.toLowerCase()) && /^[a-z]/i.test(word);
}

/** Determiners proper (not quantity words): where a new noun phrase starts. */
export const ARTICLES = new Set("the a an his her their its our my your this that these those each every".split(" "));

/** Prepositions and adverbs that can open a clause before its subject ("On Thursday the mechanic"). */
export const LEADING = new Set(
  "on in at for with over from after before during by today tomorrow tonight yesterday now currently initially then".split(
    " ",
  ),
);

/** Words that open a subordinate clause ("If ...", "Since ..."). */
export const SUBORDINATORS =
  /^(?:if|when|whenever|since|after|before|as|because|once|while|given|although|unless|until)\b/i;

/** Sentence case: "the cost" -> "The cost"; and the reverse, keeping names and "I". */
export function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function lowerFirst(s: string): string {
  const first = (s.split(/\s/)[0] ?? "").split("-")[0] as string;
  // Keep names ("Julia", "Mr."), acronyms and "I".
  if (first === "I" || /^[A-Z][a-z]*\.$/.test(first) || /^[A-Z]{2,}/.test(first)) return s;
  if (/^[A-Z]/.test(first) && !COMMON_SENTENCE_START.has(first.toLowerCase())) return s;
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

const COMMON_SENTENCE_START = new Set(
  `the a an he she they it we you his her their its our my your this that these those each every there
one both all if when since after before as because given on in at for with during from of currently normally how what which who where why
today tomorrow yesterday now then so thus therefore altogether together half double twice total first second
third last next another other some many most over under by to about adding multiplying dividing subtracting
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred`.split(/\s+/),
);
