-- AlterTable
ALTER TABLE "KnowledgeState" ADD COLUMN     "lastEvidenceAt" TIMESTAMP(3);

-- Backfill: the time of each row's last first attempt (preview sessions excluded).
UPDATE "KnowledgeState" k
SET "lastEvidenceAt" = e."at"
FROM (
  SELECT a."studentId", ss."skillId", max(a."createdAt") AS "at"
  FROM "Attempt" a
  JOIN "TutoringSession" s ON s."id" = a."sessionId" AND NOT s."preview"
  JOIN "StepSkill" ss ON ss."stepId" = a."stepId"
  WHERE a."firstAttempt"
  GROUP BY a."studentId", ss."skillId"
) e
WHERE e."studentId" = k."studentId" AND e."skillId" = k."skillId";

-- Stored mastery used to be taken with the student's state at the time of the row's write (and
-- replays took every skill at the end of the history). From now on it is each skill's value
-- right after its own last first attempt (decision 014). Marking every learner state as behind
-- its attempts makes the next read replay it and store the new values (lib/mastery/student-state.ts).
UPDATE "LearnerModelState" SET "observations" = -1;
