import { replaceNumberWords } from "../math-reading/replace-number-words";
import { AR_AND, AR_THE, arabic, arabicAll, readArabicText } from "./answers/arabic-script";
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
  /\b(hint|help|stuck|clue|don'?t\s+(know|get|understand)|dont\s+(know|get)|idk|no\s+idea|not\s+sure|confused|lost|how\s+do\s+i|what\s+do\s+i\s+do|where\s+do\s+i\s+start|what\s+to\s+do|how\s+to\s+(?:do|start|solve|work)|where\s+to\s+start|show\s+me\s+how|explain|walk\s+me\s+through|having\s+(?:some\s+|a\s+lot\s+of\s+)?(?:trouble|difficulty|a\s+hard\s+time)|struggling|what\s+(?:am\s+i|are\s+we)\s+missing|what\s+did\s+i\s+(?:do\s+wrong|misunderstand|miss|get\s+wrong)|where\s+did\s+i\s+go\s+wrong)\b/i;
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
  /(?<!\b(?:the|my|your|an)\s)\b(?:answer|respond|tell\s+me|say\s+it|reply)\s+now\b|\bconfirm\b|\bprove\s+(?:you|it)\b|\b(?:terrible|bad|useless|worst)\s+(?:tutor|teacher|bot|ai|app)\b/,
];

/**
 * The same intents in the student's language. English is read in every locale (students mix
 * it in); these patterns are added for their language. Matched on the trimmed text (case
 * ignored) or, for `meta` and `answerFrame`, on normalised lower-case text, after the language's
 * own reading (`read`: Arabic is folded by readArabicText). `\b` is a Unicode word boundary here
 * ("qué", "är", "الجواب"), which JavaScript's ASCII \b is not.
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
  /** Giving up or negative affect about the task or the tutor ("me rindo", "jag ger upp"); negation is checked separately. */
  frustration: RegExp;
  /** Chat about the student's life, tastes or the tutor as a person ("me gusta el fútbol", "hur mår du?"). */
  chat: RegExp;
  /** Words that tie a message to maths or to the task in hand ("problema", "paso", "esto", "uppgiften"). */
  taskRef: RegExp;
  meta: RegExp[];
  /** Alternatives of the English META patterns (as written in their source) that are ordinary words in this language. */
  ownWords: string[];
  /**
   * How a message is read before any pattern is matched (Arabic: readArabicText folds its
   * spelling variants, tashkeel, digits and punctuation); the message as typed when absent.
   */
  read?: (text: string) => string;
  /*
   * The shared patterns below carry Spanish and Swedish words in their English source, where
   * JavaScript's ASCII \b finds them; a language whose letters \b cannot see has its own.
   */
  /** Explicit requests for help, which outrank venting (see EXPLICIT_HELP). */
  explicitHelp?: RegExp;
  /** A negation just before a frustration phrase (see NEGATION): matched on the words before it. */
  negation?: RegExp;
  /** Thanks anywhere in the message (see THANKS). */
  thanks?: RegExp;
  /** A thanks clause with what it thanks for (see THANKS_CLAUSE); global. */
  thanksClause?: RegExp;
  /** Confusion told about earlier work (see PAST_CONFUSION); global. */
  pastConfusion?: RegExp;
  /** A confirmation tag after an explanation (see CONFIRM_TAG). */
  confirmTag?: RegExp;
  /** Filler and noise (see FILLER). */
  filler?: RegExp;
  /** Maths words of the language (see LOCALE_MATHY). */
  mathy?: RegExp;
  /** The letters of the language's own script: one word of them is never keyboard noise (the vowel test is Latin). */
  letters?: RegExp;
}

/*
 * Arabic: Modern Standard Arabic and the common forms of Egyptian, Levantine and Gulf Arabic,
 * with a little Arabizi. The message is read by readArabicText first (no tashkeel or tatweel;
 * one alef, ه for ة, ي for ى; ASCII digits; ؟ ، as ? ,) and every pattern is folded the same way
 * when it is built (`arabic`), so a pattern is written as students spell it and still meets
 * "أعطني", "اعطني" and "أَعْطِنِي". `\b` is the Unicode boundary of unicodeWords, which sees Arabic
 * letters. AR_AND and AR_THE are the clitics written onto a word (و، ف، ب، ل، ك، ال).
 */
const A = AR_AND;
const T = AR_THE;
/** "This" and "that", as MSA and the dialects write it. */
const AR_THIS = "(?:هذا|هذه|هذي|هاذا|هاذي|هاد|هادا|هادي|هاي|ده|دي|دا|هيدا|هيدي)";
/** The answer, the solution, the result (with its clitics: "الجواب", "والحل"). */
const AR_ANSWER = `${T}(?:جواب|إجابة|حل|نتيجة|ناتج)`;
/** "Very", "so", "too", after an adjective or before it. */
const AR_VERY = "(?:جدا|كتير|كثير|كثيرا|اوي|قوي|مرة|مرا|بزاف|خالص|شديد)";
/** At most one word between a subject and its adjective, never a negation ("هذا مش صعب"). */
const AR_GAP = String.raw`(?:(?!(?:مش|مو|مب|ما|لا|ليس|ليست|لست|مهوش|مهيش|مانو|مانه)\s)\S+\s+)?`;
/** A verb of doing, solving, starting, after its person prefix ("أحل", "نبدأ", "بعمل", "هحلها"). */
const AR_DO = "(?:[بهح][أانيت]?|[أانيت])(?:بدأ|بلش|حل|عمل|سوي|طلع|جيب|لاقي|وجد|حسب|كمل|فكر|لقي)";
/** Greetings, thanks and goodbyes, each a whole message or strung together ("أهلا مرحبا"). */
const AR_GREET = String.raw`(?:مرحبا|مرحبتين|مراحب|أهلا|أهلين|أهلا\s+وسهلا|هلا|هلا\s+والله|هلو|هاي|هالو|سلام|(?:ال)?سلام\s+عليكم|وعليكم\s+السلام|ورحمة\s+الله|وبركاته|صباح\s+الخير|صباح\s+النور|صباحو|مساء\s+الخير|مساء\s+النور|تصبح\s+على\s+خير|تصبحين\s+على\s+خير|شكرا|مشكور|مشكورة|متشكر|متشكرة|ممنون|ممنونة|تسلم|تسلمي|تسلم\s+إيدك|(?:الله\s+)?يعطيك\s+العافية|جزاك\s+الله\s+خيرا?|ممتاز|رائع|جميل|حلو|عظيم|روعة|مع\s+السلامة|باي|يلا\s+باي|إلى\s+اللقاء|نشوفك|هه+|لول|marhaba|ahlan|salam|shukran|shokran|yslmo)`;

