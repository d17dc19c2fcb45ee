-- A pick's reason as a message key and values (worded per audience and language when shown),
-- and the session it started. Old rows keep their English `reason` text and no key.
-- AlterTable
ALTER TABLE "ProblemPick" ADD COLUMN     "reasonKey" TEXT,
ADD COLUMN     "reasonParams" JSONB,
ADD COLUMN     "sessionId" TEXT;

-- CreateIndex
CREATE INDEX "ProblemPick_sessionId_idx" ON "ProblemPick"("sessionId");
