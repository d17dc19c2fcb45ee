/**
 * Reads a GSM8K-style worked solution (MathDial's `ground_truth`, or a student's solution) into
 * the computations it makes: "The total number of spoons was 12+3=15 spoons." holds one, with
 * the expression "12+3", the result 15 and the words around it. Pure; no English grammar here
 * (see mathdial-question.ts).
 */

export interface Token {
  kind: "num" | "time" | "op" | "word" | "eq" | "punct";
  text: string;
  start: number;
  end: number;
  /** Numbers: the value (a percentage as written: "5%" is 5); times: minutes after midnight. */
  value?: number;
  money?: boolean;
  percent?: boolean;
}

export interface Operand {
  value: number;
  /** As written, without the unit words: "$50", "0.05%", "10,000". */
  text: string;
  /** Words written right after it, up to the next operator: "per bid", "cups of feed". */
  words: string;
  money: boolean;
  percent: boolean;
}

export interface Computation {
  /** The worked line (annotations removed) and its index among the solution's lines. */
  line: string;
  lineIndex: number;
  /** The operands and operators of the expression: "3 bids * $50 per bid" is 3, 50 and "*". */
  operands: Operand[];
  ops: string[];
  /** The expression in plain maths for a hint: "3 × $50". */
  display: string;
  /** Whether the expression, evaluated, gives the result as written (GSM8K has slips). */
  consistent: boolean;
  value: number;
  money: boolean;
  percent: boolean;
  /** Character span of the expression (first side with an operator) and of the result. */
  exprStart: number;
  resultStart: number;
  resultEnd: number;
  /** Where this computation's part of the line begins (after the previous computation's result). */
  segmentStart: number;
}

const ANNOTATION = /<<[^<>]*>>/g;

