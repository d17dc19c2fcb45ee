import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requirePageUser } from "@/lib/auth/current-user";

// Every admin page checks the role itself too; the layout only adds the navigation.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageUser("admin");
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
