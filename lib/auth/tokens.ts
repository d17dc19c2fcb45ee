import { createHash, randomBytes } from "node:crypto";

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash is stored: a leaked database row does not sign anyone in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

const JOIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

export function newJoinCode(length = 6): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += JOIN_ALPHABET[b % JOIN_ALPHABET.length];
  return out;
}

export function normaliseJoinCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]/g, "");
}
