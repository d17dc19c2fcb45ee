import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { turnRequestSchema } from "@/lib/sessions/schemas";
import { submitTurn } from "@/lib/sessions/submit-turn";

/**
 * POST a student turn; the reply streams back as NDJSON events:
 * {"type":"student",...} then {"type":"text-delta","delta":"..."}* then {"type":"done",...}.
 * Both turns are stored before the first byte is sent. A model-written turn (lib/ai) streams
 * its checked text through the same events.
 */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const user = await requireUser();
    const { id } = await ctx.params;
    const body = await request.json().catch(() => null);
    const parsed = turnRequestSchema.safeParse(body);
    if (!parsed.success) {
      return Response.json(
        { code: "bad_request", message: parsed.error.issues[0]?.message ?? "Invalid request." },
        { status: 400 },
      );
    }
    const result = await submitTurn(db, { sessionId: id, studentId: user.id, request: parsed.data });
    const events = [
      { type: "student", turn: result.studentTurn },
      { type: "text-delta", delta: result.tutorTurn.text },
      {
        type: "done",
        student: result.studentTurn,
        turn: result.tutorTurn,
        view: result.view,
        replayed: result.replayed,
      },
    ];
    return new Response(events.map((e) => `${JSON.stringify(e)}\n`).join(""), {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
    });
  } catch (e) {
    const err = publicError(e);
    return Response.json({ code: err.code, message: err.message }, { status: err.status });
  }
}
