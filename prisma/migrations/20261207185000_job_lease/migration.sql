-- Background jobs take turns across app instances: one row per job, claimed with a conditional update.
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "claimedBy" TEXT NOT NULL,
    "claimedUntil" DATETIME NOT NULL
);
