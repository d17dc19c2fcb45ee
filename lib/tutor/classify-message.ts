/**
 * What a free-typed message is when it is not an answer. Patterns, not a model: the embedded
 * engine cannot understand free prose, so it sorts messages into the few kinds it can answer.
 */
export type MessageIntent = "reveal_request" | "hint_request" | "greeting" | "question" | "off_topic" | "unclear";

const REVEAL =
  /\b(tell|give|show|send)\s+(me\s+)?(the\s+)?(answer|solution|result)\b|\bwhat('?s| is)\s+the\s+(answer|solution)\b|\b(answer|solution)\s+(please|pls|plz)\b|\bjust\s+tell\s+me\b|\breveal\b/i;
const HINT =
  /\b(hint|help|stuck|clue|don'?t\s+(know|get|understand)|dont\s+(know|get)|idk|no\s+idea|not\s+sure|confused|lost|how\s+do\s+i|what\s+do\s+i\s+do|where\s+do\s+i\s+start)\b/i;
const GREETING = /^\s*(hi|hello|hey|hiya|good\s+(morning|afternoon|evening)|yo)\b[\s!.,]*$/i;
const QUESTION_START = /^\s*(why|how|what|when|where|which|who|can|could|is|are|do|does|should|would)\b/i;
const MATHY = /[0-9=+\-*/^()%]|\b(half|third|quarter|percent|fraction|equation|answer|step|number)\b/i;

export function classifyMessage(text: string): MessageIntent {
  const t = text.trim();
  if (REVEAL.test(t)) return "reveal_request";
  if (HINT.test(t)) return "hint_request";
  if (GREETING.test(t)) return "greeting";
  if (t.endsWith("?") || QUESTION_START.test(t)) return "question";
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length >= 2 && !MATHY.test(t)) return "off_topic";
  return "unclear";
}
