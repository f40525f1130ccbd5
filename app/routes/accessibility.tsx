import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { t } from "~/lib/i18n";
import { pageLocale } from "~/platform/page-locale.server";

/** The page in its language: /<code>/… (app/platform/page-locale.server.ts). */
export function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  return null;
}

export const meta: MetaFunction = () => [{ title: `${t("accessibility.title")} – ${t("brand.name")}` }];

export default function Accessibility() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{t("accessibility.title")}</h1>
        <p className="nhsuk-lede-text">{t("accessibility.intro")}</p>
        <p>{t("accessibility.body1")}</p>
        <p>{t("accessibility.body2")}</p>
      </div>
    </div>
  );
}