const ARABIC_INTENTS: LocaleIntents = {
  read: readArabicText,
  reveal: arabic`\b${A}(?:قل|قول|قولي|قوليلي|قلي|قللي|قوللي|أعطني|أعطيني|عطني|عطيني|إديني|هات|هاتلي|ابعتلي|ابعت|أرسل|أرسلي|وريني|ورجيني|أظهر|اعرض|خبرني|احكيلي|اكشف|أبغى|أبي|بدي|عايز|عاوز|عايزة|عاوزة|أريد|أحتاج)(?:\s+(?:لي|لنا))?(?:\s+(?:بس|فقط|بسرعة|الآن|هلق|دلوقتي))?\s+${AR_ANSWER}\b|\b${A}(?:ما|ماذا|شو|إيش|وش|إيه|شنو|اش|كم)\s+(?:هو\s+|هي\s+|هوا\s+|هيا\s+)?(?:بالضبط\s+)?${AR_ANSWER}\b|${AR_ANSWER}\s+(?:إيه|إيش|شو|كم|وش|شنو)\s*(?:\?|$)|${AR_ANSWER}\s+(?:من\s+فضلك|لو\s+سمحت|لو\s+سمحتي|بليز|please|plz|الله\s+يخليك|يا\s+ريت)\b|^\s*(?:بس|فقط)\s+(?:${AR_ANSWER}|${T}رقم)[\s.!?]*$|^\s*(?:${AR_ANSWER}|${T}رقم)\s+(?:بس|فقط|وبس|وخلاص)[\s.!?]*$|\b(?:بس|فقط|يلا|خلاص)\s+(?:قل|قول|قولي|قلي|قللي|قوللي|أعطني|عطني|إديني|هات|اكشف)(?:ه|ها|هولي|هالي|لي)?\b|\b(?:قولي|قلي|قوللي|قللي)\s+(?:وخلاص|وبس)\b`,
  hint: arabic`\b${A}(?:تلميح|تلميحا|تلميحة|تلميحات|ساعدني|ساعديني|ساعدوني|ساعدنا|تساعدني|تساعديني|بتساعدني|مساعدة|النجدة|(?:لا|ما|مش|مو|مب)\s+(?:أعرف|بعرف|عارف|عارفة|عارفين|أدري|بدري|عرفت|عرفتش)|لاأعرف|ماعرف|مابعرف|مادري|مدري|معرفش|ماعرفش|ماعرفتش|(?:ما|مش|مو|مب)\s+عندي\s+(?:أي\s+)?فكرة|ماعندي\s+فكرة|معنديش\s+فكرة|ليس\s+لدي\s+(?:أي\s+)?فكرة|لا\s+فكرة\s+لدي|(?:لا|لم|ما|مش|مو|مب)\s+(?:أفهم|بفهم|فهمت|فهمتش|فهمتها|فهمته|فاهم|فاهمة|فاهمين|فاهمها|فاهمه)|مافهمت|مافهمتش|مفهمتش|فهمتش|(?:مش|مو|غير)\s+واضح|(?:مش|مو|مب|غير|ما|لست|لسه\s+مش)\s+متأكد(?:ة|ا)?|علقت|عالق(?:ة)?|محتار(?:ة)?|حاير(?:ة)?|حيران(?:ة)?|ضايع(?:ة)?|ضائع(?:ة)?|تايه(?:ة)?|تائه(?:ة)?|مشوش(?:ة)?|ملخبط(?:ة)?|متلخبط(?:ة)?|لخبطت|اتلخبطت|مرتبك(?:ة)?|اشرح|اشرحي|اشرحلي|اشرحيلي|تشرح|تشرحي|تشرحلي|وضح|وضحي|وضحلي|توضح|توضحلي|فسر|فسري|فسرلي|تفسر|فهمني|فهميني|تفهمني|علمني|علميني|تعلمني)\b|(?:كيف|إزاي|شلون|كيفاش)\s+(?:${AR_DO}|الحل|الطريقة)|(?:ماذا|شو|إيش|وش|إيه|شنو)\s+(?:[بهح][أانيت]?|[أانيت])(?:فعل|عمل|سوي|كتب)|\b[بهح]?[أان](?:عمل|سوي)\s+(?:إيه|إيش|شو|وش)\b|\b(?:شو|إيش|وش|ماذا)\s+(?:لازم|يجب|علي)\s+(?:أن\s+)?[أان]?(?:عمل|سوي|فعل)|(?:من\s+(?:وين|أين|فين|إيش|شو)|منين)\s+(?:[بهح]?[أان])?(?:بدأ|بلش)|(?:وين|أين|فين)\s+(?:غلطت|الغلط|أخطأت|الخطأ)|(?:شو|إيش|وش|ماذا|إيه)\s+(?:الغلط|غلطي|خطئي|الخطأ)|\b(?:msh|mesh|mish|mush|mo|mu)\s+(?:fah?e?m|fahi?m|3a?re?f|3arif)\b|\b(?:ma\s+fhe?mt|mafhe?mt(?:sh)?|ma\s+ba3?ref|mab3ref|ma3rafsh|sa3e?dni|sa3dny|sa3idni|talmee?7|talmi7)\b`,
  greeting: arabic`^\s*${AR_GREET}(?:[\s,!.]+${AR_GREET})*(?:\s+(?:جزيلا|كثيرا|كتير|كثير|جدا|لك|ليك|الك|لكي|مرة|اوي))*(?:\s*,?\s*(?:يا\s+\S+|أستاذ\S*|معلم\S*|مس|ميس|دكتور\S*|صديقي|حبيبي|كابتن))?[\s!.,:)]*$`,
  questionStart: arabic`^\s*${A}(?:كيفك|كيفكم|إزيك|إزيكي|شلونك|شلونكم|شخبارك|لماذا|ليش|ليه|لاش|علاش|كيف|كيفاش|إزاي|شلون|ماذا|متى|امتى|أين|وين|فين|هل|كم|مين|إيش|وش|شو|شنو|لمن|ما\s+(?:هو|هي|هم|معنى|الفرق|المقصود|السبب|الفائدة|فائدة|علاقة|العلاقة|الذي|اللي|سبب|دخل|يعني))\b`,
  questionWord: arabic`^\s*${A}(?:لماذا|ليش|ليه|لاش|علاش|كيف|كيفاش|إزاي|شلون|ماذا|متى|امتى|أين|وين|فين|هل|كم|مين|من|إيش|وش|شو|شنو|إيه|ما|أي|ممكن|يمكن|يمكنني|أقدر|بقدر|نقدر|تقدر|بتقدر|لازم|يجب|هو|هي|هوا|هيا|أنت|انتي|عندك|بتعرف|تعرف|فيه|أليس|مش|مو|يعني|طيب|طب|ولا|لو|إذا)\b`,
  answerFrame: arabic`(?:^|[.,;:!?]\s*|\b(?:بس|لكن|ولكن|بعدين|يعني|طيب|طب|اوك|أوكي|تمام|ممكن|يمكن|ربما|إذن|إذا|خلاص|اها|آه|والله|و|ف)\s+)${A}(?:أعتقد|بعتقد|أظن|بظن|ظني|أحس|بحس|حاسس|حاسة|أتوقع|بتوقع|أخمن|بخمن|في\s+رأيي|برأيي|حسب\s+رأيي|(?:ال)?(?:جواب|إجابة|حل|نتيجة|ناتج)(?:\s+(?:النهائي|النهائية|الصحيح|الصحيحة))?(?:\s+(?:هو|هي|يكون|تكون))?|جوابي|إجابتي|حلي|نتيجتي|حصلت\s+على|طلع\s+معي|طلعت\s+معي|طلعلي|طلع|طلعت|يطلع|بيطلع|وصلت\s+(?:إلى|ل)|لقيت|لقيته|لقيتها|وجدت|وجدته|وجدتها|هو|هي|إنه|إنها|انو|يساوي|تساوي|بيساوي|بتساوي|يكون|تكون|لازم\s+يكون|لازم\s+تكون|يجب\s+أن\s+يكون)\b`,
  frustration: arabic`\b${A}(?:أستسلم|استسلمت|بستسلم|هستسلم|حستسلم|مستسلم|مستسلمة)\b|\b${A}(?:أكرهك|بكرهك|أكرهكم|أكرهها|بكرهها|بكرهه)\b|\b${A}(?:أكره|بكره|كرهت)\s+(?:${AR_THIS}|${T}(?:رياضيات|ماث|حساب|كسور|جبر|هندسة|مدرسة|واجب|واجبات|مسائل|مادة|دراسة)|هالمادة|هالشي|كل\s+شي|كل\s+شيء|حياتي)\b|\b(?:${AR_THIS}|${T}(?:رياضيات|ماث|سؤال|مسألة|تمرين|واجب|درس|مادة)|هالسؤال|هالمسألة|هالشي)\s+${AR_GAP}(?:${AR_VERY}\s+)?(?:صعب|صعبة|غبي|غبية|ممل|مملة|سخيف|سخيفة|مستحيل|مستحيلة|معقد|معقدة|تافه|تافهة|بايخ|بايخة|مزعج|مزعجة|زفت|يجنن|يقهر|ما\s+له\s+معنى|مالوش\s+لازمة|بدون\s+فايدة)\b|\b(?:صعب|صعبة)\s+${AR_VERY}\b|\b${AR_VERY}\s+(?:صعب|صعبة)\b|\b(?:زهقت|زهقان|زهقانة|طفشت|طفشان|طفشانة|مليت|مللت|زهجت|تعبت|قرفت|يئست|يأست|انقهرت|اتخنقت)\b|\b(?:ما|مش|مو|مب)\s+(?:أقدر|بقدر|بقدرش|أقدرش)\b|\bمقدرش\b|\bلا\s+أستطيع\b|(?:^|[.,!?]\s*|\b(?:أنا|خلاص)\s+)(?:مش|مو|مب|ما|لست)\s+(?:قادر|قادرة)\b|\b(?:مش|مو|ما)\s+(?:عايز|عاوز|عايزة|بدي|أبغى|أبي|أريد)\s+(?:أكمل|أحل|أدرس|أتعلم)\b|\bلا\s+أريد\s+(?:أن\s+)?(?:أكمل|أحل|أدرس)\b|\b(?:عمري\s+ما\s+(?:رح\s+|راح\s+)?|لن\s+|مستحيل\s+)(?:أفهم|بفهم|هفهم|أتعلم)\b|\b(?:أنا)\s+${AR_GAP}(?:فاشل|فاشلة|غبي|غبية|حمار|حمارة)\b|\b(?:أنت|انتي)\s+${AR_GAP}(?:غبي|غبية|فاشل|فاشلة|سيء|تافه)\b|^\s*(?:ما|شو|إيش|وش)\s+(?:هي\s+)?(?:ال)?(?:فائدة|فايدة)(?:\s+(?:من\s+)?(?:${AR_THIS}|هيك|كل\s+هذا|منه|منها))?[\s?!.]*$|^\s*(?:أف+|أوف+|يوه+|يا\s+ربي|ياربي|ملل|ممل|مملة|صعب|زهقت)[\s!.?]*$`,
  chat: arabic`\b${A}(?:أحب|بحب|نحب|تحب|تحبي|تحبين|بتحب|بتحبي|بتحبين|حبيت|يعجبني|يعجبك|عجبني|بيعجبني|أعشق|بعشق)\b|كيف\s+حالك|كيف\s+الحال|كيفك|كيفكم|إزيك|إزيكي|عامل\s+إيه|عاملة\s+إيه|شلونك|شخبارك|(?:إيش|شو|وش|كيف)\s+أخبارك|أخبارك\s+إيه|(?:ما|شو|إيش|وش|إيه)\s+(?:هو\s+)?اسمك|اسمك\s+(?:إيه|إيش|شو)|كم\s+عمرك|عمرك\s+كم|(?:وين|فين|أين)\s+(?:ساكن|تسكن|عايش|تعيش)|(?:أنت|انتي)\s+(?:روبوت|إنسان|بشر|حقيقي|بوت|ذكاء\s+اصطناعي|ولد|بنت|زعلان|مبسوط)|\b${T}(?:كرة\s+(?:ال)?قدم|كورة|فوتبول|ماتش|مباراة|فيلم|أفلام|مسلسل|مسلسلات|أنمي|ألعاب\s+(?:ال)?فيديو|بلايستيشن|بلاي\s*ستيشن|فورتنايت|ماينكرافت|روبلوكس|يوتيوب|تيك\s*توك|إنستغرام|انستا|سناب|نتفليكس|ويكند|عطلة|إجازة|أغاني|موسيقى|طقس|رياضة)\b|\b${A}(?:ريال\s+مدريد|برشلونة|الأهلي|الزمالك|الهلال|النصر|ميسي|رونالدو)\b|نهاية\s+الأسبوع|عيد\s+ميلاد|\b(?:قطتي|كلبي|قطي)\b|\b(?:أنا\s+)?(?:جوعان|جوعانة|جعان|جعانة|عطشان|نعسان|نعسانة)\b`,
  taskRef: arabic`\b${T}(?:مسألة|مسائل|سؤال|أسئلة|خطوة|خطوات|جواب|إجابة|حل|حلول|تمرين|تمارين|معادلة|معادلات|رقم|أرقام|عدد|أعداد|كسر|كسور|بسط|مقام|جمع|طرح|ضرب|قسمة|مساحة|محيط|حجم|نسبة|مئوية|عشري|عشرية|مجموع|فرق|حاصل|قانون|صيغة|نتيجة|ناتج|حساب|تلميح|زاوية|مثلث|مربع|دائرة|مثال|وحدة|وحدات|معنى|قاعدة|طريقة|رياضيات)\b|\b(?:${AR_THIS}|احسب|نحسب|يعني|تقصد|قصدك|بتقصد|غلط|خطأ|صح|صحيح|كم\s+(?:عدد|يساوي|تساوي|يكون|تكون|يطلع|بيطلع|مرة|جزء|واحد))\b`,
  meta: [
    // Overriding the tutor's instructions, or asking for them.
    arabic`\b${A}(?:تجاهل|تجاهلي|تجاهلوا|انس|انسى|تناسى|أهمل|تخطى|تخطي|تجاوز|تجاوزي|اكسر|اكسري|ألغ|ألغي|لا\s+تلتزم|لا\s+تتبع|متلتزمش|ما\s+تلتزم)\s+(?:كل\s+|جميع\s+)?(?:${T}(?:تعليمات|قواعد|أوامر|قيود|ضوابط|برمجة|برومبت|توجيهات|شروط)|تعليماتك|قواعدك|أوامرك|قيودك|برمجتك|توجيهاتك|شروطك)`,
    arabic`\b(?:تعليماتك|قواعدك|أوامرك|برمجتك|توجيهاتك|قيودك|البرومبت|برومبت\s+النظام|موجه\s+النظام|رسالة\s+النظام|تعليمات\s+النظام|التعليمات\s+(?:السرية|المخفية|الأصلية))\b`,
    // Who the tutor is: role-play, pretending, games, modes.
    arabic`\b(?:أنت|انتي)\s+(?:الآن|هلق|دلوقتي|دلوقت|حاليا|من\s+الآن|صرت|أصبحت|لم\s+تعد|ما\s+عدت|مبقتش)\b|\b(?:لم\s+تعد|ما\s+عدت|مبقتش|ما\s+عاد)\s+(?:مدرس|معلم|مساعد|بوت|مقيد)|\b${A}(?:تظاهر|تظاهري|مثل\s+أنك|مثل\s+دور|اعمل\s+نفسك|اعملي\s+نفسك|اعتبر\s+نفسك|تخيل\s+أنك|تخيلي\s+أنك|تقمص|العب\s+دور|لعبة\s+أدوار|لعب\s+أدوار|لنلعب|خلينا\s+نلعب|يلا\s+نلعب|تعال\s+نلعب|من\s+الآن\s+(?:فصاعدا\s+)?(?:أنت|ستكون|رح\s+تكون|راح\s+تكون))\b|\bوضع\s+(?:المطور|المطورين|المبرمج|المدير|الأدمن|المعلم|الاختبار|الديف|غير\s+المقيد|بدون\s+قيود)\b|جيلبريك|جيلبرك`,
    // Claimed permission.
    // "My teacher said..." is a claim whatever follows; "the teacher said" only when it says "you may".
    arabic`\b(?:معلمي|معلمتي|أستاذي|أستاذتي|مدرسي|مدرستي|أمي|أبي|أبوي|ماما|بابا|أهلي|والدي|والدتي)\s+(?:\S+\s+)?(?:قال|قالت|قالي|قاللي|قالتلي|قالولي|قالوا|بيقول|بتقول|يقول|تقول|سمح|سمحت|سمحلي|سمحتلي|بيسمح|يسمح|تسمح|وافق|وافقت|طلب|طلبت|بدو|بدها|عايز|عايزة|يبي|تبي|يريد|تريد)\b|\b${T}(?:معلم|معلمة|أستاذ|أستاذة|مدرس|مدرسة|مس|ميس|مدير|مديرة)\s+(?:\S+\s+)?(?:سمح|سمحت|سمحلي|سمحتلي|بيسمح|يسمح|تسمح|وافق|وافقت|(?:قال|قالت|قالي|قاللي|قالتلي|قالولي|قالوا|بيقول|بتقول|يقول|تقول)(?:\s+\S+){0,3}?\s+(?:إنك|أنك|مسموح|تقدر|بتقدر|يمكنك|عادي))\b|\b(?:مسموح\s+(?:لك|لي|لكي)|مسموحلك|مسموحلي|يسمح\s+لك|يحق\s+لك|عندي\s+(?:إذن|صلاحية|صلاحيات)|معي\s+إذن|لدي\s+(?:إذن|صلاحية|صلاحيات)|بإذن\s+من)\b|\bبصفتي\s+${T}(?:معلم|معلمة|مدرس|مدرسة|أستاذ|مطور|مبرمج|مسؤول|مدير|أدمن|مشرف)\b`,
    // The answer in another form: backwards, one character at a time, another language or code.
    arabic`\b${A}(?:اكتب|قل|قول|أعط|عط|هات|أرسل|ابعت|حول)\p{L}*\s+(?:\S+\s+){0,3}?(?:بالعكس|بالمقلوب|بالترتيب\s+العكسي|معكوسا|معكوسة|معكوس|مقلوبا|مقلوبة|مقلوب|من\s+اليمين\s+(?:إلى|ل)\s*(?:ال)?يسار|من\s+اليسار\s+(?:إلى|ل)\s*(?:ال)?يمين|من\s+الآخر\s+(?:إلى|لل)\s*(?:ال)?أول)\b`,
    arabic`\b(?:حرف|حرفا|رقم|رقما|خانة|منزلة)\s+(?:ب|ورا\s+|بعد\s+)?(?:حرف|حرفا|رقم|رقما|خانة|منزلة)\b|\bمع\s+(?:مسافات|مسافة|نقاط|فواصل|شرطة|شرطات)\s+بين\b|\bبين\s+كل\s+(?:حرف|رقم|خانة)\b|\bكل\s+(?:حرف|رقم)\s+(?:لوحده|على\s+حدة|في\s+سطر)\b`,
    arabic`\b(?:ب|باللغة\s+|بلغة\s+)(?:ال)?(?:إنجليزي|إنجليزية|إنكليزي|إنكليزية|انقليزي|فرنسي|فرنسية|فرنساوي|ألماني|ألمانية|إسباني|إسبانية|صيني|صينية|ياباني|يابانية|روسي|روسية|لاتيني|لاتينية|تركي|تركية|عبري|عبرية|فرانكو|عربيزي|إيموجي|شيفرة|شفرة|مورس|كود|ثنائي|نظام\s+(?:ال)?ثنائي|أرقام\s+(?:ال)?رومانية|ست\s+عشري|سداسي\s+عشري)\b`,
    // A poem, a song, a story; what the tutor would write; fill in the blank; hypotheticals.
    arabic`\b${A}(?:اكتب|قل|قول|حول|اعمل|غن|احك|نظم)\p{L}*\s+(?:\S+\s+){0,3}?${T}(?:قصيدة|شعر|أغنية|قصة|حكاية|لغز|حزورة|فزورة|راب|نكتة)\b`,
    arabic`\b(?:ماذا|شو|إيش|وش|إيه)\s+(?:كنت\s+)?(?:ست|رح\s+ت|راح\s+ت|بت|هت|حت)(?:كتب|جاوب|حط)\p{L}*|\bلو\s+(?:كنت\s+)?(?:أنت|انتي)\s+(?:مكاني|بدالي|محلي)\b|\bلو\s+كنت\s+(?:مكاني|بدالي|محلي|أنا)\b|\b(?:خانة|مربع|ورقة|مفتاح|نموذج)\s+(?:ال)?(?:إجابة|إجابات|حل|حلول|جواب)\b`,
    arabic`\b${A}(?:أكمل|كمل|كملي|أكملي|املأ|املي|عبي|عبئ)\s+${T}(?:جملة|فراغ|فراغات|سطر|ناقص)\b|\b(?:افتراضيا|فرضيا|لأغراض\s+(?:تعليمية|الاختبار|البحث|التجربة|تجريبية)|لغرض\s+(?:الاختبار|التجربة|البحث)|للتجربة\s+فقط)\b`,
    // Calling the tutor names.
    arabic`\b${T}(?:مدرس|معلم|مساعد|بوت|برنامج|تطبيق|ذكاء\s+اصطناعي)\s+(?:غبي|فاشل|سيء|تافه|زفت)\b|\b(?:أسوأ|أغبى|أفشل)\s+(?:مدرس|معلم|بوت|برنامج|تطبيق)\b`,
  ],
  // "Arabic" is the student's own language: "explain it in Arabic" asks for nothing hidden.
  ownWords: ["arabic"],
  explicitHelp: arabic`\b${A}(?:تلميح\p{L}*|ساعد\p{L}*|مساعد\p{L}*|تساعد\p{L}*|بتساعد\p{L}*|اشرح\p{L}*|تشرح\p{L}*|وضح\p{L}*|توضح\p{L}*|فهمني|فهميني|تفهمني)\b|(?:كيف|إزاي|شلون|كيفاش)\s+${AR_DO}`,
  negation: arabic`(?:^|\s)(?:لا|لن|لم|ما|مش|مو|مب|ماني|مانيش|ليس|لست|ليست|عمري\s+ما|أبدا\s+ما|مستحيل|مش\s+(?:رح|راح|ح|حا)|ما\s+(?:رح|راح|ح|حا|ني))\s*$`,
  thanks: arabic`\b(?:شكرا|مشكور|مشكورة|متشكر|متشكرة|تسلم|تسلمي|تسلموا|يعطيك\s+العافية|جزاك\s+الله|ممنون|ممنونة|shukran|shokran|merci)\b`,
  thanksClause: arabicAll`\b(?:شكرا|مشكور|مشكورة|متشكر|متشكرة|ممنون|ممنونة)(?:\s+(?:جزيلا|كثيرا|كتير|كثير|جدا|لك|ليك|الك|لكي|يا\s+\S+))*\s+(?:على|ع|لأنك|عشان|علشان|لمساعدت\p{L}*|للمساعدة|للشرح|للتلميح)[^.!?,]*`,
  pastConfusion: arabicAll`\b(?:كنت|كنا)\s+(?:\S+\s+)?(?:محتار|محتارة|حاير|حايرة|مش\s+متأكد|مش\s+متأكدة|مو\s+متأكد|غير\s+متأكد|ضايع|ضايعة|مش\s+فاهم|مش\s+فاهمة|مو\s+فاهم|ما\s+فاهم|مرتبك|مرتبكة|ملخبط|ملخبطة|عالق|عالقة)\b|\bما\s+كنت\s+(?:فاهم|فاهمة|عارف|عارفة|متأكد|متأكدة)\b|\bلم\s+أكن\s+(?:متأكدا|متأكدة|أفهم|أعرف)\b|\b(?:في\s+البداية|بالأول|في\s+الأول|أول\s+شي)\b`,
  confirmTag: arabic`(?:^|[.!,;]\s*)(?:صح|صحيح|مضبوط|مظبوط|أليس\s+كذلك|مش\s+كده|مش\s+كدا|مو\s+كذا|مو\s+كذه|مو\s+صح|مش\s+صح|ولا\s+لا|ولا\s+إيه|ولا\s+شو|ولا\s+إيش|صح\s+ولا\s+(?:لا|غلط)|هل\s+(?:هذا|هذه|كلامي|جوابي|إجابتي|حلي)\s+(?:صح|صحيح|صحيحة)|هل\s+أنا\s+(?:صح|على\s+حق)|هل\s+فهمت\s+صح|صح\s+كده|تمام\s+كده|كده\s+صح|هيك\s+صح|صح\s+هيك)\s*\?+\s*$`,
  filler: arabic`^\s*(?:أ+م+|ه+م+|أ+ه+م+|م{3,}|آ{2,}|ا{2,}|ها+|هاه|يعني|(?:إيه|إيش|شو|وش|نعم|ماذا|هه)\s*\?+)[\s.!?-]*$`,
  mathy: arabic`\b${T}(?:نصف|ثلث|ثلثين|ثلثان|ربع|أرباع|أثلاث|أخماس|مئة|مائة|مئوية|كسر|كسور|معادلة|جواب|إجابة|خطوة|رقم|عدد|زائد|زايد|ناقص|يساوي|تساوي|جذر|تربيع|تكعيب|مكعب|سم|متر|سنتيمتر|ملم|كيلومتر|كيلوغرام|كغ|غرام|جرام|لتر|درجة)\b`,
  letters: /\p{Script=Arabic}/u,
};

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
    frustration:
      /\bme\s+rindo\b|\bpaso\s+de\s+(?:esto|esta|las\s+mates)\b|\b(?:odio|detesto)\s+(?:esto|estas?|las\s+(?:mates|matem[aá]ticas|fracciones)|el\s+[aá]lgebra|la\s+escuela|el\s+colegio|los\s+deberes|todo)\b|\b(?:esto|es|qu[ée]|las\s+mates|las\s+matem[aá]ticas)\s+(?:es\s+|son\s+)?(?:muy\s+|tan\s+|s[uú]per\s+|demasiado\s+)?(?:aburrid[oa]s?|est[uú]pid[oa]s?|imposibles?|dif[ií]cil(?:es)?|in[uú]til(?:es)?|absurd[oa]s?|rollo|un\s+rollo|una\s+mierda|horribles?)\b|\bestoy\s+(?:muy\s+|tan\s+)?(?:hart[oa]|cansad[oa]|aburrid[oa]|frustrad[oa]|enfadad[oa]|agobiad[oa])\b|\bno\s+puedo\s+(?:m[aá]s|con\s+esto|hacerlo|hacer\s+esto)\b|\bnunca\s+(?:lo\s+)?(?:voy\s+a\s+)?entender[eé]?\b|\bsoy\s+(?:muy\s+)?(?:mal[oa]|mal[oa]|tont[oa]|un\s+desastre|una\s+negada|un\s+negado)\s+(?:en|para)\b|^\s*(?:u+f+|buf+|aburrido|qu[ée]\s+rollo)\W*$/i,
    chat: /\b(?:me\s+gusta(?:n)?|me\s+encanta(?:n)?|prefiero|te\s+gusta(?:n)?|c[oó]mo\s+est[aá]s|qu[ée]\s+tal\s+est[aá]s|c[oó]mo\s+te\s+llamas|tu\s+(?:nombre|equipo|color|comida|pel[ií]cula|canci[oó]n)\s+favorit[oa]|f[uú]tbol|baloncesto|partido|videojuegos?|pel[ií]culas?|series?|m[uú]sica|youtube|tiktok|minecraft|fortnite|roblox|fin\s+de\s+semana|vacaciones|cumplea[ñn]os|mi\s+(?:perro|gato|mascota)|el\s+tiempo\s+que\s+hace|llueve|tengo\s+hambre)\b/i,
    taskRef:
      /\b(?:problema|pregunta|paso|respuesta|soluci[oó]n|ejercicio|ecuaci[oó]n|n[uú]meros?|esto|eso|esta|este|ese|lo|fracci[oó]n|suma|resta|sumar|restar|multiplic\w*|divid\w*|[aá]rea|per[ií]metro|volumen|porcentaje|decimal|total|f[oó]rmula|resultado|calcul\w*|resolver|pista|mal|bien|correct[oa]|error|significa|quieres\s+decir)\b/i,
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
    frustration:
      /\bjag\s+ger\s+upp\b|\bjag\s+orkar\s+inte\b|\bjag\s+(?:hatar|avskyr)\s+(?:det\s+här|detta|det|matte|matematik|bråk|algebra|skolan|läxor|dig)\b|\b(?:det\s+här|detta|det|matte|matematik)\s+är\s+(?:så\s+|för\s+|super|skit|jätte|\s)*(?:tråkigt|dumt|meningslöst|omöjligt|svårt|jobbigt|värdelöst|löjligt|sjukt\s+tråkigt)\b|\bjag\s+är\s+(?:så\s+)?(?:trött\s+på|less|uttråkad|frustrerad|arg|sur)\b|\bjag\s+kan\s+inte\s+(?:det\s+här|detta|matte)\b|\bjag\s+kommer\s+aldrig\s+(?:att\s+)?(?:fatta|förstå|klara)\b|\bjag\s+är\s+(?:så\s+)?(?:dålig|kass|värdelös)\s+på\b|^\s*(?:usch|suck|tråkigt|orka)\W*$/i,
    chat: /\b(?:jag\s+gillar|jag\s+älskar|jag\s+föredrar|gillar\s+du|hur\s+mår\s+du|vad\s+heter\s+du|vem\s+är\s+du|ditt\s+(?:favorit\w*|namn)|din\s+favorit\w*|fotboll|hockey|match(?:en)?|film(?:er)?|musik|datorspel|tv-spel|youtube|tiktok|minecraft|fortnite|roblox|helgen|sommarlov|födelsedag|min\s+(?:hund|katt)|vädret|jag\s+är\s+hungrig)\b/i,
    taskRef:
      /\b(?:problemet|uppgift(?:en)?|frågan|steg(?:et)?|svar(?:et)?|lösning(?:en)?|ekvation(?:en)?|tal(?:et)?|det\s+här|detta|det|den|bråk(?:et)?|summa(?:n)?|addera|subtrahera|multiplicera|dividera|area(?:n)?|omkrets(?:en)?|volym(?:en)?|procent|decimal\w*|totalt|formel(?:n)?|räkna\w*|lösa|ledtråd|fel|rätt|menar\s+du|betyder)\b/i,
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
  ar: ARABIC_INTENTS,
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
      frustration: unicodeWords(table.frustration),
      chat: unicodeWords(table.chat),
      taskRef: unicodeWords(table.taskRef),
      meta: table.meta.map(unicodeWords),
      ownWords: table.ownWords,
      read: table.read,
      explicitHelp: optional(table.explicitHelp),
      negation: optional(table.negation),
      thanks: optional(table.thanks),
      thanksClause: optional(table.thanksClause),
      pastConfusion: optional(table.pastConfusion),
      confirmTag: optional(table.confirmTag),
      filler: optional(table.filler),
      mathy: optional(table.mathy),
      letters: table.letters,
    };
    COMPILED.set(lang, c);
  }
  return c;
}

