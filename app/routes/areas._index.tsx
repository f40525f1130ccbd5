import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { Link, useLoaderData } from "@remix-run/react";
import { ft } from "~/components/finder/text";
import { t, localePath } from "~/lib/i18n";
import { publicAreas } from "~/modules/finder/index.server";
import finderStyles from "~/styles/finder.css";
import { pageLocale } from "~/platform/page-locale.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: finderStyles }];

export const meta: MetaFunction = () => [{ title: `${ft("finder.areas.metaTitle")} – ${t("brand.name")}` }];

export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  return { groups: await publicAreas() };
}

function countText(count: number) {
  if (count === 0) return ft("finder.areas.countNone");
  return count === 1 ? ft("finder.areas.countOne") : ft("finder.areas.count", { count });
}

/** /areas: every footprint (primary care network) active today, by area, with its number of cafés. */
export default function Areas() {
  const { groups } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{ft("finder.areas.heading")}</h1>
        <p className="nhsuk-lede-text">{ft("finder.areas.intro")}</p>
        {groups.map((group) => (
          <section key={group.area} aria-labelledby={`area-${group.area}`}>
            <h2 id={`area-${group.area}`}>{group.area}</h2>
            <ul className="area-list">
              {group.footprints.map((f) => (
                <li key={f.code}>
                  <Link to={localePath(`/areas/${f.slug}`)}>{f.name}</Link>
                  <span className="area-list__count">{countText(f.cafes)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
