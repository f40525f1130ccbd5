import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { sessionText } from "~/components/cap-options";
import { SummaryRow } from "~/components/SummaryRow";
import { ChoiceGroup, ErrorSummary, TextField } from "~/components/forms";
import { byIntent, sentValue, useAppForm } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { callerSummary, cancelSchema, moveSchema, normaliseReference } from "~/modules/bookings";
import { bookingByReference, cafeOptions, cancelBooking, capBooking, moveBooking } from "~/modules/bookings/index.server";
import { now } from "~/platform/clock.server";
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
    caller: { name: row.callerName, callback: row.callbackNumber, needs: row.needs },
    cafe: { emailed: booking.cafe.emailed, phone: booking.cafe.phone },
    cancelReason: row.cancelReason,
    cancelledBy: row.cancelledBy,
    flag: row.flag,
    moveTo: row.status === "booked" ? (await cafeOptions(row.cafe.id, now())).filter((o) => !(o.date === row.date && o.start === row.start)) : [],
  };
}

const bookingChanges = byIntent({ cancel: cancelSchema, move: moveSchema });

/** The CAP cancels the booking with a reason the café sees (and is emailed), or moves it to another session of the café. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "cap.use");
  const read = await readSubmission(request, bookingChanges, { maxBytes: 10_000 });
  if (!read.ok) return read.response;
  const form = read.value;
  // The booking changed is the one in the address, whatever the form says.
  const reference = normaliseReference(params.reference ?? "");
  const booking = reference ? await capBooking(user, reference) : null;
  if (!booking) throw notFound();
  if (form.intent === "move") {
    const moved = await moveBooking(user, booking.id, form.option, form.why, now());
    if (!moved.ok && moved.reason === "forbidden") refused({ forbidden: true });
    if (!moved.ok) return read.refuse({ formError: code(moved.reason === "taken" ? "bookings.error.taken" : "bookings.error.gone") }, 409);
  } else {
    const result = await cancelBooking(user, "cap", booking.id, form.reason);
    if (!result.ok && "state" in result) return read.refuse({ formError: code("bookings.error.alreadyCancelled") }, 409);
    if (!result.ok) refused(result);
  }
  return redirect(`/cap/bookings/${params.reference ?? ""}`);
}

export default function Booked() {
  const { id, reference, summary, status, caller, cafe, cancelReason, cancelledBy, flag, moveTo } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const sent = sentValue(reply, "intent");
  const move = useAppForm({ id: "move", schema: bookingChanges, lastResult: sent === "move" ? reply : null });
  const cancel = useAppForm({ id: "cancel", schema: bookingChanges, lastResult: sent === "move" ? null : reply });
  return (
    <>
      <ErrorSummary errors={sent === "move" ? move.summary : cancel.summary} />
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
      {!cafe.emailed && status !== "cancelled" ? (
        <div className="nhsuk-warning-callout">
          <p>{cafe.phone ? t("bookings.done.notEmailed", { phone: cafe.phone }) : t("bookings.done.notEmailedNoPhone")}</p>
        </div>
      ) : null}
      <h2>{t("bookings.done.callerHeading")}</h2>
      <dl className="nhsuk-summary-list">
        <SummaryRow label={t("bookings.done.callerName")}>{caller.name ?? t("bookings.done.erased")}</SummaryRow>
        <SummaryRow label={t("bookings.done.callback")}>{caller.callback ?? (caller.name ? t("bookings.done.none") : t("bookings.done.erased"))}</SummaryRow>
        <SummaryRow label={t("bookings.done.needs")}>{caller.needs ?? (caller.name ? t("bookings.done.none") : t("bookings.done.erased"))}</SummaryRow>
      </dl>
      <h2>{t("bookings.done.summaryHeading")}</h2>
      <pre className="cap-summary" tabIndex={0} aria-label={t("bookings.done.summaryHeading")}>
        {summary}
      </pre>
      {moveTo.length ? (
        <Form method="post" {...move.formProps}>
          <input type="hidden" name="intent" value="move" />
          <input type="hidden" name="booking" value={id} />
          <h2>{t("bookings.move.heading")}</h2>
          <ChoiceGroup
            field={move.fields.option}
            type="radio"
            legend={t("bookings.move.legend")}
            options={moveTo.map((o) => ({ value: o.option, label: `${sessionText(o)} — ${t("bookings.results.placesLeft", { left: o.left, offered: o.offered })}` }))}
          />
          <TextField field={move.fields.why} label={t("bookings.move.reason")} hint={t("bookings.cancel.reasonHint")} width={30} />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            {t("bookings.move.button")}
          </button>
        </Form>
      ) : null}
      {status !== "cancelled" ? (
        <Form method="post" {...cancel.formProps}>
          <input type="hidden" name="intent" value="cancel" />
          <input type="hidden" name="booking" value={id} />
          <h2>{t("bookings.cancel.heading")}</h2>
          <TextField field={cancel.fields.reason} label={t("bookings.cancel.reason")} hint={t("bookings.cancel.reasonHint")} width={30} />
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
