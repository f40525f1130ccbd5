import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { formatInstant, formatInstantDate } from "~/lib/dates";
import { BackLink } from "~/components/manage/BackLink";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { statusLabel } from "~/modules/cafe";
import { t } from "~/lib/i18n";
import { listStaleListings, sendStaleListingReminders } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requirePermission } from "~/modules/identity/index.server";
import { now } from "~/platform/clock.server";
import { readSubmission } from "~/platform/forms.server";
import { z } from "zod";
import manageStyles from "~/styles/manage.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];
export const meta: MetaFunction = () => [{ title: `${t("manage.stale.title")} – ${t("brand.appName")}` }];

/** Admins and commissioners: listings whose hours were not confirmed for 60 days or more. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "listings.stale");
  const listings = await listStaleListings(now());
  return {
    canRemind: can(user, "listings.remind"),
    listings: listings.map((l) => ({
      ...l,
      checked: l.hoursVerifiedAt ? formatInstantDate(l.hoursVerifiedAt) : null,
      reminded: l.staleReminderSentAt ? formatInstant(l.staleReminderSentAt) : null,
      status: statusLabel(l.status),
    })),
  };
}

/** Admins: send the reminders that are due now, without waiting for the hourly run. */
export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "listings.remind");
  const read = await readSubmission(request, z.object({}));
  if (!read.ok) return read.response;
  const result = await sendStaleListingReminders(now());
  return redirect(`/manage/stale?reminded=${result.cafes}`);
}

export default function StaleListings() {
  const { listings, canRemind } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const reminded = params.get("reminded");
  return (
    <>
      <BackLink to="/manage">{t("manage.backToDashboard")}</BackLink>
      <h1>{t("manage.stale.title")}</h1>
      {reminded !== null ? (
        <SavedNotice>{t("manage.stale.remindedNow", { count: Number(reminded) || 0 })}</SavedNotice>
      ) : null}
      <p>{t("manage.stale.intro")}</p>
      {listings.length === 0 ? (
        <p>{t("manage.stale.none")}</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            {t("manage.stale.caption", { count: listings.length })}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">{t("manage.stale.col.cafe")}</th>
              <th scope="col" className="nhsuk-table__header">{t("manage.stale.col.checked")}</th>
              <th scope="col" className="nhsuk-table__header">{t("manage.stale.col.managers")}</th>
              <th scope="col" className="nhsuk-table__header">{t("manage.stale.col.reminded")}</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {listings.map((l) => (
              <tr key={l.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  <Link to={`/manage/cafes/${l.id}`}>{l.name}</Link>
                  <span className="manage-line manage-muted">
                    {l.town} · {l.status}
                  </span>
                </td>
                <td className="nhsuk-table__cell">
                  {l.daysSinceChecked === null
                    ? t("manage.stale.never")
                    : t("manage.stale.daysAgo", { days: l.daysSinceChecked, date: l.checked ?? "" })}
                  {l.stale ? (
                    <>
                      {" "}
                      <strong className="nhsuk-tag nhsuk-tag--red">{t("manage.stale.publicWarning")}</strong>
                    </>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell">
                  {l.managers.length ? (
                    <ul className="nhsuk-list">
                      {l.managers.map((m) => (
                        <li key={m.email}>
                          {m.name} <a href={`mailto:${m.email}`}>{m.email}</a>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t("manage.stale.noManagers")
                  )}
                </td>
                <td className="nhsuk-table__cell">{l.reminded ?? t("manage.stale.notReminded")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canRemind ? (
        <Form method="post">
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            {t("manage.stale.sendNow")}
          </button>
          <p className="nhsuk-hint">{t("manage.stale.sendNowHint")}</p>
        </Form>
      ) : null}
    </>
  );
}