const optional = (re: RegExp | undefined): RegExp | undefined => (re ? unicodeWords(re) : undefined);

/** The message as its language's patterns read it (see LocaleIntents.read); as typed otherwise. */
function readIn(text: string, locale: string): string {
  return intentsFor(locale)?.read?.(text) ?? text;
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
  const n = normalizeInput(readIn(text, locale));
  if (englishMetaFor(locale).some((re) => re.test(n))) return true;
  return intentsFor(locale)?.meta.some((re) => re.test(n)) ?? false;
}

/**
 * A question: it starts with a question word or auxiliary, any of its sentences does and ends
 * in "?", or it ends in "?" with more than a tentative answer before it. A bare tentative
 * answer ("12?", "x = 4?", "numerator?") is not a question: it is graded like an answer.
 */
export function isQuestionMessage(text: string, locale = "en"): boolean {
  const t = readIn(text, locale).trim();
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
  const t = readIn(text, locale).trim();
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
  const n = normalizeInput(readIn(text, locale));
  return ANSWER_FRAME.test(n) || (intentsFor(locale)?.answerFrame.test(n) ?? false);
}

/** Maths in the message: digits, signs, maths words, or number words of the student's language. */
function isMathy(t: string, li: LocaleIntents | null): boolean {
  if (MATHY.test(t)) return true;
  if (li === null) return false;
  return LOCALE_MATHY.test(t) || (li.mathy?.test(t) ?? false) || /\d/.test(replaceNumberWords(t.toLowerCase()));
}

