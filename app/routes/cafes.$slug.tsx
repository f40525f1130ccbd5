import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { partnersHref } from "~/modules/partners";
import { otherSupportNear } from "~/modules/partners/index.server";
import { CafeList } from "~/components/finder/CafeCard";
import { AccessList } from "~/components/finder/AccessList";
import { StatusLine } from "~/components/finder/StatusLine";
import { ft } from "~/components/finder/text";
import { UpcomingChanges } from "~/components/hours/UpcomingChanges";
import type { OfferTitleOf } from "~/components/hours/OfferTitle";
import { WeekTable } from "~/components/hours/WeekTable";
import { Phone } from "~/components/Interpolate";
import { LazyCafeMap } from "~/components/map/LazyCafeMap";
import { useNonce } from "~/components/nonce";
import { formatDayDate, formatDayMonth, formatInstantDate } from "~/lib/dates";
import { currentLocale, t, localePath, tagLabel } from "~/lib/i18n";
import { langTag, localisedOffer, localisedText, textDirection } from "~/modules/cafe";
import { publicCafePage } from "~/modules/cafe/index.server";
import { useRootData } from "~/root";
import finderStyles from "~/styles/finder.css";
import { pageLocale } from "~/platform/page-locale.server";
import { TagNames, WrittenText } from "~/components/shell/Languages";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: finderStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: `${t("notFound.title")} – ${t("brand.name")}` }];
  const { cafe } = data;
  // The description the page shows: the café team's own translation into the page's language, or as written.
  const description = cafe.description
    ? localisedText({ text: cafe.description, language: cafe.textLanguage }, cafe.descriptionTranslations, currentLocale()).text
    : ft("finder.lede");
  return [
    { title: `${cafe.name}, ${cafe.town} – ${t("brand.name")}` },
    { name: "description", content: description },
  ];
};

export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  const { request, params } = args;
  // Slugs are lower case: an address typed in another case moves (301) to the café's own.
  const slug = params.slug ?? "";
  const page = await publicCafePage(slug.toLowerCase());
  if (!page) throw new Response("Not found", { status: 404 });
  if (slug !== page.cafe.slug) throw redirect(localePath(`/cafes/${page.cafe.slug}${new URL(request.url).search}`), 301);
  return { ...page, nearbySupport: await otherSupportNear(page.cafe.lat, page.cafe.lng) };
}

