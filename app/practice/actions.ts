"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { openPractice } from "@/lib/sessions/open-practice";

/** "Practice" / "Next problem": resume the open session or start the next problem. */
export async function startPracticeAction(): Promise<void> {
  const user = await requireUser("student");
  const id = await openPractice(db, user.id);
  redirect(id ? `/practice/${id}` : "/practice?nothing=1");
}
