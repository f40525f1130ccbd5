import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { callerSummary, cancelSchema, normaliseReference } from "~/modules/bookings";
import { bookingByReference, cancelBooking, capBooking } from "~/modules/bookings/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound, refused } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t("bookings.done.title", { reference: data.reference }) : t("notFound.title")} – ${t("brand.appName")}` },
];

/** A booking made: its reference, the plain-text summary to read out or send to the caller, its state, and cancelling it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "cap.use");
  const reference = normaliseReference(params.reference ?? "");
  const booking = reference ? await bookingByReference(user, reference) : null;
  const row = reference ? await capBooking(user, reference) : null;
  if (!booking || !row) throw notFound();
  return {
    id: booking.id,
    reference: booking.reference,
    summary: callerSummary({ ...booking, cafe: booking.cafe.name, address: booking.cafe.address, phone: booking.cafe.phone }),
    status: row.status,
    cancelReason: row.cancelReason,
    cancelledBy: row.cancelledBy,
    flag: row.flag,
  };
}

/** The CAP cancels the booking with a reason the café sees (and is emailed). */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "cap.use");
  const read = await readSubmission(request, cancelSchema, { maxBytes: 10_000 });
  if (!read.ok) return read.response;
  const result = await cancelBooking(user, "cap", read.value.booking, read.value.reason);
  if (!result.ok) refused(result);
  return redirect(`/cap/bookings/${params.reference ?? ""}`);
}

export default function Booked() {
  const { id, reference, summary, status, cancelReason, cancelledBy, flag } = useLoaderData<typeof loader>();
  const { fields, formProps, summary: errors } = useAppForm({ schema: cancelSchema, lastResult: useActionData<typeof action>() });
  return (
    <>
      <ErrorSummary errors={errors} />
      <div className="nhsuk-panel nhsuk-panel--confirmation">
        <h1 className="nhsuk-panel__title">{t("bookings.done.title", { reference })}</h1>
      </div>
      <p>
        <strong>{t("bookings.done.status", { status: t(`bookings.status.${status}`) })}</strong>
        {status === "cancelled" && cancelReason
          ? ` — ${t(cancelledBy === "cafe" ? "bookings.done.cancelledBy.cafe" : "bookings.done.cancelledBy.cap", { reason: cancelReason })}`
          : ""}
      </p>
      {flag ? (
        <div className="nhsuk-warning-callout">
          <p>{t(`bookings.flag.${flag}`)}</p>
        </div>
      ) : null}
      <h2>{t("bookings.done.summaryHeading")}</h2>
      <pre className="cap-summary" tabIndex={0} aria-label={t("bookings.done.summaryHeading")}>
        {summary}
      </pre>
      {status !== "cancelled" ? (
        <Form method="post" {...formProps}>
          <input type="hidden" name="booking" value={id} />
          <TextField field={fields.reason} label={t("bookings.cancel.reason")} hint={t("bookings.cancel.reasonHint")} width={30} />
          <button type="submit" className="nhsuk-button nhsuk-button--warning">
            {t("bookings.cancel.button")}
          </button>
        </Form>
      ) : null}
      <p>
        <Link to="/cap">{t("bookings.done.another")}</Link>
      </p>
    </>
  );
}
