import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

// The student's client components (the tutor chat, the mastery chart) read these namespaces.
export default function PracticeLayout({ children }: { children: ReactNode }) {
  return <ClientMessages names={["common", "auth", "student"]}>{children}</ClientMessages>;
}
