-- CreateTable
CREATE TABLE "CafeTextTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cafeId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CafeTextTranslation_cafeId_fkey" FOREIGN KEY ("cafeId") REFERENCES "Cafe" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfferTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "offerId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sourceHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OfferTranslation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cafe" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "footprintId" TEXT,
    "coverageSiteId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "description" TEXT NOT NULL DEFAULT '',
    "venueName" TEXT,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "town" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lng" REAL NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "gettingThere" TEXT,
    "whoFor" TEXT,
    "accessNotes" TEXT,
    "textLanguage" TEXT NOT NULL DEFAULT 'en',
    "capPlacesDefault" INTEGER NOT NULL DEFAULT 2,
    "hoursVerifiedAt" DATETIME,
    "staleReminderSentAt" DATETIME,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Cafe_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cafe_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cafe_coverageSiteId_fkey" FOREIGN KEY ("coverageSiteId") REFERENCES "CoverageSite" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Cafe" ("accessNotes", "addressLine1", "addressLine2", "capPlacesDefault", "coverageSiteId", "createdAt", "description", "email", "footprintId", "gettingThere", "hoursVerifiedAt", "id", "isDemo", "lat", "lng", "name", "organisationId", "phone", "postcode", "publicId", "slug", "staleReminderSentAt", "status", "town", "updatedAt", "venueName", "website", "whoFor") SELECT "accessNotes", "addressLine1", "addressLine2", "capPlacesDefault", "coverageSiteId", "createdAt", "description", "email", "footprintId", "gettingThere", "hoursVerifiedAt", "id", "isDemo", "lat", "lng", "name", "organisationId", "phone", "postcode", "publicId", "slug", "staleReminderSentAt", "status", "town", "updatedAt", "venueName", "website", "whoFor" FROM "Cafe";
DROP TABLE "Cafe";
ALTER TABLE "new_Cafe" RENAME TO "Cafe";
CREATE UNIQUE INDEX "Cafe_publicId_key" ON "Cafe"("publicId");
CREATE UNIQUE INDEX "Cafe_slug_key" ON "Cafe"("slug");
CREATE INDEX "Cafe_status_idx" ON "Cafe"("status");
CREATE INDEX "Cafe_lat_idx" ON "Cafe"("lat");
CREATE INDEX "Cafe_footprintId_idx" ON "Cafe"("footprintId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "CafeTextTranslation_cafeId_locale_key" ON "CafeTextTranslation"("cafeId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "OfferTranslation_offerId_locale_key" ON "OfferTranslation"("offerId", "locale");