/** schema.org data for search engines: JSON, with "<" escaped so it can never end the script element. */
function JsonLd({ data }: { data: unknown }) {
  const nonce = useNonce();
  return (
    <script
      type="application/ld+json"
      nonce={nonce || undefined}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}

export default function CafePage() {
  const page = useLoaderData<typeof loader>();
  const { cafe } = page;
  const env = useRootData()?.env;
  /** A note the café's team wrote (not translated): as written, in the café's language. */
  /** Groups' names are written in English: marked so on a page in another language. */
  const groupNameLang = currentLocale() === "en" ? undefined : "en";
  const asWritten = (text: string) => localisedText({ text, language: cafe.textLanguage }, [], currentLocale());
  /** Each offer as the page shows it: in the offers' list and, by its title, in the weeks' sessions and the upcoming changes. */
  const shownOffers = page.offers.map((offer) => localisedOffer(offer, cafe.textLanguage, currentLocale()));
  const offerTitle: OfferTitleOf = ({ sessionId, exceptionId }) => {
    const i = page.offerOf[sessionId ?? exceptionId ?? ""];
    return i === undefined ? null : (shownOffers[i]?.title ?? null);
  };
  return (
    <article className="cafe-page" aria-labelledby="cafe-name">
      <JsonLd data={page.jsonLd} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 id="cafe-name">{cafe.name}</h1>
          <p className="cafe-page__operator">{ft("finder.cafe.runBy", { operator: cafe.operator.name })}</p>

          {cafe.status === "paused" ? (
            <div className="nhsuk-warning-callout cafe-page__notice">
              <h2 className="nhsuk-warning-callout__label">
                {ft("finder.cafe.paused.heading")}
              </h2>
              <p>{ft("finder.cafe.paused.body")}</p>
            </div>
          ) : null}
          {cafe.status === "closed" ? (
            <div className="nhsuk-warning-callout cafe-page__notice">
              <h2 className="nhsuk-warning-callout__label">
                {ft("finder.cafe.closed.heading")}
              </h2>
              <p>{ft("finder.cafe.closed.body")}</p>
            </div>
          ) : null}
          {page.alternatives.length > 0 ? (
            <section className="cafe-page__section" aria-labelledby="alternatives-heading">
              <h2 id="alternatives-heading">{ft("finder.cafe.alternatives")}</h2>
              <CafeList cafes={page.alternatives} />
            </section>
          ) : null}

          {page.status ? <StatusLine status={page.status} /> : null}
          {cafe.status === "open" && cafe.stale ? (
            <p className="cafe-page__stale">{ft(cafe.phone ? "finder.cafe.stale" : "finder.cafe.staleNoPhone")}</p>
          ) : null}

          <section className="cafe-page__section" aria-labelledby="address-heading">
            <h2 id="address-heading">{ft("finder.cafe.address")}</h2>
            <address className="cafe-page__address">
              {cafe.addressLines.map((line) => (
                <span key={line}>
                  {/* As written: in order on a right-to-left page too. */}
                  <span lang={langTag(cafe.textLanguage)} dir={textDirection(cafe.textLanguage)}>
                    {line}
                  </span>
                  <br />
                </span>
              ))}
            </address>
            <p>
              <a
                href={`https://www.openstreetmap.org/directions?to=${cafe.lat}%2C${cafe.lng}`}
                target="_blank"
                rel="noreferrer noopener"
              >
                {ft("finder.cafe.directions")}
              </a>
            </p>
            {cafe.gettingThere ? (
              <>
                <h3>{ft("finder.cafe.gettingThere")}</h3>
                <WrittenText shown={asWritten(cafe.gettingThere)}><p>{cafe.gettingThere}</p></WrittenText>
              </>
            ) : null}
          </section>

          {cafe.phone || cafe.email || cafe.website ? (
            <section className="cafe-page__section" aria-labelledby="contact-heading">
              <h2 id="contact-heading">{ft("finder.cafe.contact")}</h2>
              <dl className="contact-list">
                {cafe.phone ? (
                  <div>
                    <dt>{ft("finder.cafe.phone")}</dt>
                    <dd>
                      <Phone number={cafe.phone} />
                    </dd>
                  </div>
                ) : null}
                {cafe.email ? (
                  <div>
                    <dt>{ft("finder.cafe.email")}</dt>
                    <dd>
                      <a href={`mailto:${cafe.email}`}>{cafe.email}</a>
                    </dd>
                  </div>
                ) : null}
                {cafe.website ? (
                  <div>
                    <dt>{ft("finder.cafe.website")}</dt>
                    <dd>
                      <a href={cafe.website} rel="noreferrer noopener">
                        {cafe.website.replace(/^https?:\/\//, "")}
                      </a>
                    </dd>
                  </div>
                ) : null}
              </dl>
            </section>
          ) : null}

          {cafe.status === "open" ? (
            <section className="cafe-page__section" aria-labelledby="hours-heading">
              <h2 id="hours-heading">{ft("finder.cafe.hours")}</h2>
              <p className="cafe-page__checked">
                {cafe.hoursVerifiedAt ? ft("finder.cafe.checked", { date: formatInstantDate(cafe.hoursVerifiedAt) }) : ft("finder.cafe.neverChecked")}
              </p>
              <WeekTable
                plan={page.thisWeek}
                today={page.today}
                caption={ft("finder.cafe.thisWeekCaption", { date: formatDayMonth(page.thisWeek.weekStart) })}
                offerTitle={offerTitle}
              />
              <WeekTable
                plan={page.nextWeek}
                today={page.today}
                caption={ft("finder.cafe.nextWeekCaption", { date: formatDayMonth(page.nextWeek.weekStart) })}
                offerTitle={offerTitle}
              />
              <UpcomingChanges
                changes={page.upcoming}
                heading={ft("finder.cafe.upcoming")}
                intro={ft("finder.cafe.upcomingIntro", { date: formatDayDate(page.upcomingUntil) })}
                none={ft("finder.cafe.upcomingNone", { date: formatDayDate(page.upcomingUntil) })}
                offerTitle={offerTitle}
              />
              <p>{ft("finder.cafe.urgent")}</p>
            </section>
          ) : null}

          {page.offers.length > 0 && cafe.status === "open" ? (
            <section className="cafe-page__section" aria-labelledby="offers-heading">
              <h2 id="offers-heading">{ft("finder.cafe.offers")}</h2>
              {page.offers.map((offer, i) => {
                const shown = shownOffers[i]!;
                const together = !offer.description || (shown.description.lang === shown.title.lang && shown.description.translatedByCafe === shown.title.translatedByCafe);
                return (
                <div className="cafe-page__offer" key={offer.title}>
                  {together ? (
                    <WrittenText shown={shown.title}>
                      <h3>{shown.title.text}</h3>
                      {offer.description ? <p>{shown.description.text}</p> : null}
                    </WrittenText>
                  ) : (
                    <>
                      <WrittenText shown={shown.title}><h3>{shown.title.text}</h3></WrittenText>
                      <WrittenText shown={shown.description}><p>{shown.description.text}</p></WrittenText>
                    </>
                  )}
                  {offer.sessions.length > 0 ? <p>{offer.sessions.join(", ")}</p> : null}
                  {offer.audiences.length > 0 ? <p>{ft("finder.cafe.offerFor", { audiences: offer.audiences.map(tagLabel).join(", ") })}</p> : null}
                  {offer.languages.length > 0 ? <p>{ft("finder.cafe.offerLanguages", { languages: offer.languages.map(tagLabel).join(", ") })}</p> : null}
                </div>
                );
              })}
            </section>
          ) : null}

          <section className="cafe-page__section" aria-labelledby="who-heading">
            <h2 id="who-heading">{ft("finder.cafe.whoFor")}</h2>
            {cafe.whoFor ? <WrittenText shown={asWritten(cafe.whoFor)}><p>{cafe.whoFor}</p></WrittenText> : <p>{ft("finder.cafe.whoForDefault")}</p>}
            <h2>{ft("finder.cafe.expect")}</h2>
            <p>{ft("finder.cafe.expectBody")}</p>
            {cafe.description ? (
              <>
                <h3>{ft("finder.cafe.about")}</h3>
                {(() => {
                  const shown = localisedText({ text: cafe.description, language: cafe.textLanguage }, cafe.descriptionTranslations, currentLocale());
                  return <WrittenText shown={shown}><p>{shown.text}</p></WrittenText>;
                })()}
              </>
            ) : null}
          </section>

          {page.languages.length > 0 ? (
            <section className="cafe-page__section" aria-labelledby="languages-heading">
              <h2 id="languages-heading">{ft("finder.cafe.languages")}</h2>
              <p>
                <TagNames tags={page.languages} />
              </p>
            </section>
          ) : null}

          {page.access.length > 0 || cafe.accessNotes ? (
            <section className="cafe-page__section" aria-labelledby="access-heading">
              <h2 id="access-heading">{ft("finder.cafe.access")}</h2>
              <AccessList items={page.access} />
              {cafe.accessNotes ? <WrittenText shown={asWritten(cafe.accessNotes)} className="nhsuk-u-margin-top-3"><p>{cafe.accessNotes}</p></WrittenText> : null}
            </section>
          ) : null}

          {cafe.footprint ? (
            <section className="cafe-page__section" aria-labelledby="area-heading">
              <h2 id="area-heading">{ft("finder.cafe.area")}</h2>
              <p>
                <Link to={localePath(`/areas/${cafe.footprint.slug}`)}>{cafe.footprint.name}</Link>
              </p>
              {cafe.coverageSite ? <p>{ft("finder.cafe.university", { name: cafe.coverageSite })}</p> : null}
            </section>
          ) : null}

          {page.nearbySupport.length ? (
            <section className="cafe-page__section" aria-labelledby="support-heading">
              <h2 id="support-heading">{t("partners.nearby.heading")}</h2>
              <p>{t("partners.nearby.intro")}</p>
              <ul className="nhsuk-list">
                {page.nearbySupport.map((r) => (
                  <li key={r.service.id}>
                    <Link to={localePath(`/partners/${r.service.organisation.slug}#service-${r.service.slug}`)} lang={groupNameLang}>{r.service.name}</Link> (<span lang={groupNameLang}>{r.service.organisation.name}</span>
                    {", "}
                    {r.coversArea ? t("partners.results.coversArea") : t("partners.results.miles", { miles: (r.miles ?? 0).toFixed(1) })})
                  </li>
                ))}
              </ul>
              <p>
                <Link to={partnersHref({ location: { lat: Math.round(cafe.lat * 1000) / 1000, lng: Math.round(cafe.lng * 1000) / 1000 } })}>{t("partners.nearby.more")}</Link>
              </p>
            </section>
          ) : null}

          <p className="cafe-page__actions">
            <Link to={localePath(`/cafes/${cafe.slug}/print`)} className="nhsuk-action-link">
              <span className="nhsuk-action-link__text">{ft("finder.cafe.print")}</span>
            </Link>
          </p>
        </div>
      </div>
      {env ? (
        <LazyCafeMap
          heading={ft("finder.cafe.mapHeading")}
          cafes={[{ slug: cafe.slug, name: cafe.name, lat: cafe.lat, lng: cafe.lng, openNow: page.status?.tone === "open" }]}
          tileUrl={env.mapTileUrl}
          attribution={env.mapTileAttribution}
          showFootprintToggle={false}
          size="small"
        />
      ) : null}
    </article>
  );
}
