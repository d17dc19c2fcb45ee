import { hashPassword } from "@/lib/auth/password";
import type { ContentBundle } from "@/lib/content/format";
import { type ImportSummary, importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadStudentState } from "@/lib/mastery/student-state";
import { DEMO_JOIN_CODE, DEMO_PASSWORD, demoStaff, demoStudents } from "./demo-users";
import { DEMO_HISTORY_DAYS, seedPracticeHistory } from "./seed-history";

export interface SeedSummary {
  content: ImportSummary;
  usersCreated: number;
  historySessions: number;
}

/** Idempotent: users, the class and content are matched by email / join code / key. */
export async function seedDemo(prisma: PrismaClient, content: ContentBundle): Promise<SeedSummary> {
  const contentSummary = await importBundle(prisma, content, { source: "content/demo" });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Accounts, the class and enrolments date from the day before the backdated practice history,
  // so the roster does not say "joined today" beside "last active 6 days ago".
  const createdAt = new Date(Date.now() - (DEMO_HISTORY_DAYS + 1) * 24 * 3600_000);
  let usersCreated = 0;
  const ensureUser = async (email: string, name: string, role: "student" | "teacher" | "admin") => {
    const existing = await prisma.user.findUnique({ where: { email } });
    if (existing) return existing;
    usersCreated++;
    return prisma.user.create({ data: { email, name, role, passwordHash, createdAt } });
  };
  const staff = [];
  for (const s of demoStaff) staff.push(await ensureUser(s.email, s.name, s.role));
  const teacher = staff.find((s) => s.role === "teacher");
  if (!teacher) throw new Error("demo teacher missing");
  const classroom =
    (await prisma.classroom.findUnique({ where: { joinCode: DEMO_JOIN_CODE } })) ??
    (await prisma.classroom.create({
      data: { name: "Grade 7 Maths", teacherId: teacher.id, joinCode: DEMO_JOIN_CODE, createdAt },
    }));
  for (const set of content.problemSets) {
    const row = await prisma.problemSet.findUniqueOrThrow({ where: { key: set.key } });
    await prisma.problemSetAssignment.upsert({
      where: { problemSetId_classroomId: { problemSetId: row.id, classroomId: classroom.id } },
      create: { problemSetId: row.id, classroomId: classroom.id },
      update: {},
    });
  }
  const students = [];
  for (const s of demoStudents) {
    const user = await ensureUser(s.email, s.name, "student");
    await prisma.enrollment.upsert({
      where: { classroomId_studentId: { classroomId: classroom.id, studentId: user.id } },
      create: { classroomId: classroom.id, studentId: user.id, createdAt },
      update: {},
    });
    students.push(user);
  }
  const historySessions = await seedPracticeHistory(
    prisma,
    students.map((s) => s.id),
  );
  // Fold the history into each student's knowledge state, so teachers see mastery at once.
  for (const s of students) await loadStudentState(prisma, s.id);
  return { content: contentSummary, usersCreated, historySessions };
}
