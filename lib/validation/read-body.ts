import { AppError } from "@/lib/errors";

/** Human size for messages: "16 KB", "25 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

function tooLarge(maxBytes: number, what: string): AppError {
  return new AppError("payload_too_large", `${what} is larger than ${formatBytes(maxBytes)}.`);
}

/**
 * Reads a request body with a cap, counting the bytes as they arrive: a declared Content-Length
 * over the cap is refused before reading, and a body that passes the cap while streaming (a
 * chunked upload, or a Content-Length that lied) is cancelled at that point. Either way a 413
 * AppError, and at most `maxBytes` plus one chunk held in memory.
 */
export async function readBodyWithLimit(
  request: Request,
  maxBytes: number,
  what = "That request",
): Promise<Uint8Array<ArrayBuffer>> {
  return collectWithLimit(
    request.headers.get("content-length"),
    request.body ? webChunks(request.body) : null,
    maxBytes,
    what,
  );
}

/** A Web stream's chunks; stopping early cancels the stream (nothing more is read). */
async function* webChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/**
 * The bytes of a body given as its declared length and its chunks, under the cap of
 * readBodyWithLimit. The turn route outside Next (lib/http/node-routes.ts) reads a Node request
 * through it without making a Web Request of it; everything else goes through readBodyWithLimit.
 */
export async function collectWithLimit(
  declared: string | null | undefined,
  chunks: AsyncIterable<Uint8Array> | null,
  maxBytes: number,
  what = "That request",
): Promise<Uint8Array<ArrayBuffer>> {
  if (declared != null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) throw tooLarge(maxBytes, what);
  const parts: Uint8Array[] = [];
  let total = 0;
  if (chunks) {
    try {
      for await (const value of chunks) {
        total += value.byteLength;
        if (total > maxBytes) throw tooLarge(maxBytes, what);
        parts.push(value);
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError("bad_request", `${what} could not be read.`);
    }
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A JSON body within `maxBytes`: 413 when larger, 400 when it is not UTF-8 JSON. */
export async function readJsonWithLimit(request: Request, maxBytes: number): Promise<unknown> {
  return parseJsonBytes(await readBodyWithLimit(request, maxBytes));
}

/** UTF-8 JSON bytes as a value: 400 when they are not UTF-8, or not JSON. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request is not valid UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request is not valid JSON.");
  }
}

/**
 * A multipart form within `maxBytes`: 415 when the body is not multipart/form-data, 413 when
 * larger, 400 when the multipart is broken. Parsed from the bytes already counted, so the
 * parser never sees more than the cap.
 */
export async function readMultipartWithLimit(
  request: Request,
  maxBytes: number,
  what = "That upload",
): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;\s*boundary=/i.test(type))
    throw new AppError("bad_request", `${what} must be sent as a form (multipart/form-data), with its files attached.`);
  const bytes = await readBodyWithLimit(request, maxBytes, what);
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("bad_request", `${what} is not a readable form: it was cut short or is not multipart data.`);
  }
}
