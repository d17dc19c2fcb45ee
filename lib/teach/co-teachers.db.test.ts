import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { findClass, findStudentInClass, type Viewer } from "./access";
import { listClasses } from "./load-class-overview";
import { addCoTeacher, removeCoTeacher, setClassArchived } from "./manage-class";

// Co-teachers added by hand (an LMS course's instructors are added by the launch: lib/lti): who
// may add and remove them, what they then see, and that refusals change nothing.

let prisma: PrismaClient;
let owner: Viewer;
let other: Viewer; // a teacher with a class of their own, not of the owner's
let third: Viewer;
let admin: Viewer;
let student: Viewer;
let classId: string;
let otherClassId: string;
let studentId: string;

const user = async (email: string, role: "teacher" | "admin" | "student") => {
  const u = await prisma.user.create({ data: { email, name: email.split("@")[0] ?? email, role, passwordHash: "x" } });
  return { id: u.id, role };
};

beforeAll(async () => {
  prisma = await testDatabase();
  owner = await user("owner@school.test", "teacher");
  other = await user("other@school.test", "teacher");
  third = await user("third@school.test", "teacher");
  admin = await user("admin@school.test", "admin");
  student = await user("student@school.test", "student");
  studentId = student.id;
  classId = (await prisma.classroom.create({ data: { name: "7A", teacherId: owner.id, joinCode: "COTCH1" } })).id;
  otherClassId = (await prisma.classroom.create({ data: { name: "8B", teacherId: other.id, joinCode: "COTCH2" } })).id;
  await prisma.enrollment.create({ data: { classroomId: classId, studentId } });
});

const state = async () => ({
  coTeachers: (await prisma.classroomCoTeacher.findMany({ orderBy: { teacherId: "asc" } })).map(
    (c) => `${c.classroomId}:${c.teacherId}`,
  ),
  audit: await prisma.auditLog.count(),
});

describe("adding a co-teacher", () => {
  it("refusals change nothing: outsider, student, unknown email, a student's email, the owner, bad input", async () => {
    const cases: [string, Viewer, Record<string, string>, RegExp][] = [
      ["another class's teacher adds themselves", other, { classId, email: "other@school.test" }, /doesn't exist/],
      ["a student", student, { classId, email: "third@school.test" }, /access/],
      ["no such account", owner, { classId, email: "nobody@school.test" }, /No teacher account/],
      ["a student's email", owner, { classId, email: "student@school.test" }, /No teacher account/],
      ["an admin's email", owner, { classId, email: "admin@school.test" }, /No teacher account/],
      ["the class's own teacher", owner, { classId, email: "OWNER@school.test " }, /already teaches/],
      ["not an email", owner, { classId, email: "third" }, /email address/],
      ["no class", owner, { email: "third@school.test" }, /Check the form/],
    ];
    for (const [what, viewer, input, error] of cases) {
      const before = await state();
      await expect(addCoTeacher(prisma, viewer, input), what).rejects.toThrow(error);
      expect(await state(), what).toEqual(before);
    }
  });

  it("the owner adds a teacher by email (any case): they see the class, its students, in their list", async () => {
    expect(await findClass(prisma, third, classId)).toBeNull();
    expect(await addCoTeacher(prisma, owner, { classId, email: " Third@School.test" })).toEqual({ name: "third" });
    expect((await findClass(prisma, third, classId))?.id).toBe(classId);
    expect((await findStudentInClass(prisma, third, classId, studentId))?.id).toBe(studentId);
    expect((await listClasses(prisma, third)).map((c) => c.id)).toEqual([classId]);
    const log = await prisma.auditLog.findFirstOrThrow({ where: { action: "class.co_teacher_add" } });
    expect(log).toMatchObject({ actorId: owner.id, entityId: classId, details: { teacherId: third.id } });
    // Adding them again is refused and adds no row.
    await expect(addCoTeacher(prisma, owner, { classId, email: "third@school.test" })).rejects.toThrow(/already/);
    expect(await prisma.classroomCoTeacher.count({ where: { classroomId: classId } })).toBe(1);
    // The co-teacher manages the class (here: archives and restores it)...
    await setClassArchived(prisma, third, { classId, archived: "true" });
    await setClassArchived(prisma, third, { classId, archived: "false" });
    // ...but gains nothing elsewhere.
    expect(await findClass(prisma, third, otherClassId)).toBeNull();
  });

  it("an admin may add one to any class", async () => {
    await addCoTeacher(prisma, admin, { classId: otherClassId, email: "owner@school.test" });
    expect((await findClass(prisma, owner, otherClassId))?.id).toBe(otherClassId);
  });
});

describe("removing a co-teacher", () => {
  it("refusals change nothing: an outsider, the class's own teacher, someone not co-teaching", async () => {
    const cases: [string, Viewer, Record<string, string>, RegExp][] = [
      ["another class's teacher", other, { classId, teacherId: third.id }, /doesn't exist/],
      ["a student", student, { classId, teacherId: third.id }, /access/],
      ["the class's own teacher", third, { classId, teacherId: owner.id }, /not a co-teacher/],
      ["not co-teaching this class", owner, { classId, teacherId: other.id }, /not a co-teacher/],
    ];
    for (const [what, viewer, input, error] of cases) {
      const before = await state();
      await expect(removeCoTeacher(prisma, viewer, input), what).rejects.toThrow(error);
      expect(await state(), what).toEqual(before);
    }
  });

  it("a co-teacher may leave; they then no longer see the class or its students", async () => {
    expect(await removeCoTeacher(prisma, third, { classId, teacherId: third.id })).toEqual({ self: true });
    expect(await findClass(prisma, third, classId)).toBeNull();
    expect(await findStudentInClass(prisma, third, classId, studentId)).toBeNull();
    expect(await listClasses(prisma, third)).toEqual([]);
    expect((await findClass(prisma, owner, classId))?.id).toBe(classId);
  });

  it("the owner removes one they added", async () => {
    await addCoTeacher(prisma, owner, { classId, email: "third@school.test" });
    expect(await removeCoTeacher(prisma, owner, { classId, teacherId: third.id })).toEqual({ self: false });
    expect(await findClass(prisma, third, classId)).toBeNull();
  });
});
