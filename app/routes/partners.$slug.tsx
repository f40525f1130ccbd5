import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ServiceCard } from "~/components/partners/ServiceCard";
import { formatInstantDate } from "~/lib/dates";
import { WrittenInEnglish } from "~/components/shell/Languages";
import { t, localePath } from "~/lib/i18n";
import { partnerProfile } from "~/modules/partners/index.server";
import { notFound } from "~/platform/responses.server";
import { pageLocale } from "~/platform/page-locale.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.profile.name ?? t("partners.title")} – ${t("brand.name")}` }];

/** /partners/<organisation>: a verified group's public profile, its services and the cafés it runs. */
export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  const { params } = args;
  const profile = await partnerProfile(params.slug ?? "");
  if (!profile) throw notFound();
  return { profile };
}

export default function PartnerProfilePage() {
  const { profile } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{profile.name}</h1>
      {profile.isDemo ? <p className="nhsuk-inset-text">{t("partners.profile.demo")}</p> : null}
      {profile.description ? <WrittenInEnglish><p className="nhsuk-lede-text">{profile.description}</p></WrittenInEnglish> : null}
      {profile.communities ? (
        <>
          <h2 className="nhsuk-heading-s">{t("partners.profile.communities")}</h2>
          <WrittenInEnglish><p>{profile.communities}</p></WrittenInEnglish>
        </>
      ) : null}
      {profile.phone || profile.email || profile.website ? (
        <>
          <h2 className="nhsuk-heading-s">{t("partners.profile.contact")}</h2>
          <ul className="nhsuk-list">
            {profile.phone ? <li>{t("partners.service.phone", { phone: profile.phone })}</li> : null}
            {profile.email ? (
              <li>
                <a href={`mailto:${profile.email}`}>{t("partners.service.email", { email: profile.email })}</a>
              </li>
            ) : null}
            {profile.website ? (
              <li>
                <a href={profile.website} rel="noopener noreferrer">
                  {t("partners.service.website")}
                </a>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      <h2>{t("partners.profile.services")}</h2>
      {profile.services.length === 0 ? <p>{t("partners.profile.noServices")}</p> : null}
      {profile.services.map((s) => (
        <ServiceCard key={s.id} service={s} showOrganisation={false} />
      ))}
      {profile.cafes.length ? (
        <>
          <h2>{t("partners.profile.cafes")}</h2>
          <ul className="nhsuk-list">
            {profile.cafes.map((c) => (
              <li key={c.slug}>
                <Link to={localePath(`/cafes/${c.slug}`)}>{c.name}</Link>, {c.town}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="nhsuk-body-s">{profile.checkedAt ? t("partners.service.checked", { date: formatInstantDate(profile.checkedAt) }) : t("partners.service.notChecked")}</p>
      {profile.notConfirmedRecently ? (
        <p className="nhsuk-body-s">
          <strong>{t("partners.profile.notConfirmed")}</strong>
        </p>
      ) : null}
      <p>
        <Link to={localePath("/partners")}>{t("partners.profile.all")}</Link>
      </p>
    </>
  );
}
