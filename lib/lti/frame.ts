import { z } from "zod";

/**
 * Who may frame Stepwise (decision 024). POST /api/lti/launch sets FRAME_COOKIE (partitioned, so
 * it exists only under the launching LMS's top-level site) to the platform's origins; proxy.ts
 * turns it into CSP frame-ancestors on the pages a launch reaches. Everywhere else, and for any
 * browser without the cookie, frame-ancestors stays 'none'. Pure: proxy.ts imports it.
 */
export const FRAME_COOKIE = "stepwise_frame";

const origin = z
  .string()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i)
  .max(300);

/** The cookie's origins, or none when anything in it is not a plain http(s) origin (at most 5). */
export function parseFrameOrigins(value: string | undefined): string[] {
  if (!value) return [];
  const parts = value.split(" ").filter(Boolean);
  if (parts.length > 5 || !parts.every((p) => origin.safeParse(p).success)) return [];
  return parts;
}

/** Pages an LTI launch reaches, which may be framed by the launching platform. */
export function isFrameablePath(pathname: string): boolean {
  return /^\/(practice|teach|lti)(\/|$)/.test(pathname);
}
