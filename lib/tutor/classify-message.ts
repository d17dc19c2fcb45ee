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

/** True for messages addressed to the tutor about the tutor (see `jailbreak`). */
export function isMetaMessage(text: string): boolean {
  const n = normalizeInput(text);
  return META.some((re) => re.test(n));
}

/**
 * A question: it starts with a question word or auxiliary, any of its sentences does and ends
 * in "?", or it ends in "?" with more than a tentative answer before it. A bare tentative
 * answer ("12?", "x = 4?", "numerator?") is not a question: it is graded like an answer.
 */
export function isQuestionMessage(text: string): boolean {
  const t = text.trim();
  if (QUESTION_START.test(t)) return true;
  const sentences = t
    .split(/(?<=[.!?;])\s+|,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sentences.some((s) => s.endsWith("?") && QUESTION_WORD.test(s))) return true;
  return t.endsWith("?") && !isTentativeAnswer(t);
}

/** "12?", "I think it's 15?": a short statement ending in "?" with no question word in it. */
export function isTentativeAnswer(text: string): boolean {
  const t = text.trim();
  if (!/\?\s*$/.test(t)) return false;
  const body = t.replace(/[?\s]+$/, "");
  if (!body || /[?]/.test(body)) return false;
  if (body.split(/[.!;,]\s*/).some((s) => QUESTION_WORD.test(s.trim()))) return false;
  return body.split(/\s+/).filter(Boolean).length <= 8 && !isMetaMessage(body);
}

const ANSWER_FRAME =
  /(?:^|[.,;:!?]\s*|\b(?:but|so|and|then|maybe|ok|okay|well|um|hmm)\s+)(?:i\s+think|i\s+guess|i\s+believe|i\s+reckon|i\s+got|i\s+would\s+say|i\s+say|i\s+pick|i\s+choose|i\s+chose|i\s+will\s+go\s+with|i\s+would\s+go\s+with|my\s+(?:final\s+)?(?:answer|guess)|the\s+(?:final\s+|correct\s+|right\s+)?answer\s+(?:is|would\s+be|should\s+be)|answer\s*(?:is|:)|it\s+is|it\s+would\s+be|it\s+should\s+be|it\s+must\s+be)\b/;

/** The message frames an answer: "I think it's...", "the answer is...", "it is...", "my answer...". */
export function hasAnswerFrame(text: string): boolean {
  return ANSWER_FRAME.test(normalizeInput(text));
}

export function classifyMessage(text: string): MessageIntent {
  const t = text.trim();
  if (REVEAL.test(t)) return "reveal_request";
  if (isMetaMessage(t)) return "jailbreak";
  if (HINT.test(t)) return "hint_request";
  if (GREETING.test(t)) return "greeting";
  if (isQuestionMessage(t)) return "question";
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length >= 2 && !MATHY.test(t)) return "off_topic";
  return "unclear";
}
