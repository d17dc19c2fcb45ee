import { defineConfig } from "prisma/config";

// The app connects through driver adapters (lib/db); this file only tells the Prisma CLI where
// the schema and migrations are. Migrations are applied by `npm run db:migrate` (docs/database.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
