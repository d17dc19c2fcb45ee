"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { FormState } from "@/components/admin/form-state";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { rotateKey } from "@/lib/lti/keys";
import { deletePlatform, savePlatform } from "@/lib/lti/platforms";
import { createRegistrationLink } from "@/lib/lti/registration";
import { adminAction, text } from "../admin-action";

const FIELDS = [
  "name",
  "issuer",
  "clientId",
  "authEndpoint",
  "tokenEndpoint",
  "jwksUrl",
  "deploymentIds",
  "frameOrigins",
] as const;

/** Register or edit an LTI platform (admins only, checked in adminAction). */
export async function savePlatformAction(_: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor, t) => {
    const input = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)])) as Record<(typeof FIELDS)[number], string>;
    const id = text(form, "id") || undefined;
    await savePlatform(db, { ...input, id }, actor.id);
    revalidatePath("/admin/lti");
    return t("admin.lti.saved");
  });
}

export async function deletePlatformAction(_: FormState, form: FormData): Promise<FormState> {
  return adminAction(async (actor, t) => {
    await deletePlatform(db, text(form, "id"), actor.id);
    revalidatePath("/admin/lti");
    return t("admin.lti.deleted");
  });
}

/** A new active signing key; the previous one stays published for the grace period. */
export async function rotateKeyAction(_: FormState, _form: FormData): Promise<FormState> {
  return adminAction(async (actor, t) => {
    await rotateKey(db, new Date(), actor.id);
    revalidatePath("/admin/lti");
    return t("admin.lti.rotated");
  });
}

/** A single-use dynamic-registration link for an LMS admin (valid 24 hours). */
export async function registrationLinkAction(_: FormState, _form: FormData): Promise<FormState> {
  return adminAction(async (actor, t) => {
    const h = await headers();
    const origin =
      env().PUBLIC_URL ??
      `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
    const url = await createRegistrationLink(db, actor.id, origin);
    return t("admin.lti.registrationLinkMade", { url });
  });
}
