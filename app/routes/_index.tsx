import type { MetaFunction } from "@remix-run/node";
import { NotFoundSearch } from "~/components/shell/NotFoundSearch";
import { t } from "~/i18n";

export const meta: MetaFunction = () => [{ title: t("brand.name") }];

export default function Index() {
  return (
    <>
      <h1>{t("brand.name")}</h1>
      <p className="nhsuk-lede-text">{t("brand.tagline")}</p>
      <NotFoundSearch />
    </>
  );
}
