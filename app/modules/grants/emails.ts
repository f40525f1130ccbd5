import { t } from "~/lib/i18n";

/** The words of the grants emails, written into the outbox at the moment of the change. */
export function areaRemovedEmail(input: { organisation: string; round: string; area: string; reference: string }) {
  return {
    subject: t("grants.email.areaRemoved.subject", { round: input.round }),
    text: t("grants.email.areaRemoved.text", { ...input, brand: t("brand.appName") }),
  };
}
