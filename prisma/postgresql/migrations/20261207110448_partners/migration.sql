-- Rows already here get a random UUID as their publicId (the default is dropped below: new rows get one
-- from the client).

-- AlterTable
ALTER TABLE "Cafe" ADD COLUMN     "publicId" TEXT NOT NULL DEFAULT gen_random_uuid()::text;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenById" TEXT,
ADD COLUMN     "hiddenReason" TEXT,
ADD COLUMN     "publicId" TEXT NOT NULL DEFAULT gen_random_uuid()::text,
ADD COLUMN     "staleReminderSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "publicId" TEXT NOT NULL DEFAULT gen_random_uuid()::text;

-- CreateTable
CREATE TABLE "PartnerService" (
    "id" TEXT NOT NULL,
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
    "checkedAt" TIMESTAMP(3),
    "staleReminderSentAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenReason" TEXT,
    "hiddenById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerServiceTag" (
    "serviceId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "PartnerServiceTag_pkey" PRIMARY KEY ("serviceId","tagId")
);

-- CreateTable
CREATE TABLE "PartnerLocation" (
    "id" TEXT NOT NULL,
    "publicId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "town" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "byAppointment" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerSession" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "dayOfWeek" INTEGER NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "validFrom" TEXT,
    "validUntil" TEXT,

    CONSTRAINT "PartnerSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerScheduleException" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "startTime" TEXT,
    "endTime" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PartnerScheduleException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerServiceArea" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "footprintId" TEXT,
    "district" TEXT,

    CONSTRAINT "PartnerServiceArea_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "Cafe_publicId_key" ON "Cafe"("publicId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_publicId_key" ON "Organisation"("publicId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_publicId_key" ON "Tag"("publicId");

-- AddForeignKey
ALTER TABLE "PartnerService" ADD CONSTRAINT "PartnerService_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerServiceTag" ADD CONSTRAINT "PartnerServiceTag_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "PartnerService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerServiceTag" ADD CONSTRAINT "PartnerServiceTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerLocation" ADD CONSTRAINT "PartnerLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "PartnerService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerSession" ADD CONSTRAINT "PartnerSession_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "PartnerLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerScheduleException" ADD CONSTRAINT "PartnerScheduleException_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "PartnerLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerServiceArea" ADD CONSTRAINT "PartnerServiceArea_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "PartnerService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerServiceArea" ADD CONSTRAINT "PartnerServiceArea_footprintId_fkey" FOREIGN KEY ("footprintId") REFERENCES "Footprint"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- New rows get their publicId from the client, as on SQLite.
ALTER TABLE "Cafe" ALTER COLUMN "publicId" DROP DEFAULT;
ALTER TABLE "Organisation" ALTER COLUMN "publicId" DROP DEFAULT;
ALTER TABLE "Tag" ALTER COLUMN "publicId" DROP DEFAULT;
