import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requirePageUser } from "@/lib/auth/current-user";
import { ClientMessages } from "@/lib/i18n/client-messages";

// Every admin page checks the role itself too; the layout only adds the navigation.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageUser("admin");
  return (
    <ClientMessages names={["common", "auth", "admin", "content", "student"]}>
      <AdminNav />
      {children}
    </ClientMessages>
  );
}
