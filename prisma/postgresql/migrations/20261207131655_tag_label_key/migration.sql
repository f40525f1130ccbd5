-- AlterTable: the label as compared for duplicates, filled in for the tags there are.
ALTER TABLE "Tag" ADD COLUMN     "labelKey" TEXT;
UPDATE "Tag" SET "labelKey" = lower(trim("label"));
-- Labels repeated within a kind before the index (two admins at once): all but the first keep their tag, with a key of their own.
UPDATE "Tag" SET "labelKey" = "labelKey" || '#' || "id" WHERE EXISTS (SELECT 1 FROM "Tag" AS "first" WHERE "first"."kind" = "Tag"."kind" AND "first"."labelKey" = "Tag"."labelKey" AND "first"."id" < "Tag"."id");
ALTER TABLE "Tag" ALTER COLUMN "labelKey" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Tag_kind_labelKey_key" ON "Tag"("kind", "labelKey");
