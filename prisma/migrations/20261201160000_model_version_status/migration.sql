-- AlterTable
ALTER TABLE "KtModelVersion" ADD COLUMN     "activatedAt" TIMESTAMP(3),
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'candidate';

-- CreateIndex
CREATE INDEX "KtModelVersion_status_idx" ON "KtModelVersion"("status");

-- Until now the latest version was the current one (and every earlier one had been current
-- before it): keep that state (decision 015). From now on a fit is a candidate until activated.
UPDATE "KtModelVersion" SET "status" = 'retired', "activatedAt" = "createdAt";
UPDATE "KtModelVersion" SET "status" = 'current'
WHERE "version" = (SELECT max("version") FROM "KtModelVersion");
