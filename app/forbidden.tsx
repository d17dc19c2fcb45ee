import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="mx-auto max-w-md rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-xl font-semibold">403: not for your account</h1>
      <p className="mt-2">This page belongs to another role. Your own home is one click away.</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">
        Go to my home
      </Link>
    </section>
  );
}
