import { t } from "~/lib/i18n";

export type Visibility = {
  /** The organisation has been verified (its profile and services may be public) */
  verified: boolean;
  /** Why the organisation is hidden from the public, or null when it is not */
  organisationHidden: string | null;
  /** On a service's page: why the service is hidden from the public, or null when it is not */
  serviceHidden?: string | null;
};

/** Tells a group's members when what they are editing is not public, and why. Nothing when it is public. */
export function VisibilityNotice({ verified, organisationHidden, serviceHidden }: Visibility) {
  const onServicePage = serviceHidden !== undefined;
  const lines = [
    ...(verified ? [] : [t("partners.org.notVerified")]),
    ...(organisationHidden === null ? [] : [t(onServicePage ? "partners.org.organisationHidden" : "partners.org.hidden", { reason: organisationHidden })]),
    ...(serviceHidden == null ? [] : [t("partners.org.serviceHidden", { reason: serviceHidden })]),
  ];
  if (lines.length === 0) return null;
  return (
    <div className="nhsuk-inset-text" role="status">
      <span className="nhsuk-u-visually-hidden">{t("partners.org.notPublic")}: </span>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
