import { replaceNumberWords } from "../math-reading/replace-number-words";
import { languageOf, unicodeWords } from "./answers/localize-input";
import { normalizeInput } from "./answers/normalize-input";

/**
 * What a free-typed message is when it is not an answer. Patterns, not a model: the embedded
 * engine cannot understand free prose, so it sorts messages into the few kinds it can answer.
 *
 * `jailbreak` is any message addressed to the tutor about the tutor itself: instructions
 * ("ignore your instructions", "you are now...", "developer mode", "repeat your system prompt"),
 * role-play and games, claimed permission ("my teacher said you can"), and requests to say the
 * answer in another form (backwards, spelled, encoded, in French, in a story, "what would you
 * write in the box"). None of them is an answer, whatever numbers or words they contain.
 */
export type MessageIntent =
  | "reveal_request"
  | "jailbreak"
  | "hint_request"
  | "greeting"
  | "question"
  | "off_topic"
  /** Frustration or giving up ("this is stupid", "I hate maths", "I give up"): not an answer, not a request. */
  | "frustration"
  | "unclear";

const REVEAL =
  /\b(tell|give|show|send)\s+(me\s+)?(the\s+)?(answer|solution|result)\b|\bwhat('?s| is)\s+the\s+(answer|solution)\b|\b(answer|solution)\s+(please|pls|plz)\b|\bjust\s+tell\s+me\b|\breveal\b|\bonly\s+the\s+(answer|solution|number|result)\b/i;
const HINT =
  /\b(hint|help|stuck|clue|don'?t\s+(know|get|understand)|dont\s+(know|get)|idk|no\s+idea|not\s+sure|confused|lost|how\s+do\s+i|what\s+do\s+i\s+do|where\s+do\s+i\s+start|what\s+to\s+do|how\s+to\s+(?:do|start|solve|work)|where\s+to\s+start|show\s+me\s+how|explain|walk\s+me\s+through)\b/i;
/** Greetings and small talk to the tutor ("hi", "thanks", "bye"); "yes", "no", "ok" can be answers. */
const GREETING =
  /^\s*(hi|hello|hey|hiya|good\s+(morning|afternoon|evening)|yo|thanks?(\s+you)?(\s+so\s+much)?|thx|ty|cheers|cool|nice|great|awesome|bye|goodbye|see\s+you|lol|haha)\b[\s!.,:)]*$/i;
/** Starts a question even without a "?". */
const QUESTION_START = /^\s*(?:why|how|what|when|where|which|who|can|could|is|are|do|does|should|would)\b(?!['’])/i;
/** Starts a question when the sentence ends in "?". */
const QUESTION_WORD =
  /^\s*(?:why|how|what|when|where|which|who|whom|whose|can|could|is|are|am|was|were|do|does|did|should|shall|would|will|may|might|must|has|have|isn't|aren't|doesn't|don't|didn't|won't|wouldn't|shouldn't)\b/i;
const MATHY = /[0-9=+\-*/^()%]|\b(half|third|quarter|percent|fraction|equation|answer|step|number)\b/i;

/**
 * Messages to the tutor about the tutor, one pattern per family (matched on normalised,
 * lower-case text). Each family names what the student asks the tutor to do or be, never
 * a maths word, so an answer that happens to contain "mode" or "story" is not caught.
 */
const META: RegExp[] = [
  // Overriding the tutor's instructions, or asking for them.
  /\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:your|the|my|these|those|previous|prior|earlier|above|system|all)\b.*\b(?:instructions?|rules?|prompts?|guidelines?|restrictions?|programming|training|filters?)\b/,
  /\b(?:your|the|system|previous|prior|hidden|original|initial)\s+(?:instructions?|rules|prompt|guidelines|programming)\b/,
  /\bsystem\s+(?:prompt|message|override)\b|^\W*(?:system|assistant|developer|admin)\s*:|#{2,}|```|'''|\bprint\s*\(|<\/?[a-z][\w-]*>|\{\s*"|"\s*:|"\s*\]|\[\/?inst\]/,
  /\b(?:developer|dev|debug|admin|god|test|testing|teacher|reveal|answer|unrestricted|jailbreak|jailbroken|sudo|[a-z]+-preview)\s+mode\b|\bjailbr[eo]a?k/,
  // Who the tutor is: role-play, pretending, games.
  /\byou\s*(?:are|'re|r)\s+(?:now|no\s+longer|an?|my|the|dan|allowed|free|not\s+a|in)\b/,
  /\b(?:pretend|act\s+as|acting\s+as|role[\s-]?play|roleplay|let'?s\s+play|play\s+a\s+game|from\s+now\s+on|simulate)\b/,
  // Claimed permission.
  /\bmy\s+(?:teacher|teachers|tutor|mum|mom|mother|dad|father|parents?|instructor|principal|boss)\s+(?:said|says|told|allows?|lets?|let|wants?|paid|gave|is\s+(?:ok|okay|fine))\b/,
  /\b(?:allowed|permitted|permission|authori[sz]e[ds]?|authori[sz]ation)\b|\bas\s+an?\s+(?:admin|administrator|developer|teacher|moderator|tester|grader)\b|\bautomated\s+grader\b/,
  /\byou\s+(?:can|may|could|must|have\s+to|need\s+to|should|are\s+supposed\s+to|are\s+able\s+to)\s+(?:just\s+)?(?:tell|give|show|say|reveal|write|print|output|confirm|share|read|type|answer)\b/,
  // The answer in another form or place.
  /\b(?:backwards?|in\s+reverse|reverse\s+(?:it|this|that|the|order)|(?:one|a)\s+(?:digit|letter|character|number)\s+at\s+a\s+time|(?:digit|letter|character)\s+by\s+(?:digit|letter|character)|(?:spaces|dashes|dots|commas|gaps|hyphens)\s+between|between\s+(?:the\s+|each\s+)?(?:digits|letters|characters))\b/,
  /\b(?:in|en|auf|em|into)\s+(?:spanish|espanol|español|french|francais|français|german|deutsch|italian|italiano|portuguese|portugues|português|chinese|japanese|russian|arabic|latin|pig\s+latin|another\s+language|a\s+different\s+language|binary|hex|hexadecimal|octal|base\s*\d+|roman\s+numerals?|morse(?:\s+code)?|code|emojis?|a\s+(?:riddle|poem|story|song|rap|haiku|code|cipher))(?![\p{L}])/u,
  /(?<![\p{L}])(?:respuesta|resultado|ergebnis|antwort|reponse|réponse|risposta|resposta|d[ií]melo|contesta|antworte|r[ée]ponds|rispondi|responda|por\s+favor|bitte|per\s+favore|s'il\s+(?:te|vous)\s+pla[iî]t)(?![\p{L}])/u,
  /\b(?:base64|hexadecimal|hex\s+bytes|binary|octal|roman\s+numerals?|morse|cipher|encode|encoded|decode|translate|spell)\b/,
  /\b(?:poem|story|song|riddle|rap|haiku|limerick|screenplay|novel)\b|\bhypothetical(?:ly)?\b|\bfor\s+(?:testing|test|research|educational)\s+purposes\b/,
  /\bwhat\s+would\s+you\s+(?:write|put|type|say|answer|enter|get|do)\b|\bwhat\s+do\s+you\s+get\b|\bif\s+you\s+were\s+me\b|\banswer\s+(?:box|key|sheet)\b/,
  /\b(?:fill\s+in|complete|continue|finish)\s+(?:the|my|this)\s+(?:blank|sentence|gap|line)\b|_{2,}/,
  // Telling the tutor what to do with its output.
  /(?:^|[.!?,;:]\s*|\b(?:please|pls|plz|just|now|then|so|can\s+you|could\s+you|would\s+you|will\s+you)\s+)(?:tell|say|give|show|write|print|output|type|read|repeat|respond|reply|confirm|reveal|send|paste|enable|activate|ignore|disregard|forget|enter|switch|summari[sz]e|separate)\s+(?:me\s+|us\s+)?(?:it|them|the\s+(?:answer|solution|result|number|word|final|expected|correct|right|value|letters|digits|whole)|your|only|out|back|with|in|dots|spaces|dashes|developer|to|as|a\s+(?:poem|story|song|riddle|word|number))\b/,
  /\b(?:answer|respond|tell\s+me|say\s+it|reply)\s+now\b|\bconfirm\b|\bprove\s+(?:you|it)\b|\b(?:terrible|bad|useless|worst)\s+(?:tutor|teacher|bot|ai|app)\b/,
];

/**
 * The same intents in the student's language. English is read in every locale (students mix
 * it in); these patterns are added for their language. Matched on the trimmed text (case
 * ignored) or, for `meta` and `answerFrame`, on normalised lower-case text. `\b` is a Unicode
 * word boundary here ("qué", "är").
 */
interface LocaleIntents {
  reveal: RegExp;
  hint: RegExp;
  greeting: RegExp;
  /** Starts a question even without a "?". */
  questionStart: RegExp;
  /** Starts a question when the sentence ends in "?". */
  questionWord: RegExp;
  answerFrame: RegExp;
  meta: RegExp[];
  /** Alternatives of the English META patterns (as written in their source) that are ordinary words in this language. */
  ownWords: string[];
}

const LOCALE_INTENTS: Record<string, LocaleIntents> = {
  es: {
    reveal:
      /\b(?:dime|dame|d[ií]|mu[ée]strame|ens[ée][ñn]ame|p[aá]same)\s+(?:ya\s+|solo\s+|s[oó]lo\s+)?(?:la|el)\s+(?:respuesta|soluci[oó]n|resultado)\b|\bcu[aá]l\s+es\s+la\s+(?:respuesta|soluci[oó]n)\b|\b(?:la\s+)?(?:respuesta|soluci[oó]n)\s+(?:por\s+favor|porfa|porfis|ya)\b|\b(?:solo|s[oó]lo)\s+d[ií]me(?:lo)?\b|\bd[ií]melo\b|\bqu[ée]\s+(?:da|sale)\s+al\s+final\b/i,
    hint: /\b(?:pistas?|ayuda|ay[uú]dame|ay[uú]dam?e|atascad[oa]|bloquead[oa]|no\s+(?:lo\s+)?s[ée]|no\s+(?:lo\s+)?entiendo|no\s+comprendo|no\s+me\s+sale|ni\s+idea|no\s+tengo\s+(?:ni\s+)?idea|no\s+estoy\s+segur[oa]|confundid[oa]|perdid[oa]|c[oó]mo\s+(?:lo\s+)?(?:hago|empiezo|se\s+hace|resuelvo|sigo)|qu[ée]\s+(?:hago|tengo\s+que\s+hacer)|por\s+d[oó]nde\s+empiezo|expl[ií]ca(?:me|lo|melo)?|me\s+(?:ayudas|explicas))\b/i,
    greeting:
      /^\s*[¡!]*\s*(?:hola|holi|buenas|buenos\s+d[ií]as|buenas\s+(?:tardes|noches)|hey|saludos|gracias|muchas\s+gracias|mil\s+gracias|gracias\s+por\s+todo|adi[oó]s|chao|chau|hasta\s+luego|hasta\s+ma[ñn]ana|nos\s+vemos|genial|guay|qu[ée]\s+bien|jaja+|jeje+)\b[\s!.,:)]*$/i,
    questionStart:
      /^\s*¿?\s*(?:por\s*qu[ée]|c[oó]mo|qu[ée]|cu[aá]ndo|d[oó]nde|cu[aá]l(?:es)?|qui[ée]n(?:es)?|cu[aá]nt[oa]s?|puedo|puedes|podr[ií]as|se\s+puede|hay\s+que|tengo\s+que|debo)\b/i,
    questionWord:
      /^\s*¿?\s*(?:por\s*qu[ée]|c[oó]mo|qu[ée]|cu[aá]ndo|d[oó]nde|cu[aá]l(?:es)?|qui[ée]n(?:es)?|cu[aá]nt[oa]s?|puedo|puedes|podr[ií]as|pod[eé]s|es|son|est[aá]|est[aá]n|hay|tiene|tengo|debo|ser[ií]a|va|vale|se|me|entonces|y\s+si)\b/i,
    answerFrame:
      /(?:^|[.,;:!?]\s*|\b(?:pero|entonces|bueno|pues|vale|quiz[aá]s?|tal\s+vez|a\s+ver)\s+)(?:creo\s+que|pienso\s+que|supongo\s+que|me\s+parece\s+que|dir[ií]a\s+que|(?:la|mi)\s+respuesta\s+(?:final\s+)?(?:es|ser[ií]a)|respuesta\s*:|me\s+(?:da|sale|dio|sali[oó])|es|ser[ií]a|deber[ií]a\s+ser|tiene\s+que\s+ser|da|sale)\b/,
    meta: [
      /\b(?:ignora|olvida|olv[ií]date\s+de|salta(?:te)?)\s+(?:todas\s+)?(?:tus|las|estas|esas)\s+(?:instrucciones|reglas|normas|indicaciones)\b/,
      /\b(?:tus|las)\s+instrucciones\b|\bprompt\s+del\s+sistema\b/,
      /\b(?:ahora\s+)?eres\s+(?:un|una|mi|el|la)\b|\bya\s+no\s+eres\b|\bfinge\b|\bhaz\s+como\s+si\b|\bjuguemos\b|\bjuego\s+de\s+rol\b|\bmodo\s+(?:desarrollador|dios|profesor|depuraci[oó]n|admin)\b/,
      /\bmi\s+(?:profe|profesor|profesora|maestr[oa]|madre|padre|mam[aá]|pap[aá]|tutor[a]?)\s+(?:dijo|dice|me\s+deja|quiere|permite)\b|\btengo\s+permiso\b/,
      /\bal\s+rev[ée]s\b|\b(?:letra|d[ií]gito|cifra)\s+(?:por|a)\s+(?:letra|d[ií]gito|cifra)\b|\ben\s+(?:ingl[ée]s|franc[ée]s|alem[aá]n|binario|hexadecimal|c[oó]digo|morse|n[uú]meros\s+romanos)\b/,
      /\b(?:poema|canci[oó]n|adivinanza|acertijo|rap)\b|\bqu[ée]\s+(?:escribir[ií]as|pondr[ií]as|responder[ií]as)\b|\bsi\s+fueras\s+yo\b/,
      /\b(?:completa|rellena|termina)\s+(?:la|esta|mi)\s+(?:frase|oraci[oó]n|l[ií]nea)\b/,
    ],
    ownWords: [
      "respuesta",
      "resultado",
      "d[ií]melo",
      "contesta",
      "responda",
      String.raw`por\s+favor`,
      "spanish",
      "espanol",
      "español",
    ],
  },
  sv: {
    reveal:
      /\b(?:säg|ge|visa)\s+(?:mig\s+)?(?:bara\s+)?(?:svaret|lösningen|resultatet)\b|\bvad\s+är\s+(?:svaret|lösningen)\b|\bbara\s+säg\s+(?:det|svaret)\b|\bsvaret\s+(?:tack|nu)\b/i,
    hint: /\b(?:ledtråd(?:ar)?|tips|hjälp|hjälpa\s+mig|vet\s+inte|förstår\s+inte|fattar\s+inte|begriper\s+inte|ingen\s+aning|inte\s+säker|sitter\s+fast|kör\s+fast|förvirrad|vilse|hur\s+(?:gör|börjar|löser)\s+(?:jag|man)|vad\s+ska\s+jag\s+göra|var\s+(?:ska\s+jag\s+)?börja(?:r\s+jag)?|förklara)\b/i,
    greeting:
      /^\s*(?:hej|hallå|hejsan|tjena|tjenare|tja|god\s+(?:morgon|kväll|dag|middag)|tack|tack\s+så\s+mycket|tusen\s+tack|stort\s+tack|hej\s+då|hejdå|ha\s+det(?:\s+bra)?|vi\s+ses|coolt|snyggt|toppen|grymt|haha+)\b[\s!.,:)]*$/i,
    questionStart: /^\s*(?:varför|hur|vad|när|vilken|vilket|vilka|vem|kan|kunde|får|ska|måste)\b/i,
    questionWord:
      /^\s*(?:varför|hur|vad|när|var|vilken|vilket|vilka|vem|kan|kunde|får|ska|skulle|måste|är|blir|har|stämmer|borde|menar)\b/i,
    answerFrame:
      /(?:^|[.,;:!?]\s*|\b(?:men|så|okej|kanske|alltså)\s+)(?:jag\s+tror(?:\s+att)?|jag\s+gissar(?:\s+på)?|jag\s+fick|jag\s+får|svaret\s+(?:är|blir)|mitt\s+svar\s+är|det\s+(?:är|blir|borde\s+vara|måste\s+vara))\b/,
    meta: [
      /\b(?:ignorera|glöm|strunta\s+i)\s+(?:alla\s+)?(?:dina|de|dessa)\s+(?:instruktioner|regler)\b/,
      /\bdu\s+är\s+(?:nu|inte\s+längre|en|min)\b|\blåtsas\b|\brollspel\b|\bvi\s+leker\b|\butvecklarläge\b/,
      /\bmin\s+(?:lärare|fröken|mamma|pappa|förälder)\s+(?:sa|säger|låter|vill)\b/,
      /\bbaklänges\b|\b(?:siffra|bokstav)\s+för\s+(?:siffra|bokstav)\b|\bpå\s+(?:engelska|spanska|binär\s+form|morse)\b/,
      /\b(?:dikt|sång|gåta)\b|\bvad\s+skulle\s+du\s+(?:skriva|svara)\b/,
    ],
    ownWords: [],
  },
};

const COMPILED = new Map<string, LocaleIntents>();

/** The intents of the student's language, Unicode-aware; null for English. */
function intentsFor(locale: string): LocaleIntents | null {
  const lang = languageOf(locale);
  const table = LOCALE_INTENTS[lang];
  if (!table) return null;
  let c = COMPILED.get(lang);
  if (!c) {
    c = {
      reveal: unicodeWords(table.reveal),
      hint: unicodeWords(table.hint),
      greeting: unicodeWords(table.greeting),
      questionStart: unicodeWords(table.questionStart),
      questionWord: unicodeWords(table.questionWord),
      answerFrame: unicodeWords(table.answerFrame),
      meta: table.meta.map(unicodeWords),
      ownWords: table.ownWords,
    };
    COMPILED.set(lang, c);
  }
  return c;
}

const META_FOR = new Map<string, RegExp[]>();

/**
 * The English META patterns read in a language: its own words stop counting ("respuesta",
 * "por favor" and "en español" are ordinary Spanish, not a request for the answer in Spanish).
 */
function englishMetaFor(locale: string): RegExp[] {
  const lang = languageOf(locale);
  const li = intentsFor(locale);
  if (!li) return META;
  let m = META_FOR.get(lang);
  if (!m) {
    m = META.map((re) => {
      let source = re.source;
      for (const w of li.ownWords) source = source.split(`${w}|`).join("").split(`|${w})`).join(")");
      return source === re.source ? re : new RegExp(source, re.flags);
    });
    META_FOR.set(lang, m);
  }
  return m;
}

/** True for messages addressed to the tutor about the tutor (see `jailbreak`). */
export function isMetaMessage(text: string, locale = "en"): boolean {
  const n = normalizeInput(text);
  if (englishMetaFor(locale).some((re) => re.test(n))) return true;
  return intentsFor(locale)?.meta.some((re) => re.test(n)) ?? false;
}

/**
 * A question: it starts with a question word or auxiliary, any of its sentences does and ends
 * in "?", or it ends in "?" with more than a tentative answer before it. A bare tentative
 * answer ("12?", "x = 4?", "numerator?") is not a question: it is graded like an answer.
 */
export function isQuestionMessage(text: string, locale = "en"): boolean {
  const t = text.trim();
  const li = intentsFor(locale);
  if (QUESTION_START.test(t) || li?.questionStart.test(t)) return true;
  const sentences = t
    .split(/(?<=[.!?;])\s+|,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sentences.some((s) => s.endsWith("?") && isQuestionWord(s, li))) return true;
  return t.endsWith("?") && !isTentativeAnswer(t, locale);
}

function isQuestionWord(s: string, li: LocaleIntents | null): boolean {
  return QUESTION_WORD.test(s) || (li?.questionWord.test(s) ?? false);
}

/** "12?", "I think it's 15?": a short statement ending in "?" with no question word in it. */
export function isTentativeAnswer(text: string, locale = "en"): boolean {
  const t = text.trim();
  if (!/\?\s*$/.test(t)) return false;
  // The Spanish opening mark belongs to the question: "¿12?" is "12?".
  const body = t.replace(/[?\s]+$/, "").replace(/^[¿\s]+/, "");
  if (!body || /[?¿]/.test(body)) return false;
  const li = intentsFor(locale);
  if (body.split(/[.!;,]\s*/).some((s) => isQuestionWord(s.trim(), li))) return false;
  return body.split(/\s+/).filter(Boolean).length <= 8 && !isMetaMessage(body, locale);
}

const ANSWER_FRAME =
  /(?:^|[.,;:!?]\s*|\b(?:but|so|and|then|maybe|ok|okay|well|um|hmm)\s+)(?:i\s+think|i\s+guess|i\s+believe|i\s+reckon|i\s+got|i\s+would\s+say|i\s+say|i\s+pick|i\s+choose|i\s+chose|i\s+will\s+go\s+with|i\s+would\s+go\s+with|my\s+(?:final\s+)?(?:answer|guess)|the\s+(?:final\s+|correct\s+|right\s+)?answer\s+(?:is|would\s+be|should\s+be)|answer\s*(?:is|:)|it\s+is|it\s+would\s+be|it\s+should\s+be|it\s+must\s+be)\b/;

/** The message frames an answer: "I think it's...", "the answer is...", "it is...", "my answer...". */
export function hasAnswerFrame(text: string, locale = "en"): boolean {
  const n = normalizeInput(text);
  return ANSWER_FRAME.test(n) || (intentsFor(locale)?.answerFrame.test(n) ?? false);
}

/** Maths in the message: digits, signs, maths words, or number words of the student's language. */
function isMathy(t: string, li: LocaleIntents | null): boolean {
  if (MATHY.test(t)) return true;
  return li !== null && (LOCALE_MATHY.test(t) || /\d/.test(replaceNumberWords(t.toLowerCase())));
}

const LOCALE_MATHY = unicodeWords(
  /\b(?:mitad|medio|tercios?|cuartos?|por\s*ciento|fracci[oó]n|ecuaci[oó]n|respuesta|paso|n[uú]mero|halv|halva|tredjedel(?:ar)?|fjärdedel(?:ar)?|procent|bråk|ekvation|svar(?:et)?|steg(?:et)?|tal(?:et)?)\b/i,
);

/**
 * What the message is when it is not an answer, read in the student's language as well as in
 * English (locale: a locale code such as "es"; default "en").
 */
export function classifyMessage(text: string, locale = "en"): MessageIntent {
  const t = text.trim();
  const li = intentsFor(locale);
  if (REVEAL.test(t) || li?.reveal.test(t)) return "reveal_request";
  if (isMetaMessage(t, locale)) return "jailbreak";
  if (HINT.test(t) || li?.hint.test(t)) return "hint_request";
  if (GREETING.test(t) || li?.greeting.test(t)) return "greeting";
  if (isQuestionMessage(t, locale)) return "question";
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length >= 2 && !isMathy(t, li)) return "off_topic";
  return "unclear";
}
