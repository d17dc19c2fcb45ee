/**
 * A layered drawing of the prerequisite graph, pure: a skill's layer is its prerequisite depth
 * (0 = needs nothing, else 1 + the deepest prerequisite), layers are columns from left to right,
 * and within a column skills are ordered by the mean row of their prerequisites (one barycentre
 * sweep, which removes most crossings in graphs this size), then by name.
 * Skills with no prerequisite and no dependent are left out of the picture (`isolated`).
 */
export interface GraphSkill {
  id: string;
  name: string;
  prerequisiteIds: string[];
}

export interface PlacedNode {
  id: string;
  name: string;
  layer: number;
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** Path from the prerequisite's right side to the dependent's left side. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SkillGraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  isolated: GraphSkill[];
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
}

const NODE_W = 180;
const NODE_H = 36;
const GAP_X = 70;
const GAP_Y = 16;
const PAD = 12;

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

export function layoutSkillGraph(skills: GraphSkill[]): SkillGraphLayout {
  const ids = new Set(skills.map((s) => s.id));
  const hasDependent = new Set(skills.flatMap((s) => s.prerequisiteIds.filter((p) => ids.has(p))));
  const connected = skills.filter((s) => hasDependent.has(s.id) || s.prerequisiteIds.some((p) => ids.has(p)));
  const isolated = skills.filter((s) => !connected.includes(s)).sort((a, b) => a.name.localeCompare(b.name));
  const depth = prerequisiteDepths(connected);
  const layers: GraphSkill[][] = [];
  for (const s of connected) {
    const d = depth.get(s.id) ?? 0;
    const layer = layers[d] ?? [];
    layer.push(s);
    layers[d] = layer;
  }
  const row = new Map<string, number>();
  for (const layer of layers) {
    if (!layer) continue;
    const score = (s: GraphSkill) => {
      const rows = s.prerequisiteIds.map((p) => row.get(p)).filter((r): r is number => r !== undefined);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    layer.sort((a, b) => {
      const d = score(a) - score(b);
      return Number.isNaN(d) || d === 0 ? a.name.localeCompare(b.name) : d;
    });
    layer.forEach((s, i) => {
      row.set(s.id, i);
    });
  }
  const nodes: PlacedNode[] = [];
  for (const [l, layer] of layers.entries()) {
    for (const [i, s] of (layer ?? []).entries()) {
      nodes.push({ id: s.id, name: s.name, layer: l, x: PAD + l * (NODE_W + GAP_X), y: PAD + i * (NODE_H + GAP_Y) });
    }
  }
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = [];
  for (const s of connected) {
    const to = at.get(s.id);
    for (const p of s.prerequisiteIds) {
      const from = at.get(p);
      if (!from || !to) continue;
      edges.push({
        from: p,
        to: s.id,
        x1: from.x + NODE_W,
        y1: from.y + NODE_H / 2,
        x2: to.x,
        y2: to.y + NODE_H / 2,
      });
    }
  }
  const rows = Math.max(0, ...layers.map((l) => l?.length ?? 0));
  return {
    nodes,
    edges,
    isolated,
    width: nodes.length ? PAD * 2 + layers.length * NODE_W + (layers.length - 1) * GAP_X : 0,
    height: nodes.length ? PAD * 2 + rows * NODE_H + (rows - 1) * GAP_Y : 0,
    nodeWidth: NODE_W,
    nodeHeight: NODE_H,
  };
}
