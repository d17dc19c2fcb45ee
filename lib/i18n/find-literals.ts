import { readFileSync } from "node:fs";
import { parse } from "@babel/parser";

/**
 * User-visible string literals written into UI code instead of messages/: JSX text, user-facing
 * JSX attributes (label, placeholder, title, alt, aria-*), string children in braces, and the
 * error/ok/message texts server actions return. What stays allowed: text without letters, the
 * product's name, and a line marked `// i18n-ignore: <why>` (or `{/* i18n-ignore *\/}` in JSX)
 * for code samples and notation. Used by lib/i18n/literals.test.ts. Reads files; no side effects.
 */
export interface Literal {
  file: string;
  line: number;
  text: string;
}

const VISIBLE_ATTRIBUTES = new Set([
  "label",
  "placeholder",
  "title",
  "alt",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "hint",
  "description",
  "emptyText",
  "confirmText",
  "submitLabel",
  "pendingLabel",
]);
const RETURNED_TEXT = new Set(["error", "ok", "message", "notice", "warning"]);
const ALLOWED = new Set(["Stepwise"]);

function visible(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  return /\p{L}/u.test(t) && !ALLOWED.has(t);
}

type Node = { type: string; loc?: { start: { line: number } }; [k: string]: unknown };

function isNode(v: unknown): v is Node {
  return typeof v === "object" && v !== null && typeof (v as Node).type === "string";
}

function stringOf(e: unknown): string | null {
  if (!isNode(e)) return null;
  if (e.type === "StringLiteral") return e.value as string;
  if (e.type === "TemplateLiteral") {
    const quasis = e.quasis as { value: { cooked: string } }[];
    return quasis.map((q) => q.value.cooked).join(" ");
  }
  return null;
}

export function findLiterals(file: string, source = readFileSync(file, "utf8")): Literal[] {
  const ast = parse(source, { sourceType: "module", plugins: ["typescript", "jsx"], errorRecovery: true });
  const lines = source.split("\n");
  const out: Literal[] = [];
  const report = (node: Node, text: string) => {
    if (!visible(text)) return;
    const line = node.loc?.start.line ?? 0;
    const marked = (n: number) => (lines[n - 1] ?? "").includes("i18n-ignore");
    if (marked(line) || marked(line - 1)) return;
    out.push({ file, line, text: text.replace(/\s+/g, " ").trim() });
  };
  const visit = (node: Node, parent: Node | null) => {
    if (node.type === "JSXText") report(node, node.value as string);
    else if (node.type === "JSXAttribute") {
      const name = isNode(node.name) ? String((node.name as Node).name) : "";
      if (VISIBLE_ATTRIBUTES.has(name)) {
        const v = node.value as Node | null;
        const s = v && v.type === "JSXExpressionContainer" ? stringOf(v.expression) : stringOf(v);
        if (s !== null && v) report(v, s);
      }
    } else if (
      node.type === "JSXExpressionContainer" &&
      parent &&
      (parent.type === "JSXElement" || parent.type === "JSXFragment")
    ) {
      const s = stringOf(node.expression);
      if (s !== null) report(node, s);
    } else if ((node.type === "ObjectProperty" || node.type === "Property") && isNode(node.key)) {
      const key = node.key as Node;
      const name = key.type === "Identifier" ? String(key.name) : key.type === "StringLiteral" ? String(key.value) : "";
      if (RETURNED_TEXT.has(name)) {
        const s = stringOf(node.value);
        if (s !== null) report(node, s);
      }
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "loc" || k === "leadingComments" || k === "trailingComments") continue;
      if (Array.isArray(v)) for (const c of v) isNode(c) && visit(c, node);
      else if (isNode(v)) visit(v, node);
    }
  };
  visit(ast.program as unknown as Node, null);
  return out;
}
