import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatShortDayDate } from "~/lib/dates";
import { t } from "~/lib/i18n";
import { addDays } from "~/lib/london-time";
import { bookingCounts } from "~/modules/bookings/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { todayInLondon } from "~/platform/clock.server";
import { forbidden } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("bookings.counts.title")} – ${t("brand.appName")}` }];

const STATUSES = ["booked", "arrived", "did-not-attend", "cancelled"] as const;

/** The CAP's bookings as anonymous counts per day, café and footprint: all commissioners see of bookings. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "coverage.view");
  const today = todayInLondon();
  const from = addDays(today, -30);
  const to = addDays(today, 7);
  const counts = await bookingCounts(user, from, to);
  if (!counts) throw forbidden();
  const rows = new Map<string, { date: string; cafe: string; footprint: string | null; counts: Record<string, number> }>();
  for (const c of counts) {
    const key = `${c.date}|${c.cafeId}`;
    const row = rows.get(key) ?? { date: c.date, cafe: c.cafe, footprint: c.footprint, counts: {} };
    row.counts[c.status] = (row.counts[c.status] ?? 0) + c.count;
    rows.set(key, row);
  }
  return { from, to, rows: [...rows.values()] };
}

export default function BookingCounts() {
  const { from, to, rows } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("bookings.counts.title")}</h1>
      <p className="nhsuk-lede-text">{t("bookings.counts.intro", { from: formatShortDayDate(from), to: formatShortDayDate(to) })}</p>
      {rows.length ? (
        <table className="data-table">
          <caption className="nhsuk-table__caption">{t("bookings.counts.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("bookings.counts.date")}</th>
              <th scope="col">{t("bookings.counts.cafe")}</th>
              <th scope="col">{t("bookings.counts.footprint")}</th>
              {STATUSES.map((s) => (
                <th scope="col" key={s}>
                  {t(`bookings.status.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.date}|${r.cafe}`}>
                <td>{formatShortDayDate(r.date)}</td>
                <td>{r.cafe}</td>
                <td>{r.footprint ?? "—"}</td>
                {STATUSES.map((s) => (
                  <td key={s}>{r.counts[s] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("bookings.counts.none")}</p>
      )}
      <p>
        <Link to="/coverage">{t("bookings.counts.back")}</Link>
      </p>
    </>
  );
}
