import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { type PlatformKeys, platformKeys, signIdToken, V } from "./tokens";

/**
 * An LTI 1.3 platform simulator over real HTTP on localhost, for the browser tests (e2e/lti.spec.ts):
 * its own RSA keys and JWKS; an OIDC auth endpoint that signs an id_token with the tool's nonce
 * and auto-posts it to the tool's launch URL; a token endpoint that verifies the tool's client
 * assertion against the TOOL's JWKS over HTTP; AGS score endpoints and an NRPS memberships
 * endpoint (two pages) recording what arrives; a deep-link return endpoint; and /frame, a page
 * that frames the tool (served from a different site than the tool).
 */
export interface LaunchSpec {
  sub: string;
  name: string;
  role: "Learner" | "Instructor";
  contextId: string;
  resourceLinkId?: string;
  deepLink?: boolean;
  custom?: Record<string, string>;
  lineItem?: boolean;
  /** A link placed without a grade column: the launch offers only the line item container. */
  lineItemContainer?: boolean;
}

export interface Simulator {
  origin: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  scores: { lineItem: string; body: Record<string, unknown>; contentType: string | null }[];
  /** Line items the tool made in the container (AGS 2.0 section 3.2). */
  lineItems: Record<string, unknown>[];
  deepLinks: Record<string, unknown>[];
  tokenRequests: { scope: string }[];
  memberRequests: number;
  refuseScores: boolean;
  /** Registrations posted by the tool (Dynamic Registration 1.0 section 3.5) and the bearer they carried. */
  registrations: { body: Record<string, unknown>; authorization: string | null }[];
  /** The LMS admin page that frames the tool's registration URL and waits for its close message. */
  registerFrameUrl(toolRegistrationUrl: string): string;
  members: { user_id: string; name: string; roles: string[] }[];
  frameUrl(spec: LaunchSpec): string;
  close(): Promise<void>;
}

