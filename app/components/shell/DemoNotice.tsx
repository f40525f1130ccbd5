import { t } from "~/lib/i18n";

export function DemoNotice() {
  return (
    <div className="demo-notice" role="region" aria-label={t("shell.demoLabel")}>
      <div className="nhsuk-width-container">
        <p className="demo-notice__text">
          <strong className="demo-notice__tag">{t("shell.demoTag")}</strong> {t("shell.demoNotice")}
        </p>
      </div>
    </div>
  );
}
