-- A secret link in an email waits in the outbox sealed (AES-256-GCM), never in the email's text.
ALTER TABLE "EmailOutbox" ADD COLUMN "linkSealed" TEXT;
ALTER TABLE "EmailOutbox" ADD COLUMN "linkKeyId" TEXT;
