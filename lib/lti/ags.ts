import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AGS_SCOPE } from "./claims";
import { signWithToolKey } from "./keys";

/**
 * LTI Advantage services' access tokens and AGS 2.0 scores.
 * Tokens: OAuth 2 client credentials with a JWT client assertion (RFC 7523 section 2.2;
 * 1EdTech Security Framework 1.0 section 4.1): iss = sub = client_id, aud = the token endpoint,
 * signed with the tool's active key (kid in the header, published at /api/lti/jwks). Cached per
 * platform and scope set until a minute before expiry.
 * Scores: AGS 2.0 section 3.4, POST application/vnd.ims.lis.v1.score+json to <lineitem>/scores.
 */

export type Fetch = typeof fetch;
export const CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
export const SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

export interface TokenPlatform {
  id: string;
  clientId: string;
  tokenEndpoint: string;
}

/** The token request's form body (pure). */
export function tokenRequestBody(assertion: string, scopes: readonly string[]): URLSearchParams {
  return new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: CLIENT_ASSERTION_TYPE,
    client_assertion: assertion,
    scope: [...scopes].sort().join(" "),
  });
}

export async function clientAssertion(prisma: PrismaClient, p: TokenPlatform): Promise<string> {
  return signWithToolKey(
    prisma,
    {},
    { issuer: p.clientId, subject: p.clientId, audience: p.tokenEndpoint, expiresIn: "5m" },
  );
}

/** Why a service call failed, in words a teacher can act on ("LMS refused: 403 ..."). */
export class LtiServiceError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "LtiServiceError";
  }
}

async function bodySnippet(res: Response): Promise<string> {
  const t = await res.text().catch(() => "");
  return t.replace(/\s+/g, " ").slice(0, 200);
}

const tokens = new Map<string, { token: string; expiresAt: number }>();

/** Test hook: forget cached tokens. */
export function clearTokenCache(): void {
  tokens.clear();
}

