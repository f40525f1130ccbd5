import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { Link } from "@remix-run/react";
import { t } from "~/lib/i18n";
import { requirePermission } from "~/modules/identity/index.server";

export const meta: MetaFunction = () => [{ title: `${t("homes.panel.title")} – ${t("brand.appName")}` }];

/** The grant panel member's home: honest that there is nothing to score until grant rounds are built. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "panel.view");
  return {};
}

export default function PanelHome() {
  return (
    <>
      <h1>{t("homes.panel.title")}</h1>
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-s">{t("homes.panel.notYetTitle")}</h2>
        <p>{t("homes.panel.notYet")}</p>
      </div>
      <p>{t("homes.panel.meanwhile")}</p>
      <p>
        <Link to="/">{t("homes.panel.finderLink")}</Link>
      </p>
    </>
  );
}