const html = (res: http.ServerResponse, body: string, status = 200) => {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>LMS simulator</title><body>${body}</body></html>`,
  );
};
const json = (res: http.ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the simulator on 127.0.0.1 (reached as http://localhost:<port>: another site than the tool's 127.0.0.1). */
export async function startSimulator(toolOrigin: string, port = 0): Promise<Simulator> {
  const keys: PlatformKeys = await platformKeys();
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const toolKeys = createRemoteJWKSet(new URL(`${toolOrigin}/api/lti/jwks`));
  const sim: Simulator = {
    origin,
    issuer: origin,
    clientId: "stepwise-sim",
    deploymentId: "sim-deployment-1",
    scores: [],
    lineItems: [],
    deepLinks: [],
    tokenRequests: [],
    memberRequests: 0,
    refuseScores: false,
    registrations: [],
    registerFrameUrl: (u) => `${origin}/register-frame?url=${encodeURIComponent(u)}`,
    members: [],
    frameUrl: (spec) =>
      `${origin}/frame?spec=${encodeURIComponent(Buffer.from(JSON.stringify(spec)).toString("base64url"))}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
  const accessTokens = new Set<string>();

  server.on("request", async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", origin);
      const path = url.pathname;
      if (path === "/jwks") return json(res, keys.jwks);
      if (path === "/frame") {
        // The LMS page: the tool in an iframe, started by the third-party login initiation.
        const spec = url.searchParams.get("spec") ?? "";
        const login = new URL(`${toolOrigin}/api/lti/login`);
        login.search = new URLSearchParams({
          iss: sim.issuer,
          login_hint: "user",
          target_link_uri: `${toolOrigin}/api/lti/launch`,
          lti_message_hint: spec,
          client_id: sim.clientId,
          lti_deployment_id: sim.deploymentId,
        }).toString();
        return html(
          res,
          `<h1>LMS course page</h1><iframe id="tool" title="Stepwise" src="${esc(login.toString())}" style="width:100%;height:900px" allow="clipboard-write"></iframe>`,
        );
      }
      if (path === "/openid-configuration")
        return json(res, {
          issuer: `${origin}/dynamic`,
          authorization_endpoint: `${origin}/auth`,
          token_endpoint: `${origin}/token`,
          jwks_uri: `${origin}/jwks`,
          registration_endpoint: `${origin}/register`,
          "https://purl.imsglobal.org/spec/lti-platform-configuration": { product_family_code: "simulator" },
        });
      if (path === "/register" && req.method === "POST") {
        sim.registrations.push({
          body: JSON.parse(await readBody(req)),
          authorization: req.headers.authorization ?? null,
        });
        return json(res, {
          client_id: "dyn-client-1",
          "https://purl.imsglobal.org/spec/lti-tool-configuration": { deployment_id: "dyn-deployment-1" },
        });
      }
      if (path === "/register-frame") {
        const target = new URL(url.searchParams.get("url") ?? "");
        target.searchParams.set("openid_configuration", `${origin}/openid-configuration`);
        target.searchParams.set("registration_token", "sim-registration-token");
        return html(
          res,
          `<h1>LMS: register a tool</h1><p id="closed" hidden>Registration window closed by the tool.</p><iframe title="Stepwise registration" src="${esc(target.toString())}" style="width:100%;height:400px"></iframe><script>addEventListener("message",(e)=>{if(e.data&&e.data.subject==="org.imsglobal.lti.close")document.getElementById("closed").hidden=false})</script>`,
        );
      }
      if (path === "/auth") {
        const q = url.searchParams;
        const problems = [
          q.get("client_id") !== sim.clientId && "client_id",
          q.get("response_type") !== "id_token" && "response_type",
          q.get("response_mode") !== "form_post" && "response_mode",
          q.get("scope") !== "openid" && "scope",
          q.get("redirect_uri") !== `${toolOrigin}/api/lti/launch` && "redirect_uri",
          !q.get("nonce") && "nonce",
          !q.get("state") && "state",
        ].filter(Boolean);
        if (problems.length) return html(res, `bad auth request: ${problems.join(", ")}`, 400);
        const spec = JSON.parse(
          Buffer.from(q.get("lti_message_hint") ?? "", "base64url").toString("utf8"),
        ) as LaunchSpec;
        const idToken = await signIdToken(keys, {
          issuer: sim.issuer,
          clientId: sim.clientId,
          deploymentId: sim.deploymentId,
          nonce: q.get("nonce") ?? "",
          sub: spec.sub,
          name: spec.name,
          roles: [`${V}${spec.role}`],
          contextId: spec.contextId,
          contextTitle: `Course ${spec.contextId}`,
          resourceLinkId: spec.resourceLinkId,
          messageType: spec.deepLink ? "LtiDeepLinkingRequest" : "LtiResourceLinkRequest",
          deepLinkReturnUrl: spec.deepLink ? `${origin}/deep-link-return` : undefined,
          custom: spec.custom,
          lineItem: spec.lineItem ? `${origin}/lineitems/${spec.resourceLinkId ?? "x"}` : undefined,
          lineItems: spec.lineItemContainer ? `${origin}/lineitems` : undefined,
          membershipsUrl: `${origin}/memberships/${spec.contextId}`,
          targetLinkUri: `${toolOrigin}/api/lti/launch`,
        });
        return html(
          res,
          `<form id="f" method="post" action="${esc(q.get("redirect_uri") ?? "")}"><input type="hidden" name="id_token" value="${esc(idToken)}"><input type="hidden" name="state" value="${esc(q.get("state") ?? "")}"></form><script>document.getElementById("f").submit()</script>`,
        );
      }
      if (path === "/token" && req.method === "POST") {
        const form = new URLSearchParams(await readBody(req));
        try {
          await jwtVerify(form.get("client_assertion") ?? "", toolKeys, {
            issuer: sim.clientId,
            subject: sim.clientId,
            audience: `${origin}/token`,
          });
        } catch (e) {
          return json(res, { error: "invalid_client", error_description: String(e) }, 401);
        }
        if (form.get("grant_type") !== "client_credentials") return json(res, { error: "unsupported_grant_type" }, 400);
        sim.tokenRequests.push({ scope: form.get("scope") ?? "" });
        const token = `tok-${Math.random().toString(36).slice(2)}`;
        accessTokens.add(token);
        return json(res, { access_token: token, token_type: "Bearer", expires_in: 3600, scope: form.get("scope") });
      }
      const authorized = accessTokens.has((req.headers.authorization ?? "").replace(/^Bearer /, ""));
      if (path === "/lineitems") {
        if (!authorized) return json(res, { error: "unauthorized" }, 401);
        if (req.method === "POST") {
          const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
          const item = { ...body, id: `${origin}/lineitems/made-${sim.lineItems.length + 1}` };
          sim.lineItems.push(item);
          return json(res, item, 201);
        }
        const link = url.searchParams.get("resource_link_id");
        return json(
          res,
          sim.lineItems.filter((i) => !link || i.resourceLinkId === link),
        );
      }
      const score = /^\/lineitems\/([^/]+)\/scores$/.exec(path);
      if (score && req.method === "POST") {
        if (!authorized) return json(res, { error: "unauthorized" }, 401);
        if (sim.refuseScores) return json(res, { error: "grade column locked by the instructor" }, 403);
        sim.scores.push({
          lineItem: `${origin}/lineitems/${score[1]}`,
          body: JSON.parse(await readBody(req)),
          contentType: req.headers["content-type"] ?? null,
        });
        res.writeHead(204);
        return res.end();
      }
      if (path.startsWith("/memberships/")) {
        if (!authorized) return json(res, { error: "unauthorized" }, 401);
        sim.memberRequests++;
        const page = Number(url.searchParams.get("page") ?? "1");
        const members = sim.members.slice((page - 1) * 2, page * 2);
        const more = page * 2 < sim.members.length;
        return json(
          res,
          { id: url.toString(), context: { id: path.split("/")[2] }, members },
          200,
          more ? { link: `<${origin}${path}?page=${page + 1}>; rel="next"` } : {},
        );
      }
      if (path === "/deep-link-return" && req.method === "POST") {
        const form = new URLSearchParams(await readBody(req));
        const { payload } = await jwtVerify(form.get("JWT") ?? "", toolKeys, {
          issuer: sim.clientId,
          audience: sim.issuer,
        });
        sim.deepLinks.push(payload as Record<string, unknown>);
        return html(res, `<p id="dl-received">Link received by the LMS.</p>`);
      }
      res.writeHead(404);
      res.end("not found");
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  return sim;
}
