import "server-only";
import type { z } from "zod";
import { newJoinCode } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translator";
import { classScope, findStudentInClass, requireClass, type Viewer } from "./access";
import {
  addCoTeacherSchema,
  archiveClassSchema,
  assignmentSchema,
  classIdSchema,
  classLocaleSchema,
  createClassSchema,
  flagTurnSchema,
  overrideSchema,
  removeCoTeacherSchema,
} from "./schemas";

/**
 * The dashboard's mutations. Each validates its input, checks the viewer may act on the class
 * (and student, problem, turn) with an ownership-scoped query, and records an AuditLog row.
 */

/** Validated input, or a 400 whose message is the schema's (a teach.errors.* key) in words. */
function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) {
    const m = r.error.issues[0]?.message ?? "";
    const key = m.startsWith("teach.errors.") ? m : "teach.errors.checkForm";
    throw new AppError("bad_request", translate("en")(key), undefined, { key });
  }
  return r.data;
}

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string }).code === "P2002";
}

async function audit(
  tx: Pick<PrismaClient, "auditLog">,
  viewer: Viewer,
  action: string,
  entityType: string,
  entityId: string,
  details: Prisma.InputJsonValue,
) {
  await tx.auditLog.create({ data: { actorId: viewer.id, action, entityType, entityId, details } });
}

/** A new class taught by the viewer, with a fresh join code (retried on the rare collision). */
export async function createClass(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  classScope(viewer);
  const { name } = parse(createClassSchema, raw);
  for (let i = 0; ; i++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const cls = await tx.classroom.create({
          data: { name, teacherId: viewer.id, joinCode: newJoinCode() },
          select: { id: true, joinCode: true },
        });
        await audit(tx, viewer, "class.create", "Classroom", cls.id, { name });
        return { id: cls.id };
      });
    } catch (e) {
      if (!isUniqueViolation(e) || i >= 4) throw e;
    }
  }
}

