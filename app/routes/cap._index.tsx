import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CapOptionList, sessionText } from "~/components/cap-options";
import { ChoiceGroup, ErrorSummary, SelectField, TextField } from "~/components/forms";
import { formatInstantTime, formatShortDayDate } from "~/lib/dates";
import { t } from "~/lib/i18n";
import { capSearchParams, choosableDates, parseCapSearch, WHEN_KINDS, type CapOption } from "~/modules/bookings";
import { cafesForCaller, capBookings, findPlaces, type CapCafe } from "~/modules/bookings/index.server";
import { filterOptions } from "~/modules/cafe/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { now } from "~/platform/clock.server";
import { milesText } from "~/components/finder/text";

export const meta: MetaFunction = () => [{ title: `${t("cap.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "cap.use");
  const search = parseCapSearch(new URL(request.url).searchParams);
  const at = now();
  const base = {
    q: search.q,
    search,
    searchParams: capSearchParams(search),
    dates: choosableDates(at),
    tags: await filterOptions({ languages: search.languages, audiences: search.audiences, access: search.access }),
    bookings: (await capBookings(user, at)).map((b) => ({ ...b, callerName: null, callbackNumber: null, needs: null })),
  };
  const none = { error: null, place: null, cafes: [] as CapCafe[], options: [] as CapOption[] };
  if (!search.q) return { ...base, ...none };
  const found = await findPlaces(search, at);
  if (!found.ok) {
    const message =
      found.reason === "empty"
        ? t("cap.error.empty")
        : [t("cap.error.notFound", { input: found.input }), found.suggestions.length ? t("cap.error.suggestions", { names: found.suggestions.join(", ") }) : ""]
            .filter(Boolean)
            .join(" ");
    return { ...base, ...none, error: message };
  }
  const cafes = await cafesForCaller(found.point, at);
  return { ...base, error: null, place: found.place, cafes, options: found.options };
}

function placesText(count: number) {
  if (count === 0) return t("cap.noPlaces");
  return count === 1 ? t("cap.onePlace") : t("cap.places", { count });
}

export default function CapHome() {
  const { q, search, searchParams, dates, tags, bookings, error, place, cafes, options } = useLoaderData<typeof loader>();
  const any = { value: "", label: t("bookings.needs.any") };
  const tagChoices = (list: { slug: string; label: string }[]) => [any, ...list.map((tag) => ({ value: tag.slug, label: tag.label }))];
  return (
    <>
      <h1>{t("cap.title")}</h1>
      <p className="nhsuk-lede-text">{t("cap.intro")}</p>
      <ErrorSummary errors={error ? { q: error } : undefined} />
      <Form method="get" className="search-form" role="search" aria-label={t("bookings.search.formLabel")}>
        <TextField name="q" label={t("cap.searchLabel")} hint={t("cap.searchHint")} error={error ?? undefined} defaultValue={q} width={20} autoComplete="off" />
        <ChoiceGroup
          name="when"
          type="radio"
          small
          legend={t("bookings.when.label")}
          options={WHEN_KINDS.map((kind) => ({ value: kind, label: t(`bookings.when.${kind}`) }))}
          selected={[search.when.kind]}
        />
        <SelectField
          name="date"
          label={t("bookings.when.dateLabel")}
          options={dates.map((d) => ({ value: d, label: formatShortDayDate(d) }))}
          defaultValue={search.when.kind === "date" ? search.when.date : dates[1]}
        />
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t("bookings.needs.legend")}</legend>
          <SelectField name="lang" label={t("bookings.needs.language")} options={tagChoices(tags.language)} defaultValue={search.languages[0] ?? ""} />
          <SelectField name="for" label={t("bookings.needs.audience")} options={tagChoices(tags.audience)} defaultValue={search.audiences[0] ?? ""} />
          <SelectField name="access" label={t("bookings.needs.access")} options={tagChoices(tags.access)} defaultValue={search.access[0] ?? ""} />
        </fieldset>
        <button type="submit" className="nhsuk-button">
          {t("cap.searchButton")}
        </button>
      </Form>

      {place ? (
        <>
          <section aria-labelledby="cap-options">
            <h2 id="cap-options">{t("bookings.results.heading", { place: place.gp ? t("bookings.search.gp", { name: place.label }) : place.label })}</h2>
            {place.inLLR ? null : <p>{t("cap.outsideLLR")}</p>}
            {options.length ? <CapOptionList options={options} search={searchParams} /> : <p>{t("bookings.results.none")}</p>}
          </section>
          <section aria-labelledby="cap-results">
            <h2 id="cap-results">{t("cap.resultsHeading", { place: place.label })}</h2>
            <ol className="nhsuk-list cap-results">
              {cafes.map(({ listing, phone, sessionsToday }) => (
                <li key={listing.slug} className="panel">
                  <h3 className="nhsuk-heading-s">
                    {listing.name}
                    {listing.miles !== null ? <span className="nhsuk-body-s"> — {milesText(listing.miles)}</span> : null}
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
                      {t("cap.cafePage")}
                      <span className="nhsuk-u-visually-hidden">: {listing.name}</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}

      <section aria-labelledby="cap-bookings">
        <h2 id="cap-bookings">{t("bookings.cap.listHeading")}</h2>
        {bookings.length ? (
          <ul className="nhsuk-list cap-bookings">
            {bookings.map((b) => (
              <li key={b.id}>
                <Link to={`/cap/bookings/${b.reference}`}>{b.reference}</Link>: {b.cafe.name}, {sessionText({ ...b, label: null })} —{" "}
                {t(`bookings.status.${b.status}`)}
                {b.status === "cancelled" && b.cancelReason
                  ? ` (${t(b.cancelledBy === "cafe" ? "bookings.done.cancelledBy.cafe" : "bookings.done.cancelledBy.cap", { reason: b.cancelReason })})`
                  : ""}
                {b.flag ? <strong className="tag"> {t(`bookings.flag.${b.flag}`)}</strong> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("bookings.cap.listNone")}</p>
        )}
      </section>
    </>
  );
}
