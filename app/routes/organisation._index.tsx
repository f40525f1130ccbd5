import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { Link, useLoaderData } from "@remix-run/react";
import { CafeTable } from "~/components/CafeTable";
import { SummaryRow } from "~/components/SummaryRow";
import { t } from "~/lib/i18n";
import { getOrganisationHome, organisationChoices, organisationNames } from "~/modules/organisation/index.server";
// ---- grants: award
import { applicationStatusLabel, money } from "~/components/grants/AwardParts";
import { listOwnAwards } from "~/modules/grants/index.server";
import { can, ownedIds } from "~/modules/identity";
import { authorise, requirePermission } from "~/modules/identity/index.server";
import { VisibilityNotice } from "~/components/partners/VisibilityNotice";
import { managedProfile, managedServices } from "~/modules/partners/index.server";
import { notFound } from "~/platform/responses.server";
// Grants (apply)
import { OrganisationGrants, type OrganisationGrantsData } from "~/components/grants/OrganisationGrants";
import { listOpenRounds, listOrganisationApplications, organisationVerified } from "~/modules/grants/index.server";

export const meta: MetaFunction = () => [{ title: `${t("homes.org.caption")} – ${t("brand.appName")}` }];

/**
 * The organisation member's home: /organisation shows their organisation; /organisation?org=<id>
 * picks one when they belong to several. Another organisation's id answers 403, whether or not it
 * exists. Admins may open any organisation.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "organisation.act");
  const requested = new URL(request.url).searchParams.get("org");
  const memberOf = [...new Set(ownedIds(user, "organisation.act"))];

  let organisationId: string | null = null;
  if (requested) {
    authorise(user, "organisation.act", { organisationId: requested });
    organisationId = requested;
  } else if (memberOf.length === 1) {
    organisationId = memberOf[0]!;
  }

  if (organisationId) {
    const organisation = await getOrganisationHome(organisationId);
    if (!organisation) throw notFound();
    const partnerServices = (await managedServices(organisationId)).map((s) => ({ id: s.id, name: s.name, hidden: s.hiddenAt ? (s.hiddenReason ?? "") : null }));
    const profile = await managedProfile(organisationId);
    const visibility = { verified: !!profile?.verifiedAt, organisationHidden: profile?.hiddenAt ? (profile.hiddenReason ?? "") : null };
    // Grants (apply): the organisation's applications and the rounds open now
    const [applications, rounds, verified] = await Promise.all([
      listOrganisationApplications(organisationId),
      listOpenRounds(),
      organisationVerified(organisationId),
    ]);
    const grants: OrganisationGrantsData = {
      organisationId,
      verified,
      canApply: can(user, "organisation.apply", { organisationId }) && !can(user, "admin"),
      rounds: rounds.map((r) => ({ id: r.id, title: r.title, closesAt: r.closesAt?.toISOString() ?? null, maxAwardPence: r.maxAwardPence })),
      applications,
    };
    // ---- grants: award
    const awards = (await listOwnAwards(user)).filter((a) => a.organisationId === organisationId);
    return { view: "organisation" as const, organisation: { ...organisation, partnerServices, visibility }, choices: null, grants, awards };
  }
  if (memberOf.length > 1) {
    return { view: "choose" as const, organisation: null, choices: await organisationNames(memberOf) };
  }
  if (can(user, "admin")) {
    return { view: "admin" as const, organisation: null, choices: await organisationChoices() };
  }
  return { view: "none" as const, organisation: null, choices: null };
}

function Detail({ label, value }: { label: string; value: string | null }) {
  return <SummaryRow label={label}>{value || t("homes.org.notGiven")}</SummaryRow>;
}

export default function OrganisationHome() {
  const data = useLoaderData<typeof loader>();

  if (data.view === "choose" || data.view === "admin") {
    return (
      <>
        <h1>{data.view === "admin" ? t("homes.org.adminTitle") : t("homes.org.chooseTitle")}</h1>
        <p>{data.view === "admin" ? t("homes.org.adminIntro") : t("homes.org.choose")}</p>
        <ul className="nhsuk-list">
          {(data.choices ?? []).map((o) => (
            <li key={o.id}>
              <Link to={`/organisation?org=${encodeURIComponent(o.id)}`}>{o.name}</Link>
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (data.view === "none" || !data.organisation) {
    return (
      <>
        <h1>{t("homes.org.noneTitle")}</h1>
        <p>{t("homes.org.none")}</p>
      </>
    );
  }

  const org = data.organisation;
  const address = [org.addressLine1, org.town, org.postcode].filter(Boolean).join(", ");
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">
          {t("homes.org.caption")}
          {" "}
        </span>
        {org.name}
      </h1>
      {org.isDemo ? <p className="nhsuk-inset-text">{t("homes.org.demo")}</p> : null}

      {/* ---- grants: award */}
      {"awards" in data && data.awards.length ? (
        <>
          <h2>{t("grantsAward.home.orgTitle")}</h2>
          <ul className="nhsuk-list">
            {data.awards.map((a) => (
              <li key={a.id}>
                <Link to={`/organisation/awards/${a.id}`}>{t("grantsAward.home.orgAward", { cafe: a.cafeName, reference: a.reference })}</Link>
                {` — ${applicationStatusLabel(a.status)}, ${money(a.awardedPence)}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t("homes.org.cafesTitle")}</h2>
      {org.cafes.length === 0 ? (
        <p>{t("homes.org.noCafes")}</p>
      ) : (
        <CafeTable cafes={org.cafes.map((c) => ({ id: c.id, name: c.name, place: `${c.town} ${c.postcode}`, status: c.status }))} />
      )}

      {"grants" in data && data.grants ? <OrganisationGrants data={data.grants} /> : null}
      <p>
        <Link to={`/organisation/${org.id}/members`}>{t("members.link")}</Link>
      </p>

      <h2>{t("homes.org.detailsTitle")}</h2>
      <dl className="nhsuk-summary-list">
        <Detail label={t("homes.org.charityNumber")} value={org.charityNumber} />
        <Detail label={t("homes.org.companyNumber")} value={org.companyNumber} />
        <Detail label={t("homes.org.address")} value={address} />
        <Detail label={t("homes.org.contactName")} value={org.contactName} />
        <Detail label={t("homes.org.email")} value={org.email} />
        <Detail label={t("homes.org.phone")} value={org.phone} />
        <Detail label={t("homes.org.website")} value={org.website} />
        <Detail label={t("homes.org.communities")} value={org.communities} />
      </dl>
      <p>{t("homes.org.changeNote")}</p>

      <h2>{t("partners.org.section")}</h2>
      <p>{t("partners.org.sectionIntro")}</p>
      <VisibilityNotice {...org.visibility} />
      <ul className="nhsuk-list">
        <li>
          <Link to={`/organisation/profile?org=${encodeURIComponent(org.id)}`}>{t("partners.org.editProfile")}</Link>
        </li>
        <li>
          <Link to={`/organisation/services/new?org=${encodeURIComponent(org.id)}`}>{t("partners.org.addService")}</Link>
        </li>
        {org.partnerServices.map((s) => (
          <li key={s.id}>
            <Link to={`/organisation/services/${s.id}`}>{s.name}</Link>
            {s.hidden !== null ? <> — {t("partners.org.serviceHidden", { reason: s.hidden })}</> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
