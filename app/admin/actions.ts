"use server";

import { revalidatePath } from "next/cache";
import { createStaffUser } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";

export interface CreateStaffState {
  error?: string;
  created?: string;
}

export async function createStaffAction(_prev: CreateStaffState, form: FormData): Promise<CreateStaffState> {
  try {
    const actor = await requireUser("admin");
    const user = await createStaffUser(db, actor, {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      role: String(form.get("role") ?? ""),
    });
    revalidatePath("/admin");
    return { created: `Created ${user.role} ${user.email}.` };
  } catch (e) {
    return { error: publicError(e).message };
  }
}