/** The solution's lines, GSM8K calculator annotations ("<<12+3=15>>") removed. */
export function solutionLines(text: string): string[] {
  const t = text.includes("\n") ? text : text.replace(/\\n/g, "\n");
  return t
    .replace(ANNOTATION, "")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

const NUM = /\$?\s?(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)%?/y;
const TIME = /(\d{1,2}):(\d{2})(?!\d)/y;
const WORD = /[A-Za-z][A-Za-z'’]*/y;

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const prev = () => out[out.length - 1];
  const operandBefore = () => {
    const p = prev();
    return !!p && (p.kind === "num" || p.kind === "time" || (p.kind === "op" && p.text === ")"));
  };
  while (i < line.length) {
    const c = line[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = line.slice(i + 1);
    const time = at(TIME, line, i);
    if (time) {
      const value = Number(time[1]) * 60 + Number(time[2]);
      out.push({ kind: "time", text: time[0], start: i, end: i + time[0].length, value });
      i += time[0].length;
      continue;
    }
    const num = /[\d$.]/.test(c) ? at(NUM, line, i) : null;
    if (num && /\d/.test(num[0])) {
      const raw = num[0];
      const value = Number(raw.replace(/[$,%\s]/g, ""));
      out.push({
        kind: "num",
        text: raw.replace(/\s/g, ""),
        start: i,
        end: i + raw.length,
        value,
        money: raw.startsWith("$"),
        percent: raw.endsWith("%"),
      });
      i += raw.length;
      continue;
    }
    // "3 x $68", "20x$1", "25 miles per gallon x 12 gallons": a multiplication sign.
    const lone = !/[a-z]/i.test(line[i - 1] ?? " ") || operandBefore();
    if ((c === "x" || c === "X") && lone && /^\s*[\d$.(]/.test(rest) && (operandBefore() || prev()?.kind === "word")) {
      out.push({ kind: "op", text: "*", start: i, end: i + 1 });
      i++;
      continue;
    }
    const word = at(WORD, line, i);
    if (word) {
      out.push({ kind: "word", text: word[0], start: i, end: i + word[0].length });
      i += word[0].length;
      continue;
    }
    if (c === "=") out.push({ kind: "eq", text: "=", start: i, end: i + 1 });
    else if ("+*×·÷^()".includes(c)) {
      const op = c === "×" || c === "·" ? "*" : c === "÷" ? "/" : c;
      out.push({ kind: "op", text: op, start: i, end: i + 1 });
    } else if ("-–−".includes(c)) {
      // "54-pound" is a hyphenated word, "24 trolls - 6 trolls" a subtraction.
      const spaced = /\s/.test(line[i - 1] ?? "") && /^\s/.test(rest);
      if (/^\s*[\d$.(]/.test(rest) || spaced) out.push({ kind: "op", text: "-", start: i, end: i + 1 });
      else if (!(prev()?.end === i && /^[a-z]/i.test(rest))) out.push({ kind: "punct", text: c, start: i, end: i + 1 });
    } else if (c === "/") {
      // "$20/hour", "kg/day": "per", a unit; "100%/80%", "20/10": a division.
      if (/^\s*[a-z]/i.test(rest)) out.push({ kind: "word", text: "per", start: i, end: i + 1 });
      else out.push({ kind: "op", text: "/", start: i, end: i + 1 });
    } else out.push({ kind: "punct", text: c, start: i, end: i + 1 });
    i++;
  }
  return out;
}

interface Side {
  start: number;
  /** Token index after the expression, trailing unit words included. */
  end: number;
  /** Token index after the last operand (before trailing words). */
  operandEnd: number;
  items: Token[];
  operands: Operand[];
  ops: string[];
}

const MAX_UNIT_WORDS = 6;
const MAX_LEAD_WORDS = 2;

/**
 * Reads an expression from token i: operands (numbers, times, bracketed groups) joined by
 * operators, with unit words after an operand ("3 bids * $50 per bid") and a word or two
 * before one ("42 TVs in all - the 32"). Greedy; null when no operand starts at i.
 */
function readSide(tokens: Token[], i: number, end: number, maxTrailing = MAX_UNIT_WORDS): Side | null {
  const items: Token[] = [];
  const operands: Operand[] = [];
  const ops: string[] = [];
  let j = i;
  let depth = 0;
  let lastGood = -1;
  let expectOperand = true;
  const skipWords = (k: number, max: number) => {
    let n = 0;
    while (k < end && tokens[k]?.kind === "word" && n < max) {
      k++;
      n++;
    }
    return k;
  };
  while (j < end) {
    const t = tokens[j] as Token;
    if (expectOperand) {
      if (t.kind === "op" && t.text === "(") {
        items.push(t);
        depth++;
        j++;
        continue;
      }
      if (t.kind !== "num" && t.kind !== "time") {
        // A word or two may stand between an operator and its operand: "- the 32".
        if (items.length > 0 && t.kind === "word") {
          const k = skipWords(j, MAX_LEAD_WORDS);
          const n = tokens[k];
          if (k < end && n && (n.kind === "num" || n.kind === "time")) {
            j = k;
            continue;
          }
        }
        break;
      }
      items.push(t);
      j++;
      // Unit words after the operand.
      const k = skipWords(j, MAX_UNIT_WORDS + 1);
      const words = tokens
        .slice(j, k)
        .map((w) => w.text)
        .join(" ");
      operands.push({
        value: t.kind === "num" && t.percent ? (t.value as number) / 100 : (t.value as number),
        text: t.text,
        words: k - j <= MAX_UNIT_WORDS ? words : "",
        money: !!t.money,
        percent: !!t.percent,
      });
      expectOperand = false;
      // Closing brackets right after.
      while (j < end && tokens[j]?.kind === "op" && tokens[j]?.text === ")" && depth > 0) {
        items.push(tokens[j] as Token);
        depth--;
        j++;
      }
      if (depth === 0) lastGood = j;
      continue;
    }
    // Expecting an operator, possibly after unit words; "4(2)" multiplies.
    const k = skipWords(j, MAX_UNIT_WORDS);
    const n = tokens[k];
    if (k < end && n?.kind === "op" && n.text === "(" && k === j) {
      items.push({ ...n, text: "*" });
      ops.push("*");
      expectOperand = true;
      continue;
    }
    if (k < end && n?.kind === "op" && n.text !== "(" && n.text !== ")") {
      items.push(n);
      ops.push(n.text);
      j = k + 1;
      expectOperand = true;
      continue;
    }
    if (k < end && n?.kind === "op" && n.text === ")" && depth > 0) {
      items.push(n);
      depth--;
      j = k + 1;
      if (depth === 0) lastGood = j;
      continue;
    }
    break;
  }
  if (lastGood < 0 || operands.length === 0) return null;
  // Keep only complete items (balanced, ending on an operand).
  const keptItems = items.filter((t) => t.start < (tokens[lastGood - 1] as Token).end);
  const operandCount = keptItems.filter((t) => t.kind === "num" || t.kind === "time").length;
  const opCount = keptItems.filter((t) => t.kind === "op" && t.text !== "(" && t.text !== ")").length;
  const trailingEnd = Math.min(
    end,
    (() => {
      let k = lastGood;
      let n = 0;
      while (k < end && tokens[k]?.kind === "word" && n < maxTrailing) {
        k++;
        n++;
      }
      return k;
    })(),
  );
  return {
    start: i,
    end: trailingEnd,
    operandEnd: lastGood,
    items: keptItems,
    operands: operands.slice(0, operandCount),
    ops: ops.slice(0, opCount),
  };
}

/** Evaluates the side's numbers and operators (percentages as hundredths, times in minutes). */
function evaluateSide(items: Token[]): number | null {
  const parts = items.map((t) => {
    if (t.kind === "num") return String(t.percent ? (t.value as number) / 100 : t.value);
    if (t.kind === "time") return String(t.value);
    return t.text;
  });
  return evaluateArithmetic(parts);
}

/** A tiny recursive-descent evaluator for + - * / ^ and brackets over tokens. */
export function evaluateArithmetic(parts: string[]): number | null {
  let i = 0;
  const peek = () => parts[i];
  const primary = (): number | null => {
    const t = parts[i++];
    if (t === "(") {
      const v = sum();
      if (parts[i++] !== ")") return null;
      return v;
    }
    if (t === "-") {
      const v = primary();
      return v === null ? null : -v;
    }
    const n = t === undefined ? Number.NaN : Number(t);
    return Number.isFinite(n) ? n : null;
  };
  const power = (): number | null => {
    const a = primary();
    if (a === null) return null;
    if (peek() === "^") {
      i++;
      const b = power();
      return b === null ? null : a ** b;
    }
    return a;
  };
  const product = (): number | null => {
    let a = power();
    while (a !== null && (peek() === "*" || peek() === "/")) {
      const op = parts[i++];
      const b = power();
      if (b === null) return null;
      a = op === "*" ? a * b : a / b;
    }
    return a;
  };
  const sum = (): number | null => {
    let a = product();
    while (a !== null && (peek() === "+" || peek() === "-")) {
      const op = parts[i++];
      const b = product();
      if (b === null) return null;
      a = op === "+" ? a + b : a - b;
    }
    return a;
  };
  const v = sum();
  return v !== null && i === parts.length && Number.isFinite(v) ? v : null;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function displayOf(items: Token[]): string {
  let out = "";
  for (const t of items) {
    if (t.kind === "op") {
      if (t.text === "(") out += out && !out.endsWith("(") ? " (" : "(";
      else if (t.text === ")") out += ")";
      else out += ` ${t.text === "*" ? "×" : t.text === "/" ? "÷" : t.text === "-" ? "−" : t.text} `;
    } else out += t.text.startsWith(".") ? `0${t.text}` : t.text.replace(/^\$\./, "$0.");
  }
  return out.replace(/\s+/g, " ").replace(/\(\s+/g, "(").trim();
}

/** The expression side that ends right before token `eq`: its earliest valid start, if any. */
function leftSide(tokens: Token[], lower: number, eq: number): Side | null {
  for (let s = lower; s < eq; s++) {
    const t = tokens[s] as Token;
    if (!(t.kind === "num" || t.kind === "time" || (t.kind === "op" && t.text === "("))) continue;
    const side = readSide(tokens, s, eq, 8);
    if (side && side.end === eq) return side;
  }
  return null;
}

/** Every computation in one line of a worked solution, in order. */
export function lineComputations(line: string, lineIndex: number): Computation[] {
  const tokens = tokenize(line);
  const found: Computation[] = [];
  let lower = 0;
  let segmentStart = 0;
  for (let e = 0; e < tokens.length; e++) {
    if (tokens[e]?.kind !== "eq") continue;
    const sides: Side[] = [];
    const left = leftSide(tokens, lower, e);
    if (left) sides.push(left);
    let j = e;
    let last: Side | null = null;
    while (j < tokens.length && tokens[j]?.kind === "eq") {
      while (tokens[j]?.kind === "eq") j++;
      const side = readSide(tokens, j, tokens.length);
      if (!side) break;
      last = side;
      let k = side.operandEnd;
      while (tokens[k]?.kind === "word" && k - side.operandEnd < 8) k++;
      if (tokens[k]?.kind === "eq") {
        sides.push(side);
        j = k;
        continue;
      }
      break;
    }
    if (!last) {
      lower = e + 1;
      continue;
    }
    // The result: a lone number, or a written fraction such as "1/4".
    let value: number | null = null;
    let resultEnd = -1;
    const first = last.items[0];
    if (last.ops.length === 0 && first?.kind === "num") {
      value = first.percent ? (first.value as number) : (first.value as number);
      resultEnd = first.end;
    } else if (
      last.ops.length === 1 &&
      last.ops[0] === "/" &&
      last.items.length === 3 &&
      last.items.every((t) => t.kind !== "num" || !t.percent)
    ) {
      value = evaluateSide(last.items);
      resultEnd = (last.items[2] as Token).end;
    }
    const expr = sides.find((s) => s.ops.length > 0 && s.operands.length >= 2);
    e = Math.max(e, last.operandEnd - 1);
    if (value === null || !expr || !first) {
      lower = last.operandEnd;
      continue;
    }
    const resultToken = first;
    const money = !!resultToken.money || (resultToken.kind === "num" && /^\s*dollars?\b/i.test(line.slice(resultEnd)));
    const percent = !!resultToken.percent;
    const evaluated = evaluateSide(expr.items);
    const target = percent ? value / 100 : value;
    found.push({
      line,
      lineIndex,
      operands: expr.operands,
      ops: expr.ops,
      display: displayOf(expr.items),
      consistent: evaluated !== null && close(evaluated, target),
      value,
      money,
      percent,
      exprStart: (expr.items[0] as Token).start,
      resultStart: resultToken.start,
      resultEnd,
      segmentStart,
    });
    lower = last.operandEnd;
    segmentStart = resultEnd;
  }
  return found;
}

/** The computations of a whole worked solution (every line but the final-answer line). */
export function solutionComputations(lines: string[]): Computation[] {
  return lines.flatMap((l, i) => lineComputations(l, i));
}
