import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { toLocale } from "./locales";
import { type Messages, messagesFor, type namespaces } from "./messages";

type Namespace = (typeof namespaces)[number];

/** Only the named namespaces of this request's catalogue (what the browser receives). */
export async function clientMessages(names: readonly Namespace[]): Promise<Messages> {
  const all = messagesFor(toLocale(await getLocale()) ?? "en");
  return Object.fromEntries(names.map((n) => [n, all[n] ?? {}]));
}

/**
 * Gives a section's client components the namespaces they use, and no others: the whole
 * catalogue would add ~60 KB to every page and hand a student the admin's and teacher's words.
 * Server components read every namespace through getTranslations regardless.
 */
export async function ClientMessages({ names, children }: { names: readonly Namespace[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages(names)}>{children}</NextIntlClientProvider>;
}
