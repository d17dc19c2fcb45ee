-- AlterTable
ALTER TABLE "TutoringSession" ADD COLUMN     "turnCount" INTEGER NOT NULL DEFAULT 0;
