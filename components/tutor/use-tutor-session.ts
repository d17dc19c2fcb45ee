"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import type { SessionView, TurnView } from "@/lib/sessions/session-view";

type Pending = { kind: "message"; text: string } | { kind: "hint" } | { kind: "stuck" };

interface StreamEvent {
  type: "student" | "text-delta" | "reset" | "done" | "error";
  turn?: TurnView;
  student?: TurnView;
  delta?: string;
  view?: SessionView;
  message?: string;
}

/**
 * Sends turns and reads the NDJSON reply as it streams. A submit keeps its idempotency key
 * through retries, so a network blip never counts an answer twice, and names the state it
 * answers (`seq`, the turn count on screen): if another tab moved the session on, the server
 * answers 409 with the session as it is now, which replaces what is on screen.
 */
export function useTutorSession(initial: SessionView) {
  const t = useTranslations("student.chat");
  const [view, setViewState] = useState(initial);
  const [streaming, setStreaming] = useState<{ student: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  // The latest view for `send` (a callback that must not be rebuilt on every turn).
  const latest = useRef(initial);
  const setView = useCallback((next: (v: SessionView) => SessionView) => {
    setViewState((v) => {
      const n = next(v);
      latest.current = n;
      return n;
    });
  }, []);

  const send = useCallback(
    async (input: Pending) => {
      if (busy.current) return;
      busy.current = true;
      setError(null);
      const idempotencyKey = crypto.randomUUID();
      const seq = latest.current.turnCount;
      const studentText =
        input.kind === "message" ? input.text : input.kind === "hint" ? t("hintRequest") : t("stuckRequest");
      setStreaming({ student: studentText, text: "" });
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          try {
            await post(latest.current.id, { ...input, idempotencyKey, seq }, t, (e) => {
              if (e.type === "text-delta") setStreaming((s) => (s ? { ...s, text: s.text + (e.delta ?? "") } : s));
              if (e.type === "reset") setStreaming((s) => (s ? { ...s, text: "" } : s));
              if (e.type === "done" && e.view && e.turn) {
                const added = [e.student, e.turn].filter((t): t is TurnView => !!t);
                const fresh = e.view;
                setView((v) => ({ ...fresh, turns: mergeTurns(v.turns, added) }));
              }
            });
            return;
          } catch (e) {
            if (!(e instanceof NetworkError) || attempt === 2) throw e;
            await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
          }
        }
      } catch (e) {
        // Answered elsewhere: show the conversation as it is now, and say why it changed.
        if (e instanceof StaleState) setView(() => e.view);
        setError(e instanceof Error ? e.message : t("errors.generic"));
      } finally {
        setStreaming(null);
        busy.current = false;
      }
    },
    [setView, t],
  );

  return { view, streaming, error, send };
}

class NetworkError extends Error {}

/** 409: the session moved on (another tab answered); carries the fresh view. */
class StaleState extends Error {
  readonly view: SessionView;
  constructor(message: string, view: SessionView) {
    super(message);
    this.view = view;
  }
}

/** Appends turns by seq, ignoring ones already shown (a replayed submit returns them again). */
function mergeTurns(have: TurnView[], added: TurnView[]): TurnView[] {
  const seen = new Set(have.map((t) => t.seq));
  return [...have, ...added.filter((t) => !seen.has(t.seq))].sort((a, b) => a.seq - b.seq);
}

/** The hook's translator (student.chat): the texts for failures the server did not word. */
type ChatT = (
  key:
    | "errors.connection"
    | "errors.answeredElsewhere"
    | "errors.server"
    | "errors.tutorFailed"
    | "errors.requestFailed",
  values?: { status: number },
) => string;

async function post(sessionId: string, body: unknown, t: ChatT, onEvent: (e: StreamEvent) => void): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api/sessions/${sessionId}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new NetworkError(t("errors.connection"));
  }
  if (!res.ok || !res.body) {
    const err = (await res.json().catch(() => null)) as { message?: string; view?: SessionView } | null;
    if (res.status === 409 && err?.view) throw new StaleState(err.message ?? t("errors.answeredElsewhere"), err.view);
    if (res.status >= 500) throw new NetworkError(err?.message ?? t("errors.server"));
    throw new Error(err?.message ?? t("errors.requestFailed", { status: res.status }));
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let nl = buffer.indexOf("\n");
    while (nl >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) {
        const event = JSON.parse(line) as StreamEvent;
        if (event.type === "error") throw new Error(event.message ?? t("errors.tutorFailed"));
        onEvent(event);
      }
      nl = buffer.indexOf("\n");
    }
  }
}
