import { z } from "zod";

/**
 * LTI 1.3 message claims (1EdTech LTI Core 1.3 section 5; Deep Linking 2.0 section 4.4; AGS 2.0
 * section 3.1; NRPS 2.0 section 3.6.1). Pure: the id_token's signature, issuer, audience and times
 * are checked by ./launch.ts with jose before these schemas read its payload.
 */
export const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  deepLinkingSettings: "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  nrps: "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
} as const;

export const AGS_SCOPE = {
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  lineItemReadOnly: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  result: "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
} as const;
export const NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

const id = z.string().min(1).max(255);
const url = z.string().url().max(2048);

const common = {
  sub: id, // Core 1.3 section 5.3.6: required for a user launch (anonymous launches are not supported)
  nonce: z.string().min(1).max(255),
  name: z.string().max(200).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
  email: z.string().email().max(254).optional().catch(undefined),
  [CLAIM.version]: z.literal("1.3.0"), // Core 1.3 section 5.3.2
  [CLAIM.deploymentId]: id, // section 5.3.3
  [CLAIM.roles]: z.array(z.string().max(255)).max(100), // section 5.3.7 (may be empty)
  [CLAIM.context]: z
    .object({ id, title: z.string().max(255).optional(), label: z.string().max(255).optional() })
    .optional(),
  [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
  [CLAIM.ags]: z
    .object({ scope: z.array(z.string()).default([]), lineitem: url.optional(), lineitems: url.optional() })
    .optional(),
  [CLAIM.nrps]: z.object({ context_memberships_url: url, service_versions: z.array(z.string()).optional() }).optional(),
};

/** LtiResourceLinkRequest (Core 1.3 section 5.3): resource_link.id and target_link_uri are required. */
export const resourceLinkClaims = z.object({
  ...common,
  [CLAIM.messageType]: z.literal("LtiResourceLinkRequest"),
  [CLAIM.targetLinkUri]: url,
  [CLAIM.resourceLink]: z.object({ id, title: z.string().max(255).optional() }),
});

/** LtiDeepLinkingRequest (Deep Linking 2.0 section 4.4): deep_linking_settings with its return URL. */
export const deepLinkingClaims = z.object({
  ...common,
  [CLAIM.messageType]: z.literal("LtiDeepLinkingRequest"),
  [CLAIM.deepLinkingSettings]: z.object({
    deep_link_return_url: url,
    accept_types: z.array(z.string()),
    accept_presentation_document_targets: z.array(z.string()).optional(),
    accept_multiple: z.boolean().optional(),
    data: z.string().max(4096).optional(),
  }),
});

export const launchClaims = z.discriminatedUnion(CLAIM.messageType, [resourceLinkClaims, deepLinkingClaims]);
export type LaunchClaims = z.infer<typeof launchClaims>;
export type ResourceLinkClaims = z.infer<typeof resourceLinkClaims>;
export type DeepLinkingClaims = z.infer<typeof deepLinkingClaims>;

/** The first problem with a payload, in words: which claim is missing or wrong. */
export function parseLaunchClaims(
  payload: unknown,
): { ok: true; claims: LaunchClaims } | { ok: false; reason: string } {
  const type = (payload as Record<string, unknown> | null)?.[CLAIM.messageType];
  if (type !== "LtiResourceLinkRequest" && type !== "LtiDeepLinkingRequest")
    return { ok: false, reason: `unsupported message_type ${JSON.stringify(type ?? null)}` };
  const parsed = launchClaims.safeParse(payload);
  if (parsed.success) return { ok: true, claims: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join(".") || "payload";
  return { ok: false, reason: `claim ${where}: ${issue?.message ?? "invalid"}` };
}

/**
 * Stepwise role from LTI roles (Core 1.3 section A.2): an Instructor, TeachingAssistant or
 * Administrator in the context (or an institution Administrator/Faculty) teaches; anyone else learns.
 * Short forms ("Instructor") are accepted as the spec's deprecated simple names.
 */
export function mapRoles(roles: readonly string[]): "teacher" | "student" {
  const teaching = /(^|[#/])(Instructor|TeachingAssistant|Administrator|Faculty)$/;
  const teachingSub = /membership\/Instructor#/; // sub-roles of Instructor, e.g. ...#TeachingAssistant
  return roles.some((r) => teaching.test(r) || teachingSub.test(r)) ? "teacher" : "student";
}

/** The display name from the OIDC claims, falling back to a neutral label. */
export function displayName(c: { name?: string; given_name?: string; family_name?: string }): string {
  const n = c.name?.trim() || [c.given_name, c.family_name].filter(Boolean).join(" ").trim();
  return n || "LMS user";
}

/** The problem set a link opens: custom parameter `stepwise_set` (a set key), set by deep linking. */
export function problemSetKeyOf(custom: Record<string, unknown> | undefined): string | null {
  const v = custom?.stepwise_set;
  return typeof v === "string" && /^[\w.-]{1,100}$/.test(v) ? v : null;
}