const LOCALE_MATHY = unicodeWords(
  /\b(?:mitad|medio|tercios?|cuartos?|por\s*ciento|fracci[oó]n|ecuaci[oó]n|respuesta|paso|n[uú]mero|halv|halva|tredjedel(?:ar)?|fjärdedel(?:ar)?|procent|bråk|ekvation|svar(?:et)?|steg(?:et)?|tal(?:et)?)\b/i,
);

/**
 * Giving up and negative affect about the task, maths or the tutor, one pattern per family:
 * giving up, hating it, calling it stupid/boring/impossible, being fed up, "I can't do this",
 * "I'll never get it", bare groans. Each names the student's feeling or the task ("this", "it",
 * "maths"), so a word problem about a boring machine or someone who quit a job is not caught.
 */
const FRUSTRATION =
  /\bi\s+(?:give|gave)\s+up\b|\bgiving\s+up\b|\bi\s+quit\b|\bi\s+(?:hate|can'?t\s+stand|despise)\s+(?:this|it|these|math|maths|mathematics|fractions|algebra|school|homework|word\s+problems|you|everything)\b|\b(?:this|it|that|math|maths|these|this\s+(?:problem|question|step|app|stuff|homework))\s*(?:is|are|'s|'re)\s+(?:so\s+|too\s+|really\s+|very\s+|just\s+|super\s+|literally\s+)*(?:stupid|dumb|pointless|boring|useless|impossible|annoying|confusing|ridiculous|unfair|garbage|trash|the\s+worst|way\s+too\s+hard|too\s+hard|so\s+hard)\b|\b(?:this|it|math|maths)\s+sucks\b|\bi\s+suck\s+at\b|\bi'?m\s+(?:so\s+|too\s+|really\s+|just\s+)?(?:bad|terrible|hopeless|useless|stupid|dumb)\s+at\b|\bi'?m\s+(?:so\s+|really\s+|getting\s+)?(?:bored|frustrated|annoyed|fed\s+up|tired\s+of|sick\s+of|done\s+with\s+(?:this|it|maths?))\b|\bi\s+can'?t\s+do\s+(?:this|it|maths?|any\s+of\s+this)\b|\bi'?ll\s+never\s+(?:get|understand|learn)\b|\bwhat'?s\s+the\s+point\b|\b(?:way\s+)?too\s+hard\b|\bthis\s+is\s+taking\s+forever\b|^\s*(?:u+g+h+|a+r+g+h+|fml|whatever|boring|so\s+boring|this\s+sucks|kill\s+me|i\s+give\s+up)\W*$/;
/** A negation just before a frustration phrase cancels it ("I'm not giving up", "no me rindo"). */
const NEGATION = /(?:\b(?:not|never|no|don'?t|won'?t|isn'?t|ain'?t|wasn'?t|nunca|tampoco|inte|aldrig)|n't)\s*$/i;
/** Chat about the student's life and tastes, or about the tutor as a person. */
const CHAT =
  /\b(?:i|we)\s+(?:really\s+|just\s+)?(?:like|love|prefer|enjoy|play(?:ed)?|watch(?:ed)?)\b|\bi\s+(?:want|wanna)\s+to\s+(?:play|go|eat|watch|sleep)\b|\bdo\s+you\s+(?:like|love|have|play|watch|know\s+any|eat|sleep|live)\b|\b(?:what'?s|what\s+is)\s+your\s+(?:name|favou?rite|age)\b|\byour\s+favou?rite\b|\bhow\s+are\s+you\b|\bhow\s+old\s+are\s+you\b|\bwhere\s+do\s+you\s+live\b|\bare\s+you\s+(?:a\s+|an\s+)?(?:robot|human|real|bot|person|ok|okay|bored|single)\b|\bmy\s+favou?rite\b|\b(?:football|soccer|basketball|baseball|hockey|nba|nfl|fifa|sports?|weather|music|movies?|films?|netflix|youtube|tiktok|instagram|minecraft|fortnite|roblox|video\s+games?|weekend|vacation|holidays?|pizza\s+party|recess|i'?m\s+hungry)\b/i;
/** Words that tie a message to maths or to the task in hand. */
const TASK_REF =
  /\b(?:problem|question|step|answer|solution|hint|task|exercise|equation|formula|numbers?|work(?:ing)?|method|this|that|it|these|those|mean|meaning|missing|wrong|right|correct|mistake|example|rule|units?|total|calculat\w*|solve|add|subtract|multiply|divide|times|plus|minus|sum|difference|product|area|perimeter|volume|fraction|percent|decimal|graph|angle|triangle|square|circle|how\s+many|how\s+much)\b/i;

const GLOBAL = new Map<RegExp, RegExp>();
/** The pattern with the g and i flags, compiled once. */
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, [...new Set(`${re.flags}gi`)].join(""));
    GLOBAL.set(re, g);
  }
  return g;
}

