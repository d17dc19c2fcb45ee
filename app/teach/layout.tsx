import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

// The teacher's client components (heatmap, forms, the mastery chart) read these namespaces.
export default function TeachLayout({ children }: { children: ReactNode }) {
  return <ClientMessages names={["common", "auth", "teach", "student"]}>{children}</ClientMessages>;
}
