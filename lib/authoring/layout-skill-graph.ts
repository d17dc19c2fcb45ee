import { layout as dagreLayout, graphlib } from "@dagrejs/dagre";

/**
 * A layered drawing of the prerequisite graph, pure (decision 019): dagre ranks the skills
 * (prerequisites left, the skills that need them to the right), orders each rank to keep edges
 * from crossing, and places the nodes so that none overlap. Each node is as wide as its label,
 * long names wrapped over lines (never cut). Skills with no prerequisite and no dependent are
 * left out of the picture (`isolated`) and listed.
 */
export interface GraphSkill {
  id: string;
  name: string;
  prerequisiteIds: string[];
}

export interface PlacedNode {
  id: string;
  name: string;
  /** The label over one or more lines. */
  lines: string[];
  layer: number;
  /** Top-left corner and size of the node's box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** The route dagre chose, from the prerequisite's box to the dependent's. */
  points: { x: number; y: number }[];
}

export interface SkillGraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  isolated: GraphSkill[];
  width: number;
  height: number;
}

/** Label metrics, in px, for the 13 px sans-serif labels the graph draws (components/admin/skill-graph.tsx). */
export const LABEL = { fontSize: 13, lineHeight: 17, padX: 10, padY: 8, maxLineChars: 24 } as const;

const NARROW = new Set("il.,:;'!|Ij()[]ft ");
const WIDE = new Set("mwMW@%");

/**
 * A generous estimate of a line's width at LABEL.fontSize: per character, at least what wide
 * sans-serif fonts (DejaVu Sans, the fallback on Linux) take, so a label never overflows its box
 * whichever font the browser picks. Pure.
 */
export function textWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (NARROW.has(ch)) w += 5;
    else if (WIDE.has(ch)) w += 13.5;
    else if (ch >= "A" && ch <= "Z") w += 10;
    else if (ch.charCodeAt(0) > 0x2e7f)
      w += 14; // CJK and other full-width scripts
    else w += 8.4;
  }
  return Math.ceil(w);
}

/**
 * A name over lines of at most `max` characters, broken between words; a single word longer
 * than a line is split (no character is ever dropped). Pure.
 */
export function wrapLabel(name: string, max: number = LABEL.maxLineChars): string[] {
  const words = name.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    while (word.length > max) {
      if (line) {
        lines.push(line);
        line = "";
      }
      lines.push(word.slice(0, max));
      word = word.slice(max);
    }
    if (!word) continue;
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** Depth of each skill; a cycle (which the editor never stores) is cut where it closes. */
export function prerequisiteDepths(skills: GraphSkill[]): Map<string, number> {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let d = 0;
    for (const p of byId.get(id)?.prerequisiteIds ?? []) if (byId.has(p)) d = Math.max(d, visit(p) + 1);
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  for (const s of skills) visit(s.id);
  return depth;
}

const MARGIN = 16;

export function layoutSkillGraph(skills: GraphSkill[]): SkillGraphLayout {
  const ids = new Set(skills.map((s) => s.id));
  const hasDependent = new Set(skills.flatMap((s) => s.prerequisiteIds.filter((p) => ids.has(p))));
  const connected = skills
    .filter((s) => hasDependent.has(s.id) || s.prerequisiteIds.some((p) => ids.has(p) && p !== s.id))
    // A stable input order (by name) gives the same drawing for the same graph.
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const connectedIds = new Set(connected.map((s) => s.id));
  const isolated = skills
    .filter((s) => !connectedIds.has(s.id))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  if (connected.length === 0) return { nodes: [], edges: [], isolated, width: 0, height: 0 };

  const g = new graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: "LR", nodesep: 18, ranksep: 64, edgesep: 12, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  const lines = new Map<string, string[]>();
  for (const s of connected) {
    const l = wrapLabel(s.name);
    lines.set(s.id, l);
    g.setNode(s.id, {
      width: Math.max(...l.map(textWidth)) + LABEL.padX * 2,
      height: l.length * LABEL.lineHeight + LABEL.padY * 2,
    });
  }
  for (const s of connected)
    for (const p of new Set(s.prerequisiteIds)) if (connectedIds.has(p) && p !== s.id) g.setEdge(p, s.id);
  // dagre breaks cycles itself (acyclicer), so a stored cycle still draws.
  dagreLayout(g);

  const depth = prerequisiteDepths(connected);
  const nodes: PlacedNode[] = connected.map((s) => {
    const n = g.node(s.id);
    return {
      id: s.id,
      name: s.name,
      lines: lines.get(s.id) ?? [s.name],
      layer: depth.get(s.id) ?? 0,
      x: n.x - n.width / 2,
      y: n.y - n.height / 2,
      width: n.width,
      height: n.height,
    };
  });
  const edges: PlacedEdge[] = g.edges().map((e) => ({
    from: e.v,
    to: e.w,
    points: ((g.edge(e).points ?? []) as { x: number; y: number }[]).map((p) => ({ x: p.x, y: p.y })),
  }));
  const graph = g.graph();
  return {
    nodes,
    edges,
    isolated,
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
  };
}

/** Whether two segments cross (strictly, not at a shared end). Pure; used to count crossings. */
function segmentsCross(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  const [x1, y1, x2, y2] = a;
  const [x3, y3, x4, y4] = b;
  const d = (x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3);
  if (d === 0) return false;
  const t = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / d;
  const u = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / d;
  return t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6;
}

/** How many pairs of edges cross in a layout (edges sharing a skill are not counted). Pure. */
export function countCrossings(layout: SkillGraphLayout): number {
  const segs = layout.edges.map((e) => {
    const s: [number, number, number, number][] = [];
    for (let i = 1; i < e.points.length; i++) {
      const p = e.points[i - 1] as { x: number; y: number };
      const q = e.points[i] as { x: number; y: number };
      s.push([p.x, p.y, q.x, q.y]);
    }
    return s;
  });
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const a = layout.edges[i];
      const b = layout.edges[j];
      if (!a || !b || a.from === b.from || a.to === b.to || a.from === b.to || a.to === b.from) continue;
      if ((segs[i] ?? []).some((x) => (segs[j] ?? []).some((y) => segmentsCross(x, y)))) n++;
    }
  }
  return n;
}