/** True when the message gives up or vents about the task, maths or the tutor, with no negation just before. */
export function isFrustration(text: string, locale = "en"): boolean {
  const t = readIn(text, locale).trim().replace(/[’‘]/g, "'");
  const li = intentsFor(locale);
  for (const re of [FRUSTRATION, li?.frustration]) {
    if (!re) continue;
    for (const m of t.matchAll(globalOf(re))) {
      const before = t.slice(0, m.index).split(/\s+/).slice(-3).join(" ");
      if (!NEGATION.test(before) && !li?.negation?.test(before)) return true;
    }
  }
  return false;
}

/** Chat about the student's life or the tutor as a person ("I like football", "how are you?"). */
export function isChat(text: string, locale = "en"): boolean {
  const t = readIn(text, locale).trim().replace(/[’‘]/g, "'");
  return CHAT.test(t) || (intentsFor(locale)?.chat.test(t) ?? false);
}

/** Maths content or a reference to the problem, the step, the answer or "this". */
function refersToTask(t: string, li: LocaleIntents | null): boolean {
  return isMathy(t, li) || TASK_REF.test(t) || (li?.taskRef.test(t) ?? false);
}

/** Explicit requests for help, which outrank venting ("I hate this, give me a hint" asks for a hint). */
const EXPLICIT_HELP =
  /\b(?:hint|clue|help|explain|walk\s+me\s+through|show\s+me\s+how|how\s+do\s+i|what\s+do\s+i\s+do|pistas?|ayuda|ay[uú]dame|expl[ií]ca\w*|ledtråd\w*|tips|hjälp\w*|förklara)\b/i;

