import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser, homeFor } from "@/lib/auth/current-user";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Join a class" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor[user.role]);
  return (
    <section className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">Join a class</h1>
      <p className="mb-4 text-sm text-slate-700">Students sign up with the code their teacher gives them.</p>
      <SignUpForm />
      <p className="mt-4 text-sm">
        Have an account?{" "}
        <Link href="/sign-in" className="text-blue-800 underline">
          Sign in
        </Link>{" "}
        instead: joining again with its email leaves it as it is and does not sign you in.
      </p>
    </section>
  );
}
