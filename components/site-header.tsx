import Link from "next/link";
import { signOutAction } from "@/app/actions";
import { getCurrentUser, homeFor } from "@/lib/auth/current-user";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href={user ? homeFor[user.role] : "/"} className="text-lg font-semibold text-blue-800">
          Stepwise
        </Link>
        {user ? (
          <div className="flex items-center gap-3 text-sm">
            <span>
              <span className="font-medium">{user.name}</span>{" "}
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">{user.role}</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded px-2 py-1 text-blue-800 underline hover:bg-blue-50">
                Sign out
              </button>
            </form>
          </div>
        ) : (
          <nav className="flex gap-3 text-sm">
            <Link href="/sign-in" className="text-blue-800 underline">
              Sign in
            </Link>
            <Link href="/sign-up" className="text-blue-800 underline">
              Join a class
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
