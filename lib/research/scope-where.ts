import type { Prisma } from "@/lib/generated/prisma/client";

/** The sessions of one class's students (never previews). Access is checked by the caller. */
export function classSessions(classId: string): Prisma.TutoringSessionWhereInput {
  return { preview: false, student: { enrollments: { some: { classroomId: classId } } } };
}

/** The sessions on the problems of one problem set. */
export function setSessions(setId: string): Prisma.TutoringSessionWhereInput {
  return { preview: false, problemVersion: { problem: { problemSetId: setId } } };
}

export const allSessions: Prisma.TutoringSessionWhereInput = { preview: false };
