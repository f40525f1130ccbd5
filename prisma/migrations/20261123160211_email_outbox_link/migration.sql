-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN "linkExpiresAt" DATETIME;
ALTER TABLE "EmailOutbox" ADD COLUMN "reference" TEXT;

-- CreateIndex
CREATE INDEX "EmailOutbox_reference_idx" ON "EmailOutbox"("reference");
