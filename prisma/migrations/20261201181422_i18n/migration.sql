-- AlterTable
ALTER TABLE "Classroom" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "ProblemVersion" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Turn" ADD COLUMN     "locale" TEXT,
ADD COLUMN     "messageKey" TEXT,
ADD COLUMN     "messageParams" JSONB;

-- AlterTable
ALTER TABLE "TutoringSession" ADD COLUMN     "contentLanguage" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- CreateTable
CREATE TABLE "ProblemTranslation" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "steps" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,

    CONSTRAINT "ProblemTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProblemTranslation_versionId_language_key" ON "ProblemTranslation"("versionId", "language");

-- AddForeignKey
ALTER TABLE "ProblemTranslation" ADD CONSTRAINT "ProblemTranslation_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProblemVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