/** EXPLICIT_HELP, or the language's own explicit help. */
function asksForHelp(t: string, li: LocaleIntents | null): boolean {
  return EXPLICIT_HELP.test(t) || (li?.explicitHelp?.test(t) ?? false);
}

/**
 * What the message is when it is not an answer, read in the student's language as well as in
 * English (locale: a locale code such as "es"; default "en"). Order: asking for the answer, talking
 * to the tutor about the tutor, venting (unless the message also asks for help), asking for help,
 * greetings and thanks, questions (a question with no maths in it and no reference to the task is
 * off topic: "what's the best football team in the world?"), other chat, then unclear (which is
 * where answers land: the checker reads them). A message with no letter or digit ("?", "...") is
 * unclear.
 */
export function classifyMessage(text: string, locale = "en"): MessageIntent {
  const t = readIn(text, locale).trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return "unclear";
  const li = intentsFor(locale);
  if (REVEAL.test(t) || li?.reveal.test(t)) return "reveal_request";
  if (isMetaMessage(t, locale)) return "jailbreak";
  const hint = HINT.test(t) || (li?.hint.test(t) ?? false);
  if (isFrustration(t, locale) && !asksForHelp(t, li)) return "frustration";
  if (hint) return "hint_request";
  if (GREETING.test(t) || li?.greeting.test(t)) return "greeting";
  if (isQuestionMessage(t, locale)) return refersToTask(t, li) ? "question" : "off_topic";
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length >= 2 && !isMathy(t, li)) return "off_topic";
  return "unclear";
}

