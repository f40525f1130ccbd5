import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { daysAgo, describeSession, validityText } from "~/components/manage/schedule-text";
import { formatInstant } from "~/lib/dates";
import { StatusSummary } from "~/components/manage/StatusTag";
import { WeekTable } from "~/components/hours/WeekTable";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { daysSinceVerified, listingFreshness } from "~/modules/schedule";
import { byIntent, replyMessages } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { todaysBookingCount } from "~/modules/bookings/index.server";
import { confirmHours, getManagedCafe, hoursPreview } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requireCafe, requirePermission } from "~/modules/identity/index.server";
import { refused } from "~/platform/responses.server";
import { now } from "~/platform/clock.server";
import { readSubmission } from "~/platform/forms.server";
import { z } from "zod";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.cafe.name ?? ""} – ${t("manage.overview.title")} – ${t("brand.appName")}` },
];

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe(args, "cafe.view", getManagedCafe);
  const at = now();
  const hours = hoursPreview(cafe, cafe);
  return {
    cafe: {
      id: cafe.id,
      name: cafe.name,
      slug: cafe.slug,
      capPlacesDefault: cafe.capPlacesDefault,
      hoursVerifiedAt: cafe.hoursVerifiedAt ? formatInstant(cafe.hoursVerifiedAt) : null,
      sessions: cafe.sessions.map((s) => ({
        id: s.id,
        text: describeSession(s),
        validity: validityText(s.validFrom, s.validUntil),
        offer: s.offer?.title ?? null,
      })),
    },
    canEdit: can(user, "cafe.edit", { cafeId }),
    bookingsToday: await todaysBookingCount(cafeId, at),
    canSeeBookings: can(user, "cafe.bookings", { cafeId }),
    status: hours.status,
    days: daysSinceVerified(cafe.hoursVerifiedAt, at),
    freshness: listingFreshness(cafe.hoursVerifiedAt, at),
    today: hours.today,
    week: hours.plan,
  };
}

/** The page's one button: the hours are still right. */
const overviewForms = byIntent({ "confirm-hours": z.object({}) });

export async function action({ request, params }: ActionFunctionArgs) {
  const cafeId = params.cafeId ?? "";
  const user = await requirePermission(request, "cafe.edit", { cafeId });
  const read = await readSubmission(request, overviewForms);
  if (!read.ok) return read.response;
  const result = await confirmHours(user, cafeId);
  if (!result.ok) refused(result);
  return redirect(`/manage/cafes/${cafeId}?confirmed=1`);
}

export default function CafeOverview() {
  const { cafe, canEdit, bookingsToday, canSeeBookings, status, days, freshness, today, week } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const confirmed = params.get("confirmed") === "1";
  return (
    <>
      <ErrorSummary errors={replyMessages(actionData)} />
      <h1>{t("manage.overview.title")}</h1>
      {confirmed ? (
        <SavedNotice>{t("manage.overview.confirmed")}</SavedNotice>
      ) : null}

      <h2 className="nhsuk-heading-m">{t("manage.overview.statusHeading")}</h2>
      <StatusSummary status={status} />
      <p>
        <Link to={`/cafes/${cafe.slug}`}>{t("manage.overview.publicLink")}</Link>
      </p>

      <h2 className="nhsuk-heading-m">{t("bookings.cafe.overviewHeading")}</h2>
      <p>
        {t("bookings.cafe.todayCount", { count: bookingsToday })}
        {canSeeBookings ? (
          <>
            {" "}
            <Link to={`/manage/cafes/${cafe.id}/bookings`}>{t("bookings.cafe.seeBookings")}</Link>
          </>
        ) : null}
      </p>

      <h2 className="nhsuk-heading-m">{t("manage.overview.checkedHeading")}</h2>
      <p className={`manage-checked manage-checked--${freshness}`}>
        {cafe.hoursVerifiedAt ? t("manage.checked.onInstant", { when: cafe.hoursVerifiedAt, ago: daysAgo(days ?? 0) }) : t("manage.checked.never")}
      </p>
      {freshness !== "fresh" ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">{t("manage.overview.checkDueHeading")}</h3>
          <p>{freshness === "stale" ? t("manage.overview.staleBody") : t("manage.overview.dueBody")}</p>
        </div>
      ) : null}
      {canEdit ? (
        <Form method="post" className="manage-form">
          <input type="hidden" name="intent" value="confirm-hours" />
          <button type="submit" className="nhsuk-button" disabled={navigation.state === "submitting"}>
            {t("manage.overview.confirmButton")}
          </button>
          <p className="nhsuk-hint">{t("manage.overview.confirmHint")}</p>
        </Form>
      ) : null}

      <h2 className="nhsuk-heading-m">{t("manage.overview.weekHeading")}</h2>
      <WeekTable plan={week} today={today} caption={t("manage.week.caption")} />

      <h2 className="nhsuk-heading-m">{t("manage.overview.usualHeading")}</h2>
      {cafe.sessions.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {cafe.sessions.map((s) => (
            <li key={s.id}>
              {s.text}
              {s.offer ? `: ${s.offer}` : ""}
              {s.validity ? ` (${s.validity})` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("manage.overview.noSessions")}</p>
      )}
      <p>{t("manage.overview.capDefault", { places: cafe.capPlacesDefault })}</p>
    </>
  );
}
