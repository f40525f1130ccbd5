-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "registeredAt" TIMESTAMP(3),
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedById" TEXT;

-- CreateTable
CREATE TABLE "GrantRound" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "budgetPence" INTEGER NOT NULL,
    "maxAwardPence" INTEGER NOT NULL,
    "awardedPence" INTEGER NOT NULL DEFAULT 0,
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'draft',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrantRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantRoundArea" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "footprintId" TEXT,
    "coverageSiteId" TEXT,

    CONSTRAINT "GrantRoundArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantCriterion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "weight" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GrantCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantEligibilityCheck" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GrantEligibilityCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantApplication" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "cafeName" TEXT NOT NULL DEFAULT '',
    "footprintId" TEXT,
    "coverageSiteId" TEXT,
    "requestedPence" INTEGER NOT NULL DEFAULT 0,
    "plannedStartDate" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "screenedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "awardedPence" INTEGER,
    "conditions" TEXT,
    "feedback" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "cafeId" TEXT,
    "expectedLaunchDate" TEXT,
    "launchedOn" TEXT,
    "createdById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrantApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationSection" (
    "applicationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "reopenedAt" TIMESTAMP(3),
    "reopenComment" TEXT,

    CONSTRAINT "ApplicationSection_pkey" PRIMARY KEY ("applicationId","key")
);

-- CreateTable
CREATE TABLE "ApplicationSubmission" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "sections" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT,

    CONSTRAINT "ApplicationSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationAttachment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "ApplicationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationScreening" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "sections" TEXT,
    "officerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationScreening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelAssignment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "applicationId" TEXT,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PanelAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "hasConflict" BOOLEAN NOT NULL,
    "description" TEXT,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("applicationId","userId")
);

-- CreateTable
CREATE TABLE "PanelReview" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "recommendation" TEXT,
    "comment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PanelReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelScore" (
    "reviewId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER,
    "comment" TEXT,

    CONSTRAINT "PanelScore_pkey" PRIMARY KEY ("reviewId","criterionId")
);

-- CreateTable
CREATE TABLE "GrantMilestone" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "note" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GrantMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringReturn" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "periodStart" TEXT NOT NULL,
    "periodEnd" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "visits" INTEGER,
    "conversations" INTEGER,
    "capReferrals" INTEGER,
    "wentWell" TEXT,
    "wasHard" TEXT,
    "reminderSentAt" TIMESTAMP(3),

    CONSTRAINT "MonitoringReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationMessage" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "fromStaff" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationActivity" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT,
    "visibleToApplicant" BOOLEAN NOT NULL,

    CONSTRAINT "ApplicationActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GrantRound_slug_key" ON "GrantRound"("slug");

-- CreateIndex
CREATE INDEX "GrantRound_status_idx" ON "GrantRound"("status");

-- CreateIndex
CREATE UNIQUE INDEX "GrantRoundArea_roundId_footprintId_coverageSiteId_key" ON "GrantRoundArea"("roundId", "footprintId", "coverageSiteId");

-- CreateIndex
CREATE UNIQUE INDEX "GrantApplication_reference_key" ON "GrantApplication"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "GrantApplication_cafeId_key" ON "GrantApplication"("cafeId");

-- CreateIndex
CREATE INDEX "GrantApplication_roundId_status_idx" ON "GrantApplication"("roundId", "status");

-- CreateIndex
CREATE INDEX "GrantApplication_organisationId_idx" ON "GrantApplication"("organisationId");

-- CreateIndex
CREATE INDEX "GrantApplication_footprintId_idx" ON "GrantApplication"("footprintId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationSubmission_applicationId_number_key" ON "ApplicationSubmission"("applicationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationAttachment_storageKey_key" ON "ApplicationAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "ApplicationAttachment_applicationId_idx" ON "ApplicationAttachment"("applicationId");

-- CreateIndex
CREATE INDEX "PanelAssignment_userId_idx" ON "PanelAssignment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelAssignment_roundId_applicationId_userId_key" ON "PanelAssignment"("roundId", "applicationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelReview_applicationId_userId_key" ON "PanelReview"("applicationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringReturn_applicationId_periodStart_key" ON "MonitoringReturn"("applicationId", "periodStart");

-- CreateIndex
CREATE INDEX "ApplicationMessage_applicationId_createdAt_idx" ON "ApplicationMessage"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationActivity_applicationId_at_idx" ON "ApplicationActivity"("applicationId", "at");

-- AddForeignKey
ALTER TABLE "GrantRoundArea" ADD CONSTRAINT "GrantRoundArea_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "GrantRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantRoundArea" ADD CONSTRAINT "GrantRoundArea_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantRoundArea" ADD CONSTRAINT "GrantRoundArea_coverageSiteId_fkey" FOREIGN KEY ("coverageSiteId") REFERENCES "CoverageSite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantCriterion" ADD CONSTRAINT "GrantCriterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "GrantRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantEligibilityCheck" ADD CONSTRAINT "GrantEligibilityCheck_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "GrantRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "GrantRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_coverageSiteId_fkey" FOREIGN KEY ("coverageSiteId") REFERENCES "CoverageSite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantApplication" ADD CONSTRAINT "GrantApplication_cafeId_fkey" FOREIGN KEY ("cafeId") REFERENCES "Cafe"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSection" ADD CONSTRAINT "ApplicationSection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSubmission" ADD CONSTRAINT "ApplicationSubmission_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationAttachment" ADD CONSTRAINT "ApplicationAttachment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationScreening" ADD CONSTRAINT "ApplicationScreening_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelAssignment" ADD CONSTRAINT "PanelAssignment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "GrantRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelAssignment" ADD CONSTRAINT "PanelAssignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelReview" ADD CONSTRAINT "PanelReview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelScore" ADD CONSTRAINT "PanelScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "PanelReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelScore" ADD CONSTRAINT "PanelScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "GrantCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantMilestone" ADD CONSTRAINT "GrantMilestone_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringReturn" ADD CONSTRAINT "MonitoringReturn_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationMessage" ADD CONSTRAINT "ApplicationMessage_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationActivity" ADD CONSTRAINT "ApplicationActivity_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "GrantApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

