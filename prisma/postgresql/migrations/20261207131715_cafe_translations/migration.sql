-- AlterTable
ALTER TABLE "Cafe" ADD COLUMN     "textLanguage" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "CafeTextTranslation" (
    "id" TEXT NOT NULL,
    "cafeId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CafeTextTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferTranslation" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sourceHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CafeTextTranslation_cafeId_locale_key" ON "CafeTextTranslation"("cafeId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "OfferTranslation_offerId_locale_key" ON "OfferTranslation"("offerId", "locale");

-- AddForeignKey
ALTER TABLE "CafeTextTranslation" ADD CONSTRAINT "CafeTextTranslation_cafeId_fkey" FOREIGN KEY ("cafeId") REFERENCES "Cafe"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferTranslation" ADD CONSTRAINT "OfferTranslation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

