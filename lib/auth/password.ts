import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP minimum).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against a fixed hash when the email is unknown keeps response times alike. */
let dummy: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hash("stepwise-timing-equaliser");
  await verifyPassword(await dummy, password);
  return false;
}
