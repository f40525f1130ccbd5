-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelKey" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Tag" ("createdAt", "id", "kind", "label", "labelKey", "publicId", "retiredAt", "slug", "sortOrder", "updatedAt") SELECT "createdAt", "id", "kind", "label", lower(trim("label")), "publicId", "retiredAt", "slug", "sortOrder", "updatedAt" FROM "Tag";
-- Labels repeated within a kind before the index (two admins at once): all but the first keep their tag, with a key of their own.
UPDATE "new_Tag" SET "labelKey" = "labelKey" || '#' || "id" WHERE EXISTS (SELECT 1 FROM "new_Tag" AS "first" WHERE "first"."kind" = "new_Tag"."kind" AND "first"."labelKey" = "new_Tag"."labelKey" AND "first"."id" < "new_Tag"."id");
DROP TABLE "Tag";
ALTER TABLE "new_Tag" RENAME TO "Tag";
CREATE UNIQUE INDEX "Tag_publicId_key" ON "Tag"("publicId");
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");
CREATE INDEX "Tag_kind_idx" ON "Tag"("kind");
CREATE UNIQUE INDEX "Tag_kind_labelKey_key" ON "Tag"("kind", "labelKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
