-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('low', 'medium', 'high', 'critical');

-- DropIndex
DROP INDEX "QuestionnaireVersion_key_version_key";

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "basedOnMilestoneId" UUID,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "previousAssessmentId" UUID;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "number" INTEGER NOT NULL,
ADD COLUMN     "publishedById" UUID,
ADD COLUMN     "publishedByName" TEXT;

-- AlterTable
ALTER TABLE "QuestionnaireVersion" ADD COLUMN     "importedById" UUID,
ADD COLUMN     "scope" TEXT NOT NULL DEFAULT 'builtin',
ADD COLUMN     "source" TEXT,
ADD COLUMN     "sourceFormat" TEXT,
ADD COLUMN     "workspaceId" UUID;

-- AlterTable
ALTER TABLE "Respondent" ADD COLUMN     "email" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AgreedAnswer" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "questionId" TEXT NOT NULL,
    "state" "AnswerState" NOT NULL,
    "value" JSONB,
    "note" TEXT,
    "decidedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgreedAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingReview" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "findingId" TEXT NOT NULL,
    "note" TEXT,
    "severity" "Severity",
    "justification" TEXT,
    "updatedById" UUID,
    "updatedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FindingReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgreedAnswer_assessmentId_questionId_key" ON "AgreedAnswer"("assessmentId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "FindingReview_assessmentId_findingId_key" ON "FindingReview"("assessmentId", "findingId");

-- CreateIndex
CREATE INDEX "Assessment_previousAssessmentId_idx" ON "Assessment"("previousAssessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_assessmentId_number_key" ON "Milestone"("assessmentId", "number");

-- CreateIndex
CREATE INDEX "QuestionnaireVersion_workspaceId_createdAt_idx" ON "QuestionnaireVersion"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_scope_key_version_key" ON "QuestionnaireVersion"("scope", "key", "version");

-- AddForeignKey
ALTER TABLE "QuestionnaireVersion" ADD CONSTRAINT "QuestionnaireVersion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_previousAssessmentId_fkey" FOREIGN KEY ("previousAssessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedAnswer" ADD CONSTRAINT "AgreedAnswer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingReview" ADD CONSTRAINT "FindingReview_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


