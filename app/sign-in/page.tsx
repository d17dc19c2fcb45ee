import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser, homeFor } from "@/lib/auth/current-user";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ joined?: string | string[] }> }) {
  const user = await getCurrentUser();
  if (user) redirect(homeFor[user.role]);
  const { joined } = await searchParams;
  return (
    <section className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-semibold">Sign in</h1>
      {joined === "1" ? (
        // The same words for a new email and a taken one (decision 011).
        <p role="status" className="mb-4 rounded border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          You have joined the class. Sign in with your email and password to start practising. If you already had an
          account, use the password you chose before.
        </p>
      ) : null}
      <SignInForm />
      <p className="mt-4 text-sm">
        New student?{" "}
        <Link href="/sign-up" className="text-blue-800 underline">
          Join your class with its code
        </Link>
      </p>
    </section>
  );
}
