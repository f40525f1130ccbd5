import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { t } from "~/lib/i18n";
import { pageLocale } from "~/platform/page-locale.server";

/** The page in its language: /<code>/… (app/platform/page-locale.server.ts). */
export function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  return null;
}

export const meta: MetaFunction = () => [{ title: `${t("privacy.title")} – ${t("brand.name")}` }];

export default function Privacy() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{t("privacy.title")}</h1>
        <p>{t("privacy.public")}</p>
        <p>{t("privacy.location")}</p>
        <p>{t("privacy.staff")}</p>
      </div>
    </div>
  );
}
