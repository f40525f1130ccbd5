import type { ReactNode } from "react";
import { t } from "~/lib/i18n";

/** A green "Success" banner (NHS.UK notification banner) after an action worked. */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-notification-banner nhsuk-notification-banner--success" role="alert" aria-labelledby="success-notice-title">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="success-notice-title">
          {t("auth.notice.title")}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
