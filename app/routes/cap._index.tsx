import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextField } from "~/components/forms";
import { formatInstantTime } from "~/lib/dates";
import { t } from "~/lib/i18n";
import { cafesForCaller, type CapCafe } from "~/modules/bookings/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { now } from "~/platform/clock.server";
import { geocode } from "~/modules/geo/index.server";

export const meta: MetaFunction = () => [{ title: `${t("cap.title")} – ${t("brand.appName")}` }];

const querySchema = z.object({ q: z.string().max(200).catch("").default("") });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "cap.use");
  const { q } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const query = q.trim();
  if (!query) return { q, error: null, place: null, cafes: [] as CapCafe[] };
  const found = await geocode(query);
  if (!found.ok) {
    const message =
      found.reason === "empty"
        ? t("cap.error.empty")
        : [t("cap.error.notFound", { input: found.input }), found.suggestions.length ? t("cap.error.suggestions", { names: found.suggestions.join(", ") }) : ""]
            .filter(Boolean)
            .join(" ");
    return { q, error: message, place: null, cafes: [] as CapCafe[] };
  }
  const cafes = await cafesForCaller({ lat: found.lat, lng: found.lng }, now());
  return { q, error: null, place: { label: found.label, inLLR: found.inLLR }, cafes };
}

function placesText(count: number) {
  if (count === 0) return t("cap.noPlaces");
  return count === 1 ? t("cap.onePlace") : t("cap.places", { count });
}

export default function CapHome() {
  const { q, error, place, cafes } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("cap.title")}</h1>
      <p className="nhsuk-lede-text">{t("cap.intro")}</p>
      <div className="nhsuk-inset-text">
        <p>{t("cap.bookingNotYet")}</p>
      </div>
      <ErrorSummary errors={error ? { q: error } : undefined} />
      <Form method="get" className="search-form" role="search" aria-label={t("cap.searchFormLabel")}>
        <TextField name="q" label={t("cap.searchLabel")} hint={t("cap.searchHint")} error={error ?? undefined} defaultValue={q} width={20} autoComplete="off" />
        <button type="submit" className="nhsuk-button">
          {t("cap.searchButton")}
        </button>
      </Form>

      {place ? (
        <section aria-labelledby="cap-results">
          <h2 id="cap-results">{t("cap.resultsHeading", { place: place.label })}</h2>
          {place.inLLR ? null : <p>{t("cap.outsideLLR")}</p>}
          <ol className="nhsuk-list cap-results">
            {cafes.map(({ listing, phone, sessionsToday }) => (
              <li key={listing.slug} className="panel">
                <h3 className="nhsuk-heading-s">
                  {listing.name}
                  {listing.miles !== null ? <span className="nhsuk-body-s"> — {t("cap.distance", { miles: listing.miles.toFixed(1) })}</span> : null}
                </h3>
                <p>
                  <strong className={`tag ${listing.openNow ? "tag--green" : ""}`}>{listing.status.label}</strong> {listing.status.text}
                </p>
                <p className="nhsuk-body-s">{listing.address}</p>
                <p>{phone ? t("cap.phone", { phone }) : t("cap.noPhone")}</p>
                <h4 className="nhsuk-heading-xs">{t("cap.todayHeading")}</h4>
                {sessionsToday.length ? (
                  <ul>
                    {sessionsToday.map((s) => (
                      <li key={s.start}>
                        {formatInstantTime(s.start)}–{formatInstantTime(s.end)}
                        {s.label ? ` (${s.label})` : ""}: <strong>{placesText(s.capPlaces)}</strong>
                        {s.runningNow ? ` — ${t("cap.runningNow")}` : ""}
                        {s.confirmed ? "" : ` — ${t("cap.unconfirmed")}`}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("cap.noMoreToday")}</p>
                )}
                <p className="nhsuk-body-s">
                  <Link to={`/cafes/${listing.slug}`}>
                    {t("cap.cafePage")}<span className="nhsuk-u-visually-hidden">: {listing.name}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
