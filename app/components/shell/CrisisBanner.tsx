import { Link } from "@remix-run/react";
import { t } from "~/i18n";
import { QuickExit } from "./QuickExit";

/** Urgent-help numbers, at the top of every public page. */
export function CrisisBanner({ capPhone }: { capPhone: string | null }) {
  return (
    <aside className="crisis-banner" aria-labelledby="crisis-banner-heading">
      <QuickExit />
      <div className="nhsuk-width-container crisis-banner__inner">
        <h2 id="crisis-banner-heading" className="crisis-banner__heading">
          {t("shell.crisis.label")}
        </h2>
        <ul className="crisis-banner__list">
          <li>
            {fill(t("shell.crisis.danger"), "emergency", <a href="tel:999">999</a>)}
          </li>
          <li>
            {fill(t("shell.crisis.nhs111"), "nhs111", <a href="tel:111">NHS 111</a>)}
          </li>
          <li>
            {capPhone
              ? fill(t("shell.crisis.capWithNumber"), "phone", <a href={`tel:${capPhone.replace(/\s+/g, "")}`}>{capPhone}</a>)
              : t("shell.crisis.capWithoutNumber")}
          </li>
          <li>{fill(t("shell.crisis.samaritans"), "phone", <a href="tel:116123">116 123</a>)}</li>
        </ul>
        <Link to="/urgent-help" className="crisis-banner__more">
          {t("shell.crisis.more")}
        </Link>
      </div>
    </aside>
  );
}

/** Put a React element where `{name}` stands in a translated sentence. */
function fill(template: string, name: string, element: React.ReactNode) {
  const [before, after] = template.split(`{${name}}`);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
