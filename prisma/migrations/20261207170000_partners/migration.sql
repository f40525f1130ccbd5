-- CreateTable
CREATE TABLE "PartnerService" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "whoFor" TEXT,
    "access" TEXT NOT NULL,
    "accessNotes" TEXT,
    "isFree" BOOLEAN NOT NULL DEFAULT true,
    "costNote" TEXT,
    "minimumAge" INTEGER,
    "maximumAge" INTEGER,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "checkedAt" DATETIME,
    "staleReminderSentAt" DATETIME,
    "hiddenAt" DATETIME,
    "hiddenReason" TEXT,
    "hiddenById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PartnerService_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerServiceTag" (
    "serviceId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    PRIMARY KEY ("serviceId", "tagId"),
    CONSTRAINT "PartnerServiceTag_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "PartnerService" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartnerServiceTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerLocation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "town" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lng" REAL NOT NULL,
    "byAppointment" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PartnerLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "PartnerService" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "locationId" TEXT NOT NULL,
    "dayOfWeek" INTEGER NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "validFrom" TEXT,
    "validUntil" TEXT,
    CONSTRAINT "PartnerSession_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "PartnerLocation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerScheduleException" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "locationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "startTime" TEXT,
    "endTime" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "PartnerScheduleException_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "PartnerLocation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerServiceArea" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "footprintId" TEXT,
    "district" TEXT,
    CONSTRAINT "PartnerServiceArea_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "PartnerService" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartnerServiceArea_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
-- Rows already here get a random (version 4) UUID as their publicId; new rows get one from the client.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Tag" ("publicId", "createdAt", "id", "kind", "label", "retiredAt", "slug", "sortOrder", "updatedAt") SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "createdAt", "id", "kind", "label", "retiredAt", "slug", "sortOrder", "updatedAt" FROM "Tag";
DROP TABLE "Tag";
ALTER TABLE "new_Tag" RENAME TO "Tag";
CREATE UNIQUE INDEX "Tag_publicId_key" ON "Tag"("publicId");
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");
CREATE INDEX "Tag_kind_idx" ON "Tag"("kind");
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "charityNumber" TEXT,
    "companyNumber" TEXT,
    "addressLine1" TEXT,
    "town" TEXT,
    "postcode" TEXT,
    "contactName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "communities" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "verifiedAt" DATETIME,
    "verifiedById" TEXT,
    "registeredAt" DATETIME,
    "description" TEXT NOT NULL DEFAULT '',
    "checkedAt" DATETIME,
    "staleReminderSentAt" DATETIME,
    "hiddenAt" DATETIME,
    "hiddenReason" TEXT,
    "hiddenById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Organisation" ("publicId", "addressLine1", "charityNumber", "communities", "companyNumber", "contactName", "createdAt", "email", "id", "isDemo", "name", "phone", "postcode", "registeredAt", "slug", "town", "updatedAt", "verifiedAt", "verifiedById", "website") SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "addressLine1", "charityNumber", "communities", "companyNumber", "contactName", "createdAt", "email", "id", "isDemo", "name", "phone", "postcode", "registeredAt", "slug", "town", "updatedAt", "verifiedAt", "verifiedById", "website" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_publicId_key" ON "Organisation"("publicId");
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
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
INSERT INTO "new_Cafe" ("publicId", "accessNotes", "addressLine1", "addressLine2", "capPlacesDefault", "coverageSiteId", "createdAt", "description", "email", "footprintId", "gettingThere", "hoursVerifiedAt", "id", "isDemo", "lat", "lng", "name", "organisationId", "phone", "postcode", "slug", "staleReminderSentAt", "status", "town", "updatedAt", "venueName", "website", "whoFor") SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "accessNotes", "addressLine1", "addressLine2", "capPlacesDefault", "coverageSiteId", "createdAt", "description", "email", "footprintId", "gettingThere", "hoursVerifiedAt", "id", "isDemo", "lat", "lng", "name", "organisationId", "phone", "postcode", "slug", "staleReminderSentAt", "status", "town", "updatedAt", "venueName", "website", "whoFor" FROM "Cafe";
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
CREATE UNIQUE INDEX "PartnerService_publicId_key" ON "PartnerService"("publicId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerService_slug_key" ON "PartnerService"("slug");

-- CreateIndex
CREATE INDEX "PartnerService_organisationId_idx" ON "PartnerService"("organisationId");

-- CreateIndex
CREATE INDEX "PartnerService_hiddenAt_idx" ON "PartnerService"("hiddenAt");

-- CreateIndex
CREATE INDEX "PartnerServiceTag_tagId_idx" ON "PartnerServiceTag"("tagId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerLocation_publicId_key" ON "PartnerLocation"("publicId");

-- CreateIndex
CREATE INDEX "PartnerLocation_serviceId_idx" ON "PartnerLocation"("serviceId");

-- CreateIndex
CREATE INDEX "PartnerLocation_lat_idx" ON "PartnerLocation"("lat");

-- CreateIndex
CREATE INDEX "PartnerSession_locationId_idx" ON "PartnerSession"("locationId");

-- CreateIndex
CREATE INDEX "PartnerScheduleException_locationId_startDate_idx" ON "PartnerScheduleException"("locationId", "startDate");

-- CreateIndex
CREATE INDEX "PartnerServiceArea_footprintId_idx" ON "PartnerServiceArea"("footprintId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerServiceArea_serviceId_kind_footprintId_district_key" ON "PartnerServiceArea"("serviceId", "kind", "footprintId", "district");
