import { randomUUID } from "node:crypto";
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

/**
 * The platform side of LTI 1.3 for tests: an RSA key pair with its JWK Set, and id_tokens signed
 * with it (LTI Core 1.3 section 5; Security Framework 1.0 section 5.1.2). Used by the db tests
 * directly and by the HTTP simulator (./server.ts).
 */
export const V = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";

export interface PlatformKeys {
  kid: string;
  privateKey: CryptoKey;
  jwks: { keys: JWK[] };
  localSet: ReturnType<typeof createLocalJWKSet>;
}

export async function platformKeys(): Promise<PlatformKeys> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomUUID();
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" }] };
  return { kid, privateKey, jwks, localSet: createLocalJWKSet(jwks) };
}

export interface IdTokenOptions {
  issuer: string;
  clientId: string;
  deploymentId: string;
  nonce: string;
  sub: string;
  roles?: string[];
  contextId?: string;
  contextTitle?: string;
  resourceLinkId?: string;
  messageType?: string;
  name?: string;
  email?: string;
  custom?: Record<string, string>;
  lineItem?: string;
  /** The AGS line item container (with the lineitem and score scopes). */
  lineItems?: string;
  membershipsUrl?: string;
  deepLinkReturnUrl?: string;
  targetLinkUri?: string;
  /** Seconds from now (negative: already expired). */
  expiresIn?: number;
  iatOffset?: number;
  audience?: string | string[];
  azp?: string;
  extra?: Record<string, unknown>;
  omit?: string[];
}

export async function signIdToken(keys: PlatformKeys, o: IdTokenOptions): Promise<string> {
  const messageType = o.messageType ?? "LtiResourceLinkRequest";
  const claims: Record<string, unknown> = {
    nonce: o.nonce,
    name: o.name ?? "Test User",
    ...(o.email ? { email: o.email } : {}),
    [`${LTI}message_type`]: messageType,
    [`${LTI}version`]: "1.3.0",
    [`${LTI}deployment_id`]: o.deploymentId,
    [`${LTI}target_link_uri`]: o.targetLinkUri ?? "http://localhost/api/lti/launch",
    [`${LTI}roles`]: o.roles ?? [`${V}Learner`],
    ...(o.contextId ? { [`${LTI}context`]: { id: o.contextId, title: o.contextTitle ?? "Course" } } : {}),
    ...(messageType === "LtiResourceLinkRequest"
      ? { [`${LTI}resource_link`]: { id: o.resourceLinkId ?? "rl-1" } }
      : {}),
    ...(o.deepLinkReturnUrl
      ? {
          "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
            deep_link_return_url: o.deepLinkReturnUrl,
            accept_types: ["ltiResourceLink"],
            data: "platform-data-42",
          },
        }
      : {}),
    ...(o.custom ? { [`${LTI}custom`]: o.custom } : {}),
    ...(o.lineItem || o.lineItems
      ? {
          "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
            scope: [
              ...(o.lineItems ? ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"] : []),
              "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            ],
            ...(o.lineItem ? { lineitem: o.lineItem } : {}),
            ...(o.lineItems ? { lineitems: o.lineItems } : {}),
          },
        }
      : {}),
    ...(o.membershipsUrl
      ? {
          "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
            context_memberships_url: o.membershipsUrl,
            service_versions: ["2.0"],
          },
        }
      : {}),
    ...(o.azp ? { azp: o.azp } : {}),
    ...o.extra,
  };
  for (const k of o.omit ?? []) delete claims[k];
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: keys.kid, typ: "JWT" })
    .setIssuer(o.issuer)
    .setSubject(o.sub)
    .setAudience(o.audience ?? o.clientId)
    .setIssuedAt(now + (o.iatOffset ?? 0))
    .setExpirationTime(now + (o.expiresIn ?? 300))
    .sign(keys.privateKey);
}
