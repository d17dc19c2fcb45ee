import type { Metadata } from "next";
import { ImportForm } from "@/components/admin/import-form";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Import content" };

export default async function ImportPage() {
  await requirePageUser("admin");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Import content</h1>
      <p className="max-w-2xl">
        One transaction: a malformed file imports nothing and the error names the file, the record and the field.
        Content is matched by key, so importing the same file again changes nothing; changed problems get a new version.
        Imported problems keep their source and licence, shown to students under the problem. The same importer runs
        from the command line: <code>npm run content:import -- --format oatutor path/to/content-pool</code>.
      </p>
      <ImportForm />
    </section>
  );
}
