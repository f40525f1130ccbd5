import { Link } from "@remix-run/react";
import { currentLocale, localePath, t, translate } from "~/lib/i18n";
import { Interpolate, Phone } from "../Interpolate";
import { QuickExit } from "./QuickExit";

/** Urgent-help numbers, at the top of every public page, and the quick exit. */
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
            <Interpolate text={t("shell.crisis.danger")} values={{ emergency: <Phone number="999" /> }} />
          </li>
          <li>
            <Interpolate text={t("shell.crisis.nhs111")} values={{ nhs111: <Phone number="111" label="NHS 111" /> }} />
          </li>
          <li>
            {capPhone ? (
              <Interpolate text={t("shell.crisis.capWithNumber")} values={{ phone: <Phone number={capPhone} /> }} />
            ) : (
              t("shell.crisis.capWithoutNumber")
            )}
          </li>
          <li>
            <Interpolate text={t("shell.crisis.samaritans")} values={{ phone: <Phone number="116 123" /> }} />
          </li>
        </ul>
        {currentLocale() === "en" ? null : (
          // One line in English beside the translation: the same numbers, for anyone helping the reader.
          <p className="crisis-banner__english" lang="en" dir="ltr">
            {translate("en", "shell.crisis.label")}: {translate("en", "shell.crisis.danger", { emergency: "999" })}{" "}
            {translate("en", "shell.crisis.nhs111", { nhs111: "NHS 111" })}{" "}
            {translate("en", "shell.crisis.samaritans", { phone: "116 123" })}
          </p>
        )}
        <Link to={localePath("/urgent-help")} className="crisis-banner__more">
          {t("shell.crisis.more")}
        </Link>
      </div>
    </aside>
  );
}
