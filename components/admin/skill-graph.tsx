import Link from "next/link";
import { useTranslations } from "next-intl";
import { type GraphSkill, layoutSkillGraph } from "@/lib/authoring/layout-skill-graph";
import { ScrollRegion } from "./scroll-region";

function short(name: string, max = 24): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/**
 * The prerequisite graph as a server-rendered SVG (columns by prerequisite depth, arrows from a
 * prerequisite to the skills that need it), with a text list that says the same for screen
 * readers and for anyone who prefers reading it.
 */
export function SkillGraph({ skills }: { skills: GraphSkill[] }) {
  const t = useTranslations("admin.graph");
  const layout = layoutSkillGraph(skills);
  const names = new Map(skills.map((s) => [s.id, s.name]));
  const connected = skills.filter((s) => !layout.isolated.includes(s));
  return (
    <figure className="flex flex-col gap-3">
      {layout.nodes.length ? (
        <ScrollRegion label={t("scrolls")} className="overflow-auto rounded-lg border border-slate-200 bg-white p-2">
          <svg
            role="img"
            aria-labelledby="skill-graph-title skill-graph-desc"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
          >
            <title id="skill-graph-title">{t("imageTitle")}</title>
            <desc id="skill-graph-desc">
              {t("imageDescription", {
                skills: layout.nodes.length,
                levels: new Set(layout.nodes.map((n) => n.layer)).size,
              })}
            </desc>
            <defs>
              <marker
                id="skill-arrow"
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M0,0 L10,5 L0,10 z" fill="#475569" />
              </marker>
            </defs>
            {layout.edges.map((e) => {
              const mid = (e.x1 + e.x2) / 2;
              return (
                <path
                  key={`${e.from}-${e.to}`}
                  d={`M${e.x1},${e.y1} C${mid},${e.y1} ${mid},${e.y2} ${e.x2 - 2},${e.y2}`}
                  fill="none"
                  stroke="#475569"
                  strokeWidth="1.5"
                  markerEnd="url(#skill-arrow)"
                />
              );
            })}
            {layout.nodes.map((n) => (
              <g key={n.id}>
                <title>{n.name}</title>
                <rect
                  x={n.x}
                  y={n.y}
                  width={layout.nodeWidth}
                  height={layout.nodeHeight}
                  rx="6"
                  fill="#eff6ff"
                  stroke="#1d4ed8"
                />
                <text x={n.x + 8} y={n.y + layout.nodeHeight / 2 + 5} fontSize="13" fill="#0f172a">
                  {short(n.name)}
                </text>
              </g>
            ))}
          </svg>
        </ScrollRegion>
      ) : (
        <p>{t("noPrerequisites")}</p>
      )}
      <figcaption className="text-sm text-slate-700">
        {t("levels")}
        {layout.isolated.length ? ` ${t("isolated", { count: layout.isolated.length })}` : ""}
      </figcaption>
      <details open={skills.length <= 30} className="rounded border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer font-medium">{t("asList")}</summary>
        <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label={t("listLabel")}>
          {[...connected, ...layout.isolated].map((s) => (
            <li key={s.id}>
              <Link href={`/admin/skills/${s.id}`} className="text-blue-800 underline">
                {s.name}
              </Link>
              {": "}
              {s.prerequisiteIds.length
                ? t("needs", { names: s.prerequisiteIds.map((p) => names.get(p) ?? p).join(", ") })
                : t("needsNothing")}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