/**
 * The student's intent, as a teacher or a tutoring policy reads it: `answer` is everything
 * decideTurn would grade (an attempt, a worked explanation, a "yes"/"no" or "I see" agreeing with
 * the tutor, a reply about the student's own work), the other labels are the non-answers of
 * `MessageIntent`. See docs/decisions/021-intent-corpus.md for the labelling guide.
 */
export type StudentIntentLabel = "answer" | MessageIntent;

export const STUDENT_INTENT_LABELS: readonly StudentIntentLabel[] = [
  "answer",
  "hint_request",
  "reveal_request",
  "question",
  "off_topic",
  "greeting",
  "frustration",
  "jailbreak",
  "unclear",
];

/** Thanks anywhere in the message ("Okay, thanks for the help!", "muchas gracias", "tack"). */
const THANKS = /\b(?:thanks?|thank\s+you|thx|ty|cheers|appreciate|gracias|tack)\b/i;
/** A thanks clause with what it thanks for: "thank you for helping me understand". */
const THANKS_CLAUSE =
  /\b(?:thanks?|thank\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+[^.!?]*|\bi\s+appreciate\s+[^.!?]*|\bgracias\s+por\s+[^.!?]*|\btack\s+för\s+[^.!?]*/gi;
/**
 * Confusion told as a story about earlier work ("I was confused about...", "I wasn't sure if...",
 * "I had some trouble...") explains the student's thinking; it is not a request now.
 */
const PAST_CONFUSION =
  /\bi\s+(?:was|wasn'?t|had\s+been|got)\s+(?:a\s+bit\s+|really\s+|so\s+|very\s+)?(?:confused|not\s+sure|unsure|stuck|lost|having\s+(?:some\s+)?(?:trouble|difficulty))\b|\bi\s+(?:didn'?t|did\s+not)\s+(?:know|understand|get)\b|\bi\s+had\s+(?:some\s+)?(?:trouble|difficulty)\b|\bat\s+first\b/gi;
/** A confirmation tag after an explanation ("Does that make sense?", "right?", "¿verdad?", "eller hur?"). */
const CONFIRM_TAG =
  /(?:^|[.!,;]\s*)(?:does\s+(?:that|this)\s+(?:make\s+(?:more\s+)?sense|sound\s+right|look\s+right)(?:\s+now)?|(?:is\s+(?:that|this|it)|am\s+i)\s+(?:right|correct)|right|correct|¿?verdad|¿?(?:est[aá]\s+)?bien|¿?tiene\s+sentido|eller\s+hur|stämmer\s+det|är\s+det\s+rätt)\s*\?+\s*$/i;
/** A quoted problem or a restated question is not the student's own question. */
const QUOTED = /"[^"]*"|“[^”]*”|\b(?:question|problem)\s+(?:was|is|says|asks|asked)\s*:[\s\S]*$/gi;
/** Filler and noise: no answer, no request. */
const FILLER = /^\s*(?:h+m+|u+m+|u+h+|e+r+m*|e+h+|hu+h|mm+|wut|eh|ok\?|que\?|vad\?|\.+|-+)\W*$/i;

/** The message, minus quotes, thanks clauses, past-tense confusion and a final confirmation tag. */
function core(text: string, li: LocaleIntents | null): string {
  let s = text.trim().replace(/[’‘]/g, "'");
  s = s.replace(QUOTED, " ").replace(THANKS_CLAUSE, " ").replace(PAST_CONFUSION, " ");
  if (li?.thanksClause) s = s.replace(li.thanksClause, " ");
  if (li?.pastConfusion) s = s.replace(li.pastConfusion, " ");
  for (const tag of [CONFIRM_TAG, li?.confirmTag]) {
    if (!tag) continue;
    for (let i = 0; i < 3 && tag.test(s); i++) s = s.replace(tag, "");
  }
  return s.replace(/\s+/g, " ").trim();
}

