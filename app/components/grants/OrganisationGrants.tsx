import { Form, Link } from "@remix-run/react";
import { formatLondonDateTime } from "~/components/grants/dates";
import { t, type MessageKey } from "~/lib/i18n";
import { awardLink, formatPounds } from "~/modules/grants";

export type OrganisationGrantsData = {
  organisationId: string;
  verified: boolean;
  canApply: boolean;
  rounds: { id: string; title: string; closesAt: string | null; maxAwardPence: number }[];
  applications: { id: string; reference: string; status: string; cafeName: string; requestedPence: number; round: { title: string } }[];
};

/** The grants part of an organisation's home: its applications, and the rounds it may apply to now. */
export function OrganisationGrants({ data }: { data: OrganisationGrantsData }) {
  return (
    <section aria-labelledby="grants-heading">
      <h2 id="grants-heading">{t("grants.org.heading")}</h2>
      {!data.verified ? <p className="nhsuk-inset-text">{t("grants.org.notVerified")}</p> : null}
      {data.applications.length ? (
        <table className="data-table">
          <caption className="nhsuk-u-visually-hidden">{t("grants.org.applicationsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("grants.org.col.reference")}</th>
              <th scope="col">{t("grants.org.col.round")}</th>
              <th scope="col">{t("grants.org.col.cafe")}</th>
              <th scope="col">{t("grants.org.col.amount")}</th>
              <th scope="col">{t("grants.org.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {data.applications.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/organisation/applications/${a.id}`}>{a.reference}</Link>
                </th>
                <td>{a.round.title}</td>
                <td>{a.cafeName}</td>
                <td>{formatPounds(a.requestedPence)}</td>
                <td>
                  {t(`grants.status.${a.status}` as MessageKey)}
                  {award(a)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("grants.org.noApplications")}</p>
      )}
      <h3>{t("grants.org.openRounds")}</h3>
      {data.rounds.length === 0 ? <p>{t("grants.org.noRounds")}</p> : null}
      {data.rounds.map((r) => (
        <div key={r.id} className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h4 className="nhsuk-card__heading">{r.title}</h4>
            <p>{t("grants.org.roundLine", { closes: r.closesAt ? formatLondonDateTime(r.closesAt) : "", max: formatPounds(r.maxAwardPence) })}</p>
            <p>
              <Link to={`/organisation/rounds/${r.id}?org=${encodeURIComponent(data.organisationId)}`}>{t("grants.guidance.link", { round: r.title })}</Link>
            </p>
            {data.canApply ? (
              <Form method="post" action="/organisation/applications/new">
                <input type="hidden" name="organisationId" value={data.organisationId} />
                <input type="hidden" name="roundId" value={r.id} />
                <button type="submit" className="nhsuk-button nhsuk-button--secondary">
                  {t("grants.org.start", { round: r.title })}
                </button>
              </Form>
            ) : null}
          </div>
        </div>
      ))}
    </section>
  );
}

/** The link to an awarded application's offer, or to its grant once accepted. */
function award(application: { id: string; status: string }) {
  const link = awardLink(application);
  return link ? (
    <>
      {" "}
      <Link to={link.href}>{t(link.label)}</Link>
    </>
  ) : null;
}
