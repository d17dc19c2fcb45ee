-- CreateTable
CREATE TABLE "LearnerModelState" (
    "studentId" TEXT NOT NULL,
    "modelVersionId" TEXT,
    "global" JSONB NOT NULL,
    "observations" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnerModelState_pkey" PRIMARY KEY ("studentId")
);

-- AddForeignKey
ALTER TABLE "LearnerModelState" ADD CONSTRAINT "LearnerModelState_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
