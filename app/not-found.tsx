import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2">There is nothing here, or it is not yours to see.</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">
        Go to my home
      </Link>
    </section>
  );
}