export async function accessToken(
  prisma: PrismaClient,
  p: TokenPlatform,
  scopes: readonly string[],
  opts: { fetch?: Fetch; now?: number } = {},
): Promise<string> {
  const now = opts.now ?? Date.now();
  const key = `${p.id}|${[...scopes].sort().join(" ")}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt - 60_000 > now) return cached.token;
  const res = await (opts.fetch ?? fetch)(p.tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: tokenRequestBody(await clientAssertion(prisma, p), scopes),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok)
    throw new LtiServiceError(`LMS refused the access token: ${res.status} ${await bodySnippet(res)}`, res.status);
  const json = (await res.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
  if (!json || typeof json.access_token !== "string")
    throw new LtiServiceError("LMS token response has no access_token.");
  const expiresIn = typeof json.expires_in === "number" && json.expires_in > 0 ? json.expires_in : 3600;
  tokens.set(key, { token: json.access_token, expiresAt: now + expiresIn * 1000 });
  return json.access_token;
}

export interface ScoreInput {
  userId: string; // the LMS user id (the launch's sub)
  scoreGiven: number;
  scoreMaximum: number;
  complete: boolean;
  timestamp: Date;
}

/** The AGS score (section 3.4.2), pure. Stepwise grades itself: gradingProgress FullyGraded. */
export function scoreBody(s: ScoreInput) {
  return {
    userId: s.userId,
    scoreGiven: Math.round(s.scoreGiven * 1000) / 1000,
    scoreMaximum: s.scoreMaximum,
    activityProgress: s.complete ? "Completed" : "InProgress",
    gradingProgress: "FullyGraded",
    timestamp: s.timestamp.toISOString(),
  };
}

/** <lineitem>/scores, keeping the line item URL's query string (AGS 2.0 section 3.4). */
export function scoresUrl(lineItem: string): string {
  const u = new URL(lineItem);
  u.pathname = `${u.pathname.replace(/\/+$/, "")}/scores`;
  return u.toString();
}

export async function postScore(
  prisma: PrismaClient,
  p: TokenPlatform,
  lineItem: string,
  score: ScoreInput,
  opts: { fetch?: Fetch } = {},
): Promise<void> {
  const token = await accessToken(prisma, p, [AGS_SCOPE.score], opts);
  const res = await (opts.fetch ?? fetch)(scoresUrl(lineItem), {
    method: "POST",
    headers: { "content-type": SCORE_TYPE, authorization: `Bearer ${token}` },
    body: JSON.stringify(scoreBody(score)),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new LtiServiceError(`LMS refused: ${res.status} ${await bodySnippet(res)}`, res.status);
}

export const LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
export const LINE_ITEM_CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
/** The tag on line items Stepwise makes, so that it finds its own again (AGS 2.0 section 3.2.9). */
export const LINE_ITEM_TAG = "stepwise";

export interface LineItemSpec {
  /** The LMS's resource link id (the launch's resource_link.id). */
  resourceLinkId: string;
  label: string;
  /** The problem set's key. */
  resourceId: string;
}

/** The container URL with query filters added, keeping its own query string (AGS 2.0 section 3.2). */
export function lineItemsQueryUrl(container: string, filters: Record<string, string>): string {
  const u = new URL(container);
  for (const [k, v] of Object.entries(filters)) u.searchParams.set(k, v);
  return u.toString();
}

/**
 * The line item of a resource link that the launch did not carry one for: the one Stepwise made
 * before (found by resource_link_id and tag, so a restart or a second server makes no second
 * column), else a new one (scoreMaximum 1, the set's title). Returns its URL (the item's `id`).
 */
export async function findOrCreateLineItem(
  prisma: PrismaClient,
  p: TokenPlatform,
  container: string,
  spec: LineItemSpec,
  opts: { fetch?: Fetch } = {},
): Promise<string> {
  const token = await accessToken(prisma, p, [AGS_SCOPE.lineItem], opts);
  const get = await (opts.fetch ?? fetch)(
    lineItemsQueryUrl(container, { resource_link_id: spec.resourceLinkId, tag: LINE_ITEM_TAG }),
    {
      headers: { accept: LINE_ITEM_CONTAINER_TYPE, authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    },
  );
  if (!get.ok)
    throw new LtiServiceError(`LMS refused to list line items: ${get.status} ${await bodySnippet(get)}`, get.status);
  const items = (await get.json().catch(() => null)) as unknown;
  // A line item lives in its container: an id elsewhere is never called with the LMS's token.
  const inContainer = (id: unknown): id is string => {
    try {
      return typeof id === "string" && new URL(id).origin === new URL(container).origin;
    } catch {
      return false;
    }
  };
  const found = Array.isArray(items)
    ? items.find(
        (i): i is { id: string } =>
          inContainer(i?.id) &&
          i.resourceLinkId === spec.resourceLinkId &&
          (i.tag === LINE_ITEM_TAG || i.resourceId === spec.resourceId),
      )
    : undefined;
  if (found) return found.id;
  const post = await (opts.fetch ?? fetch)(container, {
    method: "POST",
    headers: { "content-type": LINE_ITEM_TYPE, accept: LINE_ITEM_TYPE, authorization: `Bearer ${token}` },
    body: JSON.stringify({
      scoreMaximum: 1,
      label: spec.label.slice(0, 200),
      resourceLinkId: spec.resourceLinkId,
      resourceId: spec.resourceId,
      tag: LINE_ITEM_TAG,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!post.ok)
    throw new LtiServiceError(
      `LMS refused to make a line item: ${post.status} ${await bodySnippet(post)}`,
      post.status,
    );
  const made = (await post.json().catch(() => null)) as { id?: unknown } | null;
  if (!made || !inContainer(made.id))
    throw new LtiServiceError("LMS answered a new line item without its URL (id) on the container's host.");
  return made.id;
}
