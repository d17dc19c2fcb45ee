-- CreateEnum
CREATE TYPE "ExperimentFactor" AS ENUM ('hints', 'engine', 'picker');

-- CreateEnum
CREATE TYPE "ExperimentStatus" AS ENUM ('draft', 'running', 'stopped');

-- AlterTable
ALTER TABLE "Turn" ADD COLUMN     "conditionIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "TutoringSession" ADD COLUMN     "conditionIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ResearchSetting" (
    "id" TEXT NOT NULL,
    "salt" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResearchSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Experiment" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "factor" "ExperimentFactor" NOT NULL,
    "status" "ExperimentStatus" NOT NULL DEFAULT 'draft',
    "classIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "startedAt" TIMESTAMP(3),
    "stoppedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Experiment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExperimentCondition" (
    "id" TEXT NOT NULL,
    "experimentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "variant" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,

    CONSTRAINT "ExperimentCondition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExperimentAssignment" (
    "experimentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "conditionId" TEXT NOT NULL,
    "baseline" JSONB NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExperimentAssignment_pkey" PRIMARY KEY ("experimentId","studentId")
);

-- CreateIndex
CREATE INDEX "Experiment_status_factor_idx" ON "Experiment"("status", "factor");

-- CreateIndex
CREATE UNIQUE INDEX "ExperimentCondition_experimentId_position_key" ON "ExperimentCondition"("experimentId", "position");

-- CreateIndex
CREATE INDEX "ExperimentAssignment_conditionId_idx" ON "ExperimentAssignment"("conditionId");

-- CreateIndex
CREATE INDEX "ExperimentAssignment_studentId_idx" ON "ExperimentAssignment"("studentId");

-- AddForeignKey
ALTER TABLE "ExperimentCondition" ADD CONSTRAINT "ExperimentCondition_experimentId_fkey" FOREIGN KEY ("experimentId") REFERENCES "Experiment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentAssignment" ADD CONSTRAINT "ExperimentAssignment_experimentId_fkey" FOREIGN KEY ("experimentId") REFERENCES "Experiment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentAssignment" ADD CONSTRAINT "ExperimentAssignment_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentAssignment" ADD CONSTRAINT "ExperimentAssignment_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "ExperimentCondition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
