-- Central Access Point bookings: one row per place taken in a café session. An active booking holds its
-- place number; the unique index on (café, date, session, place) makes a second booking of the same place
-- impossible. A cancelled booking sets "place" to NULL, which never clashes in a unique index.
-- CreateTable
CREATE TABLE "Booking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "cafeId" TEXT NOT NULL,
    "sessionDate" TEXT NOT NULL,
    "slotKey" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "place" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'booked',
    "callerName" TEXT,
    "callbackNumber" TEXT,
    "needs" TEXT,
    "consent" BOOLEAN NOT NULL,
    "cancelReason" TEXT,
    "cancelledBy" TEXT,
    "detailsErasedAt" DATETIME,
    "createdById" TEXT,
    "changedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Booking_cafeId_fkey" FOREIGN KEY ("cafeId") REFERENCES "Cafe" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Booking_reference_key" ON "Booking"("reference");

-- CreateIndex
CREATE INDEX "Booking_cafeId_startsAt_idx" ON "Booking"("cafeId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_endsAt_detailsErasedAt_idx" ON "Booking"("endsAt", "detailsErasedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_cafeId_sessionDate_slotKey_place_key" ON "Booking"("cafeId", "sessionDate", "slotKey", "place");
