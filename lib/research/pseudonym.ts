import { createHmac } from "node:crypto";

/**
 * A student's id in research files: HMAC-SHA256(per-deployment salt, user id), hex, cut to 40
 * characters (160 bits; DataShop allows 55). The same student gets the same pseudonym in every
 * export of one deployment; without the salt (never exported) it cannot be tied back to the user.
 */
export function pseudonym(salt: string, userId: string): string {
  return createHmac("sha256", salt).update(userId).digest("hex").slice(0, 40);
}

/**
 * A numeric pseudonym for knowledge-tracing files (their readers and the held-out split, id % 5,
 * want numbers): the first 48 bits of the same HMAC, an exact integer in a double.
 */
export function numericPseudonym(salt: string, userId: string): number {
  return Number.parseInt(pseudonym(salt, userId).slice(0, 12), 16);
}
