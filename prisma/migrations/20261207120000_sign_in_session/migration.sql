-- A person's signed-in browser is a SignInSession ("session" is a café's opening slot).
-- Renaming the table keeps its rows, so everyone stays signed in.
ALTER TABLE "Session" RENAME TO "SignInSession";

-- The indexes take the table's new name.
DROP INDEX "Session_userId_idx";
CREATE INDEX "SignInSession_userId_idx" ON "SignInSession"("userId");

DROP INDEX "Session_expiresAt_idx";
CREATE INDEX "SignInSession_expiresAt_idx" ON "SignInSession"("expiresAt");
