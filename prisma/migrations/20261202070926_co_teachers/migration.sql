-- CreateTable
CREATE TABLE "ClassroomCoTeacher" (
    "classroomId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassroomCoTeacher_pkey" PRIMARY KEY ("classroomId","teacherId")
);

-- CreateIndex
CREATE INDEX "ClassroomCoTeacher_teacherId_idx" ON "ClassroomCoTeacher"("teacherId");

-- AddForeignKey
ALTER TABLE "ClassroomCoTeacher" ADD CONSTRAINT "ClassroomCoTeacher_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassroomCoTeacher" ADD CONSTRAINT "ClassroomCoTeacher_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
