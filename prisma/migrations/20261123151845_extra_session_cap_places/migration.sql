-- AlterTable
ALTER TABLE "ScheduleException" ADD COLUMN "capPlaces" INTEGER;
