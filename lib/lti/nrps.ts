import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requireClass, type Viewer } from "@/lib/teach/access";
import { accessToken, type Fetch, LtiServiceError } from "./ags";
import { mapRoles, NRPS_SCOPE } from "./claims";
import { ensureLtiUser } from "./launch";

/**
 * Names and Role Provisioning Services 2.0 (section 3.6): the course's members, paged through
 * the Link header (rel="next"), fetched with a client-credentials token (the AGS flow, scope
 * contextmembership.readonly). Learners become students enrolled in the class; LMS-linked
 * students of that platform no longer listed as Active lose their enrolment in the class (their
 * account and work stay), and its co-teachers no longer listed as Active instructors or TAs lose
 * the class (so a TA who left the course stops seeing its students; only when the roster lists
 * instructors at all). Students who joined with a
 * code and the class's own teacher are never touched.
 */
export const MEMBERSHIP_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
const MAX_PAGES = 50;

const member = z.object({
  user_id: z.string().min(1).max(255),
  roles: z.array(z.string().max(255)).max(100).default([]),
  status: z.enum(["Active", "Inactive", "Deleted"]).default("Active"),
  name: z.string().max(200).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
  email: z.string().email().max(254).optional().catch(undefined),
});
const container = z.object({ members: z.array(z.unknown()).max(10_000) });
export type Member = z.infer<typeof member>;

/** The URL of rel="next" in a Link header (RFC 8288), or null. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(",")) {
    const m = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (m?.[1] && /rel="?([^";]*\s)?next(\s[^";]*)?"?/.test(m[2] ?? "")) return m[1];
  }
  return null;
}

export async function fetchMembers(
  prisma: PrismaClient,
  platform: { id: string; clientId: string; tokenEndpoint: string },
  url: string,
  opts: { fetch?: Fetch } = {},
): Promise<Member[]> {
  const token = await accessToken(prisma, platform, [NRPS_SCOPE], opts);
  const out: Member[] = [];
  let next: string | null = url;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const res: Response = await (opts.fetch ?? fetch)(next, {
      headers: { accept: MEMBERSHIP_TYPE, authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new LtiServiceError(`LMS refused the roster: ${res.status}`, res.status);
    const body = container.safeParse(await res.json().catch(() => null));
    if (!body.success) throw new LtiServiceError("LMS roster is not a membership container.");
    for (const m of body.data.members) {
      const parsed = member.safeParse(m);
      if (parsed.success) out.push(parsed.data);
    }
    next = nextLink(res.headers.get("link"));
  }
  return out;
}

export interface SyncResult {
  added: number;
  removed: number;
  total: number;
  /** Co-teachers who are no longer instructors of the course. */
  teachersRemoved: number;
}

/** Syncs every LMS course linked to the class (no access check: callers do it). */
export async function syncRosterForClass(
  prisma: PrismaClient,
  classroomId: string,
  opts: { fetch?: Fetch } = {},
): Promise<SyncResult> {
  const contexts = await prisma.ltiContextLink.findMany({
    where: { classroomId, membershipsUrl: { not: null } },
    include: { platform: true },
  });
  if (contexts.length === 0)
    throw new AppError(
      "bad_request",
      "This class has no LMS roster: open Stepwise from the LMS course first (with names and roles shared).",
    );
  const result: SyncResult = { added: 0, removed: 0, total: 0, teachersRemoved: 0 };
  for (const ctx of contexts) {
    const members = await fetchMembers(prisma, ctx.platform, ctx.membershipsUrl ?? "", opts).catch((e: unknown) => {
      const why = e instanceof LtiServiceError ? e.message : "the LMS could not be reached";
      throw new AppError("unavailable", `Roster sync failed: ${why}.`);
    });
    const learners = members.filter((m) => m.status === "Active" && mapRoles(m.roles) === "student");
    await prisma.$transaction(async (tx) => {
      const keep: string[] = [];
      for (const m of learners) {
        const name = m.name?.trim() || [m.given_name, m.family_name].filter(Boolean).join(" ").trim() || "LMS user";
        const user = await ensureLtiUser(tx, ctx.platformId, { sub: m.user_id, name, email: m.email, role: "student" });
        keep.push(user.id);
        const made = await tx.$executeRaw`
          INSERT INTO "Enrollment" (id, "classroomId", "studentId", "createdAt")
          VALUES (gen_random_uuid()::text, ${classroomId}, ${user.id}, now()) ON CONFLICT DO NOTHING`;
        result.added += made;
      }
      const gone = await tx.enrollment.deleteMany({
        where: {
          classroomId,
          studentId: { notIn: keep },
          student: { ltiLinks: { some: { platformId: ctx.platformId } } },
        },
      });
      result.removed += gone.count;
      result.total += learners.length;
      // A roster that lists no instructor at all (empty, or filtered to learners) says nothing
      // about teachers: co-teachers are only taken off against one that lists instructors.
      const instructors = members.filter((m) => m.status === "Active" && mapRoles(m.roles) !== "student");
      if (instructors.length === 0) return;
      const teachersGone = await tx.classroomCoTeacher.deleteMany({
        where: {
          classroomId,
          teacher: {
            ltiLinks: {
              some: { platformId: ctx.platformId },
              none: { platformId: ctx.platformId, sub: { in: instructors.map((m) => m.user_id) } },
            },
          },
        },
      });
      result.teachersRemoved += teachersGone.count;
    });
  }
  return result;
}

/** The teacher's "sync roster" (their own class only). */
export async function syncRoster(
  prisma: PrismaClient,
  viewer: Viewer,
  classId: string,
  opts: { fetch?: Fetch } = {},
): Promise<SyncResult> {
  const cls = await requireClass(prisma, viewer, classId);
  return syncRosterForClass(prisma, cls.id, opts);
}
