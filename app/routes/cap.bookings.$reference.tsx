import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { t } from "~/lib/i18n";
import { callerSummary, normaliseReference } from "~/modules/bookings";
import { bookingByReference } from "~/modules/bookings/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t("bookings.done.title", { reference: data.reference }) : t("notFound.title")} – ${t("brand.appName")}` },
];

/** A booking made: its reference, and the plain-text summary to read out or send to the caller. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "cap.use");
  const reference = normaliseReference(params.reference ?? "");
  const booking = reference ? await bookingByReference(user, reference) : null;
  if (!booking) throw notFound();
  return { reference: booking.reference, summary: callerSummary({ ...booking, cafe: booking.cafe.name, address: booking.cafe.address, phone: booking.cafe.phone }) };
}

export default function Booked() {
  const { reference, summary } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="nhsuk-panel nhsuk-panel--confirmation">
        <h1 className="nhsuk-panel__title">{t("bookings.done.title", { reference })}</h1>
      </div>
      <h2>{t("bookings.done.summaryHeading")}</h2>
      <pre className="cap-summary" tabIndex={0} aria-label={t("bookings.done.summaryHeading")}>
        {summary}
      </pre>
      <p>
        <Link to="/cap">{t("bookings.done.another")}</Link>
      </p>
    </>
  );
}
