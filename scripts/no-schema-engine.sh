#!/bin/sh
# Stand-in for Prisma's native schema-engine (it cannot be downloaded offline). `prisma generate`
# works with it; `prisma migrate`/`db` fail loudly. Use `npm run db:migrate` (docs/database.md).
echo "schema-engine unavailable offline: use 'npm run db:migrate' (see docs/database.md)" >&2
exit 1