export async function setClassArchived(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<void> {
  const { classId, archived } = parse(archiveClassSchema, raw);
  await requireClass(prisma, viewer, classId);
  await prisma.$transaction([
    prisma.classroom.update({ where: { id: classId }, data: { archivedAt: archived ? new Date() : null } }),
    prisma.auditLog.create({
      data: {
        actorId: viewer.id,
        action: archived ? "class.archive" : "class.unarchive",
        entityType: "Classroom",
        entityId: classId,
      },
    }),
  ]);
}

/**
 * The class's language (null: none, each student's own setting or browser decides): what its
 * students read when they have not chosen a language themselves (lib/i18n/resolve-locale.ts).
 */
export async function setClassLocale(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<Locale | null> {
  const { classId, locale } = parse(classLocaleSchema, raw);
  await requireClass(prisma, viewer, classId);
  await prisma.$transaction([
    prisma.classroom.update({ where: { id: classId }, data: { locale } }),
    prisma.auditLog.create({
      data: {
        actorId: viewer.id,
        action: "class.locale",
        entityType: "Classroom",
        entityId: classId,
        details: { locale },
      },
    }),
  ]);
  return locale;
}

/** A new join code; the old one stops working at once. */
export async function regenerateJoinCode(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<string> {
  const { classId } = parse(classIdSchema, raw);
  await requireClass(prisma, viewer, classId);
  for (let i = 0; ; i++) {
    const joinCode = newJoinCode();
    try {
      await prisma.$transaction([
        prisma.classroom.update({ where: { id: classId }, data: { joinCode } }),
        prisma.auditLog.create({
          data: { actorId: viewer.id, action: "class.join_code", entityType: "Classroom", entityId: classId },
        }),
      ]);
      return joinCode;
    } catch (e) {
      if (!isUniqueViolation(e) || i >= 4) throw e;
    }
  }
}

/**
 * Another teacher for the class (an existing teacher account, by email): they see and manage it
 * as its teacher does (lib/teach/access.ts). Anyone who teaches the class may add one.
 */
export async function addCoTeacher(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<{ name: string }> {
  const { classId, email } = parse(addCoTeacherSchema, raw);
  const cls = await requireClass(prisma, viewer, classId);
  const teacher = await prisma.user.findFirst({ where: { email, role: "teacher" }, select: { id: true, name: true } });
  if (!teacher)
    throw new AppError("not_found", "No teacher account has that email.", undefined, {
      key: "teach.errors.noSuchTeacher",
    });
  if (teacher.id === cls.teacherId || cls.coTeachers.some((c) => c.teacherId === teacher.id))
    throw new AppError("conflict", "That teacher already teaches this class.", undefined, {
      key: "teach.errors.alreadyTeaching",
    });
  await prisma.$transaction([
    prisma.classroomCoTeacher.upsert({
      where: { classroomId_teacherId: { classroomId: classId, teacherId: teacher.id } },
      create: { classroomId: classId, teacherId: teacher.id },
      update: {},
    }),
    prisma.auditLog.create({
      data: {
        actorId: viewer.id,
        action: "class.co_teacher_add",
        entityType: "Classroom",
        entityId: classId,
        details: { teacherId: teacher.id },
      },
    }),
  ]);
  return { name: teacher.name };
}

/**
 * Takes the class from a co-teacher (the teacher who made the class cannot be removed). A
 * co-teacher may remove themselves: `self` says so, and they no longer see the class.
 */
export async function removeCoTeacher(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<{ self: boolean }> {
  const { classId, teacherId } = parse(removeCoTeacherSchema, raw);
  await requireClass(prisma, viewer, classId);
  await prisma.$transaction(async (tx) => {
    const gone = await tx.classroomCoTeacher.deleteMany({ where: { classroomId: classId, teacherId } });
    if (gone.count === 0)
      throw new AppError("not_found", "That teacher is not a co-teacher of this class.", undefined, {
        key: "teach.errors.notCoTeacher",
      });
    await audit(tx, viewer, "class.co_teacher_remove", "Classroom", classId, { teacherId });
  });
  return { self: teacherId === viewer.id };
}

/** Assigns a published problem set (idempotent). */
export async function assignProblemSet(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<void> {
  const { classId, problemSetId } = parse(assignmentSchema, raw);
  await requireClass(prisma, viewer, classId);
  const set = await prisma.problemSet.findFirst({
    where: { id: problemSetId, status: "published" },
    select: { id: true },
  });
  if (!set)
    throw new AppError("not_found", "That problem set doesn't exist or is not published.", undefined, {
      key: "teach.errors.setNotFound",
    });
  await prisma.$transaction([
    prisma.problemSetAssignment.upsert({
      where: { problemSetId_classroomId: { problemSetId, classroomId: classId } },
      create: { problemSetId, classroomId: classId },
      update: {},
    }),
    prisma.auditLog.create({
      data: {
        actorId: viewer.id,
        action: "class.assign",
        entityType: "Classroom",
        entityId: classId,
        details: { problemSetId },
      },
    }),
  ]);
}

export async function unassignProblemSet(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<void> {
  const { classId, problemSetId } = parse(assignmentSchema, raw);
  await requireClass(prisma, viewer, classId);
  await prisma.$transaction([
    prisma.problemSetAssignment.deleteMany({ where: { classroomId: classId, problemSetId } }),
    prisma.auditLog.create({
      data: {
        actorId: viewer.id,
        action: "class.unassign",
        entityType: "Classroom",
        entityId: classId,
        details: { problemSetId },
      },
    }),
  ]);
}

/**
 * Pins or skips one problem for one student of the class ("none" removes the override). The
 * problem must be in a set assigned to the class. The picker reads StudentOverride.
 */
export async function setStudentOverride(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<void> {
  const { classId, studentId, problemId, kind } = parse(overrideSchema, raw);
  await requireClass(prisma, viewer, classId);
  if (!(await findStudentInClass(prisma, viewer, classId, studentId)))
    throw new AppError("not_found", "That student isn't in this class.", undefined, {
      key: "teach.errors.studentNotInClass",
    });
  const problem = await prisma.problem.findFirst({
    where: { id: problemId, problemSet: { assignments: { some: { classroomId: classId } } } },
    select: { id: true },
  });
  if (!problem)
    throw new AppError("not_found", "That problem isn't in a set assigned to this class.", undefined, {
      key: "teach.errors.problemNotAssigned",
    });
  const log = prisma.auditLog.create({
    data: {
      actorId: viewer.id,
      action: `override.${kind}`,
      entityType: "User",
      entityId: studentId,
      details: { classId, problemId },
    },
  });
  if (kind === "none") {
    await prisma.$transaction([prisma.studentOverride.deleteMany({ where: { studentId, problemId } }), log]);
    return;
  }
  await prisma.$transaction([
    prisma.studentOverride.upsert({
      where: { studentId_problemId: { studentId, problemId } },
      create: { studentId, problemId, kind, teacherId: viewer.id },
      update: { kind, teacherId: viewer.id, createdAt: new Date() },
    }),
    log,
  ]);
}

/** A teacher's note on one turn of a transcript of their class. */
export async function flagTurn(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  const { classId, turnId, note } = parse(flagTurnSchema, raw);
  await requireClass(prisma, viewer, classId);
  const turn = await prisma.turn.findFirst({
    where: {
      id: turnId,
      session: {
        preview: false,
        student: { enrollments: { some: { classroomId: classId } } },
      },
    },
    select: { id: true, sessionId: true },
  });
  if (!turn)
    throw new AppError("not_found", "That turn doesn't exist.", undefined, { key: "teach.errors.turnNotFound" });
  const [flag] = await prisma.$transaction([
    prisma.turnFlag.create({ data: { turnId, teacherId: viewer.id, note }, select: { id: true } }),
    prisma.auditLog.create({
      data: {
        actorId: viewer.id,
        action: "turn.flag",
        entityType: "Turn",
        entityId: turnId,
        details: { classId, sessionId: turn.sessionId },
      },
    }),
  ]);
  return flag;
}
