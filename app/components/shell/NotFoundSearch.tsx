import { Form } from "@remix-run/react";
import { t, localePath } from "~/lib/i18n";

/** The finder's search box, offered wherever a page was not found. */
export function NotFoundSearch() {
  return (
    <Form method="get" action={localePath("/")} className="search-form" role="search" aria-label={t("notFound.findCafe")}>
      <h2 className="nhsuk-heading-m">{t("notFound.findCafe")}</h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="not-found-q">
          {t("notFound.searchLabel")}
        </label>
        <input className="nhsuk-input nhsuk-input--width-20" id="not-found-q" name="q" type="search" autoComplete="postal-code" />
      </div>
      <button type="submit" className="nhsuk-button">
        {t("notFound.searchButton")}
      </button>
    </Form>
  );
}
