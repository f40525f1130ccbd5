-- CreateTable
CREATE TABLE "EmailAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "emailId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "error" TEXT,
    CONSTRAINT "EmailAttempt_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "EmailOutbox" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EmailAttempt_emailId_at_idx" ON "EmailAttempt"("emailId", "at");
