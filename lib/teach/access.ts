import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient, Role } from "@/lib/generated/prisma/client";

/**
 * Who may see what on the teacher's dashboard (docs/decisions/009-teacher-dashboard-access.md):
 * a teacher sees their own classes (Classroom.teacherId, or as a co-teacher: an LMS course's other
 * instructors, ClassroomCoTeacher), the students enrolled in them and
 * those students' non-preview sessions; an admin sees every class. Everything else is "not
 * found", so that a guessed id tells nothing. Every page, action and export goes through these.
 */
export interface Viewer {
  id: string;
  role: Role;
}

/** The classes a viewer may open. Students have none. */
export function classScope(viewer: Viewer): Prisma.ClassroomWhereInput {
  if (viewer.role === "admin") return {};
  if (viewer.role === "teacher")
    return { OR: [{ teacherId: viewer.id }, { coTeachers: { some: { teacherId: viewer.id } } }] };
  throw new AppError("forbidden", "You don't have access to that.", undefined, { key: "teach.errors.forbidden" });
}

const classFields = {
  id: true,
  name: true,
  joinCode: true,
  archivedAt: true,
  createdAt: true,
  /** The class's language (a locale), or null: each student's own setting or browser. */
  locale: true,
  teacherId: true,
  teacher: { select: { name: true, email: true } },
  coTeachers: {
    select: { teacherId: true, teacher: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  },
} as const;

export type ClassHeader = Prisma.ClassroomGetPayload<{ select: typeof classFields }>;

export async function findClass(prisma: PrismaClient, viewer: Viewer, classId: string): Promise<ClassHeader | null> {
  return prisma.classroom.findFirst({ where: { id: classId, ...classScope(viewer) }, select: classFields });
}

export async function requireClass(prisma: PrismaClient, viewer: Viewer, classId: string): Promise<ClassHeader> {
  const cls = await findClass(prisma, viewer, classId);
  if (!cls)
    throw new AppError("not_found", "That class doesn't exist.", undefined, { key: "teach.errors.classNotFound" });
  return cls;
}

/** A student of one of the viewer's classes, with their enrolment date in it. */
export async function findStudentInClass(
  prisma: PrismaClient,
  viewer: Viewer,
  classId: string,
  studentId: string,
): Promise<{ id: string; name: string; email: string; enrolledAt: Date } | null> {
  const e = await prisma.enrollment.findFirst({
    where: { classroomId: classId, studentId, classroom: classScope(viewer), student: { role: "student" } },
    select: { createdAt: true, student: { select: { id: true, name: true, email: true } } },
  });
  return e ? { ...e.student, enrolledAt: e.createdAt } : null;
}

/** Sessions the viewer may read within a class: its students', never previews. */
export function classSessionScope(viewer: Viewer, classId: string): Prisma.TutoringSessionWhereInput {
  return {
    preview: false,
    student: { enrollments: { some: { classroomId: classId, classroom: classScope(viewer) } } },
  };
}

/** A turn the viewer may flag: on a non-preview session of a student in one of their classes. */
export function classTurnScope(viewer: Viewer, classId: string): Prisma.TurnWhereInput {
  return { session: classSessionScope(viewer, classId) };
}
