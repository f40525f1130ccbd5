import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { Interpolate, Phone } from "~/components/Interpolate";
import { t, localePath } from "~/lib/i18n";
import { useRootData } from "~/root";
import { pageLocale } from "~/platform/page-locale.server";

/** The page in its language: /<code>/… (app/platform/page-locale.server.ts). */
export function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  return null;
}

export const meta: MetaFunction = () => [
  { title: `${t("urgentHelp.title")} – ${t("brand.name")}` },
  { name: "description", content: t("urgentHelp.intro") },
];

export default function UrgentHelp() {
  const capPhone = useRootData()?.env.capPhone ?? null;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{t("urgentHelp.title")}</h1>
        <p className="nhsuk-lede-text">{t("urgentHelp.intro")}</p>

        <section className="panel panel--emergency" aria-labelledby="danger">
          <h2 id="danger">{t("urgentHelp.danger.heading")}</h2>
          <p>
            <Interpolate text={t("urgentHelp.danger.body")} values={{ phone: <Phone number="999" /> }} />
          </p>
        </section>

        <section className="panel" aria-labelledby="nhs111">
          <h2 id="nhs111">{t("urgentHelp.nhs111.heading")}</h2>
          <p>
            <Interpolate text={t("urgentHelp.nhs111.body")} values={{ phone: <Phone number="111" /> }} />
          </p>
        </section>

        <section className="panel" aria-labelledby="cap">
          <h2 id="cap">{t("urgentHelp.cap.heading")}</h2>
          <p>
            {capPhone ? (
              <Interpolate text={t("urgentHelp.cap.bodyWithNumber")} values={{ phone: <Phone number={capPhone} /> }} />
            ) : (
              t("urgentHelp.cap.bodyWithoutNumber")
            )}
          </p>
        </section>

        <section className="panel" aria-labelledby="samaritans">
          <h2 id="samaritans">{t("urgentHelp.samaritans.heading")}</h2>
          <p>
            <Interpolate text={t("urgentHelp.samaritans.body")} values={{ phone: <Phone number="116 123" /> }} />
          </p>
        </section>

        <section className="panel" aria-labelledby="shout">
          <h2 id="shout">{t("urgentHelp.shout.heading")}</h2>
          <p>
            <Interpolate
              text={t("urgentHelp.shout.body")}
              values={{ phone: <a href="sms:85258?body=SHOUT">85258</a> }}
            />
          </p>
        </section>

        <h2>{t("urgentHelp.cafes.heading")}</h2>
        <p>{t("urgentHelp.cafes.body")}</p>
        <p>
          <Link to={localePath("/")} className="nhsuk-action-link">
            <span className="nhsuk-action-link__text">{t("urgentHelp.cafes.link")}</span>
          </Link>
        </p>
      </div>
    </div>
  );
}