const EMOTICON = /[:;=8]-?[)(DPp3]|\(:/g;
/** "help" about people in the problem, not the student: "to help keep them healthy". */
const INCIDENTAL_HELP = /\bto\s+help\b|\bhelps?\s+(?:us|them|him|her|keep|to)\b|\bhelped\b|\bhelpful\b/i;
/** The student's own difficulty, now: "I'm lost", "I don't get it", "I'm having trouble", "what am I missing?". */
const OWN_DIFFICULTY =
  /\b(?:i'?m|i\s+am|i\s+feel|im)\s+(?:\w+\s+){0,2}?(?:lost|stuck|confused|not\s+sure|unsure)\b|\b(?:don'?t|do\s+not|dont)\s+(?:know|get|understand)\b|\bidk\b|\bno\s+idea\b|\bnot\s+sure\b|^\s*(?:stuck|lost|confused|help)\b|\bhaving\s+(?:some\s+|a\s+lot\s+of\s+)?(?:trouble|difficulty|a\s+hard\s+time)\b|\bstruggling\b|\bwhat\s+(?:am\s+i|are\s+we)\s+missing\b|\bwhat\s+did\s+i\s+(?:do\s+wrong|misunderstand|miss|get\s+wrong)\b|\bwhere\s+did\s+i\s+go\s+wrong\b|\bhow\s+do\s+i\b|\bwhat\s+do\s+i\s+do\b|\bwhere\s+(?:do\s+i|to)\s+start\b/i;

/** "That would give me the answer of 125 cm": the words of a request, stating a result. */
function statesResult(t: string): boolean {
  return /\b(?:would|will|to|which|that|this|it|gives?|gave)\s+(?:give|show|tell)\s+(?:me|us)\s+(?:the\s+)?(?:answer|solution|result)\s+(?:of|is|was|as)\s+\$?\d/i.test(
    t,
  );
}

/**
 * A worked explanation (at least 12 words, two numbers or more, not addressed to "you") that
 * trips only the story-words family of META ("...download one song..."): a word problem's nouns.
 */
function isWorkedExplanation(t: string, locale: string): boolean {
  const n = normalizeInput(t);
  if (t.split(/\s+/).length < 12 || (t.match(/\d+(?:[.,]\d+)?/g) ?? []).length < 2 || /\byou\b/i.test(t)) return false;
  const hits = englishMetaFor(locale).filter((re) => re.test(n));
  return (
    hits.length > 0 &&
    hits.every((re) => re === STORY_WORDS) &&
    !(intentsFor(locale)?.meta.some((re) => re.test(n)) ?? false)
  );
}
const STORY_WORDS = META.find((re) => re.source.startsWith(String.raw`\b(?:poem|story|song`)) as RegExp;

/**
 * A single token with no vowel that is no number ("asdfg", "xkcd") is keyboard noise; a word in
 * the letters of the student's own script (Arabic has no written short vowels) never is.
 */
function isNoise(t: string, li: LocaleIntents | null): boolean {
  if (FILLER.test(t) || li?.filler?.test(t)) return true;
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length !== 1 || !/^\p{L}{3,}$/u.test(t)) return false;
  if (li?.letters?.test(t)) return false;
  return !/[aeiouyáéíóúåäöü]/i.test(t) || isKeyboardRun(t.toLowerCase());
}

const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
/** Four letters or more, each next to the last on a keyboard row ("asdf", "jkl;", "qwerty"). */
function isKeyboardRun(w: string): boolean {
  if (w.length < 4) return false;
  return KEY_ROWS.some((row) =>
    [...w].every((ch, i) => {
      if (!row.includes(ch)) return false;
      return i === 0 || Math.abs(row.indexOf(ch) - row.indexOf(w[i - 1] as string)) === 1;
    }),
  );
}

/**
 * Reads a student's message into one of `STUDENT_INTENT_LABELS`, built on `classifyMessage`:
 * its non-answer intents stand, except that
 * - a hint word inside a worked explanation or a framed answer ("I'm not sure, but I think it's
 *   15", "...to help keep them healthy. So 3 x 20 = 60") is an answer, and so is confusion told
 *   in the past tense ("I was confused about..." in reply to the tutor);
 * - thanks with no maths in it are a greeting ("Yes, I understand now. Thank you!");
 * - a question that is only a confirmation tag after an explanation ("... = 112. Does that make
 *   sense?") or a quoted problem is an answer;
 * - a statement with no maths is an answer (a text answer such as "Mitochondria." or a reply to
 *   the tutor) unless it chats about the student's life or the tutor as a person (`off_topic`);
 * - "unclear" becomes an answer when there is something to grade; "?", "hmm", "asdfg" stay unclear.
 * "how do I find the area?" is a hint_request (a how-to asks for the next rung of the ladder);
 * "why is it 12?" and "what do you mean by...?" are questions.
 */
export function readStudentMessage(text: string, locale = "en"): StudentIntentLabel {
  const t = readIn(text, locale).trim();
  const li = intentsFor(locale);
  if (!/[\p{L}\p{N}]/u.test(t) || isNoise(t, li)) return "unclear";
  const intent = classifyMessage(t, locale);
  if (intent === "frustration") return intent;
  if (intent === "reveal_request" && !statesResult(t)) return intent;
  if (intent === "jailbreak" && !isWorkedExplanation(t, locale)) return intent;
  const c = core(t, li);
  const mathy = isMathy(c.replace(EMOTICON, " "), li);
  const numbers = /[0-9=+*/^%]/.test(c.replace(EMOTICON, " "));
  const thanked = THANKS.test(t) || (li?.thanks?.test(t) ?? false) || (li?.greeting.test(t) ?? false);
  if (!c || !/[\p{L}\p{N}]/u.test(c)) return thanked || intent === "greeting" ? "greeting" : "answer";
  // Read what is left once thanks, quotes, past confusion and confirmation tags are set aside.
  const rest = c === t ? intent : classifyMessage(c, locale);
  switch (rest) {
    case "reveal_request":
      return statesResult(t) ? "answer" : rest;
    case "jailbreak":
      return isWorkedExplanation(t, locale) ? "answer" : rest;
    case "frustration":
      return rest;
    case "hint_request": {
      const asks =
        /\?\s*$/.test(c) ||
        (EXPLICIT_HELP.test(c) && !INCIDENTAL_HELP.test(c)) ||
        OWN_DIFFICULTY.test(c) ||
        (li?.hint.test(c) ?? false);
      // A hint word about someone in the problem ("Leah lost...", "to help keep them healthy").
      if (!asks) return "answer";
      return hasAnswerFrame(c, locale) && mathy && !asksForHelp(c, li) ? "answer" : "hint_request";
    }
    case "greeting":
      return numbers ? "answer" : "greeting";
    case "question":
    case "off_topic":
      if (isQuestionMessage(c, locale)) return rest;
      if (thanked && !numbers) return "greeting";
      return isChat(c, locale) && !mathy ? "off_topic" : "answer";
    default:
      if (thanked && !numbers) return "greeting";
      return "answer";
  }
}
