import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { findClass } from "@/lib/teach/access";

/**
 * Every class page starts here: a teacher or admin (else sign-in / 403), then the class scoped
 * to the viewer (else 404, the same answer as for a class that does not exist).
 */
export const loadPageClass = cache(async (classId: string) => {
  const user = await requirePageUser("teacher", "admin");
  const cls = await findClass(db, user, classId);
  if (!cls) notFound();
  return { user, cls };
});
