-- A secret link in an email waits in the outbox sealed (AES-256-GCM), never in the email's text.
ALTER TABLE "EmailOutbox" ADD COLUMN "linkSealed" TEXT;
ALTER TABLE "EmailOutbox" ADD COLUMN "linkKeyId" TEXT;

-- Emails written before, whose text holds a reset or invitation link in clear: once sent or cancelled,
-- nobody needs to read the link again, and an invitation's lasts 14 days. Their text goes.
-- (Emails waiting or failed keep theirs: they may still be sent, and without an email provider admins
-- follow their links from the outbox.)
UPDATE "EmailOutbox"
SET "text" = '[The text of this email is no longer kept: it held a link that sets a password or grants a role.]', "html" = NULL
WHERE "kind" IN ('password-reset', 'invitation') AND "status" IN ('sent', 'cancelled') AND "linkSealed" IS NULL;
