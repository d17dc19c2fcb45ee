import { requireUser } from "@/lib/auth/current-user";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { turnResponse } from "@/lib/sessions/turn-response";

/**
 * POST a student turn: lib/sessions/turn-response.ts. Under `npm start` (scripts/serve.mjs) the
 * same handler answers before Next does (lib/http/node-routes.ts, decision 027); this route
 * serves `next dev`, `next start` and TURN_ROUTE_OUTSIDE_NEXT=0.
 */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return turnResponse(request, (await ctx.params).id, {
    user: () => requireUser(),
    translator: () => requestTranslator(),
  });
}
