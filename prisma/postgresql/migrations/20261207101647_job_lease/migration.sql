-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "claimedUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

