import { Link } from "@remix-run/react";
import { Interpolate, Phone } from "~/components/Interpolate";
import { ft, milesText } from "./text";
import { localePath } from "~/lib/i18n";

/** At the top of the results when no café is open now: says so plainly, with the urgent help options. */
export function NoCafeOpen({ capPhone }: { capPhone: string | null }) {
  return (
    <section className="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent none-open" aria-labelledby="none-open-heading">
      <div className="nhsuk-card--care__heading-container">
        <h2 className="nhsuk-card--care__heading" id="none-open-heading">
          {ft("finder.noneOpen.heading")}
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true" />
      </div>
      <div className="nhsuk-card__content">
        <p>{ft("finder.noneOpen.body")}</p>
        <ul>
          <li>
            <Interpolate text={ft("finder.noneOpen.danger")} values={{ phone: <Phone number="999" /> }} />
          </li>
          <li>
            <Interpolate text={ft("finder.noneOpen.nhs111")} values={{ phone: <Phone number="111" /> }} />
          </li>
          {capPhone ? (
            <li>
              <Interpolate text={ft("finder.noneOpen.capWithNumber")} values={{ phone: <Phone number={capPhone} /> }} />
            </li>
          ) : null}
          <li>
            <Interpolate text={ft("finder.noneOpen.samaritans")} values={{ phone: <Phone number="116 123" /> }} />
          </li>
          <li>
            <Interpolate text={ft("finder.noneOpen.shout")} values={{ phone: <a href="sms:85258?body=SHOUT">85258</a> }} />
          </li>
        </ul>
        <p>{ft("finder.noneOpen.later")}</p>
      </div>
    </section>
  );
}

/** A search outside Leicester, Leicestershire and Rutland: what the service covers and the national options. */
/** A search from outside Leicester, Leicestershire and Rutland: what is listed is far away (`body`: what the list is). */
export function OutsideArea({ body }: { body?: string }) {
  return (
    <div className="nhsuk-inset-text outside-area">
      <span className="nhsuk-u-visually-hidden">{ft("finder.results.outside.label")} </span>
      <h2 className="nhsuk-heading-s">{ft("finder.results.outside.heading")}</h2>
      <p>{body ?? ft("finder.results.outside.body")}</p>
      <p>
        <Interpolate
          text={ft("finder.results.outside.national")}
          values={{ nhs111: <Phone number="111" label="NHS 111" />, samaritans: <Phone number="116 123" /> }}
        />
      </p>
    </div>
  );
}

/** None of the listed cafés is open now, but another one is (one matching the chosen filters, if any). */
export function NearestOpen({ cafe }: { cafe: { slug: string; name: string; miles: number | null; filtered: boolean } }) {
  const link = <Link to={localePath(`/cafes/${cafe.slug}`)}>{cafe.name}</Link>;
  return (
    <p className="nearest-open">
      {cafe.miles !== null ? (
        <Interpolate
          text={ft(cafe.filtered ? "finder.results.nearestOpenMatching" : "finder.results.nearestOpen", { distance: milesText(cafe.miles).replace(/ away$/, "") })}
          values={{ name: link }}
        />
      ) : (
        <Interpolate text={ft(cafe.filtered ? "finder.results.nearestOpenMatchingNoDistance" : "finder.results.nearestOpenNoDistance")} values={{ name: link }} />
      )}
    </p>
  );
}
