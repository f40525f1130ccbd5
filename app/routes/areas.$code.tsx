import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CafeList } from "~/components/finder/CafeCard";
import { ft } from "~/components/finder/text";
import { formatDayDate } from "~/lib/dates";
import { t, localePath } from "~/lib/i18n";
import { publicAreaPage } from "~/modules/finder/index.server";
import finderStyles from "~/styles/finder.css";
import { pageLocale } from "~/platform/page-locale.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: finderStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${ft("finder.area.metaTitle", { name: data.footprint.name })} – ${t("brand.name")}` : `${t("notFound.title")} – ${t("brand.name")}` },
];

/** /areas/<slug or code>: a footprint's cafés with their status now. Unknown → 404 with the search box. */
export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  const { request, params } = args;
  const code = params.code ?? "";
  const page = await publicAreaPage(code);
  if (!page) throw new Response("Not found", { status: 404 });
  // Its slug or its code typed in another case ("/areas/Aegis-Healthcare", "/areas/u00147"): moved (301) to
  // the address every link uses, the slug.
  const { slug, code: odsCode } = page.footprint;
  if (code !== slug && code !== odsCode) throw redirect(localePath(`/areas/${slug}${new URL(request.url).search}`), 301);
  return page;
}

export default function Area() {
  const { footprint, cafes, paused, practices, nearby } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <p className="nhsuk-caption-l">
          {ft(footprint.kind === "pcn" ? "finder.area.caption" : "finder.area.captionLocal", { area: footprint.area })}
        </p>
        <h1>{footprint.name}</h1>
        {!footprint.active && footprint.closedOn ? <p className="nhsuk-inset-text">{ft("finder.area.closed", { date: formatDayDate(footprint.closedOn) })}</p> : null}

        <section aria-labelledby="area-cafes">
          <h2 id="area-cafes">{ft("finder.area.cafes")}</h2>
          {cafes.length > 0 ? <CafeList cafes={cafes} /> : <p>{ft("finder.area.none")}</p>}
          {paused.length > 0 ? (
            <ul className="nhsuk-list">
              {paused.map((c) => (
                <li key={c.slug} className="finder-result">
                  <h3 className="finder-result__name">
                    <Link to={localePath(`/cafes/${c.slug}`)}>{c.name}</Link>
                  </h3>
                  <p>
                    <strong className="nhsuk-tag nhsuk-tag--grey">{ft("finder.area.paused")}</strong> {ft("finder.area.pausedNote")}
                  </p>
                  <p>{c.address}</p>
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        {nearby.length > 0 ? (
          <section aria-labelledby="area-nearby">
            <h2 id="area-nearby">{ft("finder.area.nearby")}</h2>
            <CafeList cafes={nearby} />
          </section>
        ) : null}

        {practices.length > 0 ? (
          <section aria-labelledby="area-practices">
            <h2 id="area-practices">{ft("finder.area.practices")}</h2>
            <ul>
              {practices.map((p) => (
                <li key={p.code}>{p.town ? `${p.name}, ${p.town}` : p.name}</li>
              ))}
            </ul>
            <p className="nhsuk-body-s">{ft("finder.area.approximate")}</p>
          </section>
        ) : null}

        <p>
          <Link to={localePath("/areas")}>{ft("finder.area.all")}</Link>
        </p>
      </div>
    </div>
  );
}
