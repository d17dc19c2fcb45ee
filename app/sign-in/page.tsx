import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser, homeFor } from "@/lib/auth/current-user";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor[user.role]);
  return (
    <section className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-semibold">Sign in</h1>
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
