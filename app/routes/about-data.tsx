import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { Attributions } from "~/components/shell/SiteFooter";
import { t } from "~/lib/i18n";

export const meta: MetaFunction = () => [{ title: `${t("aboutData.title")} – ${t("brand.name")}` }];

const sections = [
  ["aboutData.footprints.heading", "aboutData.footprints.body"],
  ["aboutData.postcodes.heading", "aboutData.postcodes.body"],
  ["aboutData.distances.heading", "aboutData.distances.body"],
  ["aboutData.hours.heading", "aboutData.hours.body"],
] as const;

export default function AboutData() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{t("aboutData.title")}</h1>
        <p className="nhsuk-lede-text">{t("aboutData.intro")}</p>
        {sections.map(([heading, body]) => (
          <section key={heading}>
            <h2>{t(heading)}</h2>
            <p>{t(body)}</p>
          </section>
        ))}
        <section>
          <h2>{t("oruk.docs.link.heading")}</h2>
          <p>
            {t("oruk.docs.link.body")} <Link to="/api/oruk">{t("oruk.docs.link.text")}</Link>
          </p>
        </section>
        <h2>{t("aboutData.attribution.heading")}</h2>
        <Attributions />
      </div>
    </div>
  );
}
