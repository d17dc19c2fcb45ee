"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-reads the page every few seconds while it is visible: the transcript of a session in
 * progress (the live view's "Live transcript" link opened a page that never changed). The server
 * renders it again with the same access checks; nothing else is fetched.
 */
export function RefreshWhileActive({ seconds = 5 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const id = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(id);
  }, [router, seconds]);
  return null;
}
