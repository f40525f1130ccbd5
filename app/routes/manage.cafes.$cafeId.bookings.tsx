import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { sessionText } from "~/components/cap-options";
import { ErrorSummary } from "~/components/forms";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, replyMessages, sentValue, text } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { cancelSchema } from "~/modules/bookings";
import { cafeBookings, cancelBooking, markAttendance } from "~/modules/bookings/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { getEnv } from "~/platform/env.server";
import { readSubmission } from "~/platform/forms.server";
import { refused } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("bookings.cafe.title")} – ${t("brand.appName")}` }];

/** A café's CAP bookings, with the callers' details: its managers and admins only (commissioners see counts). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const cafeId = params.cafeId ?? "";
  const user = await requirePermission(request, "cafe.bookings", { cafeId });
  const result = await cafeBookings(user, cafeId);
  if (!result.ok) refused(result);
  return { cafeId, bookings: result.bookings, retentionDays: getEnv().BOOKING_RETENTION_DAYS };
}

const mark = z.object({ booking: text(z.string().min(1).max(60)) });
const bookingForms = byIntent({ arrived: mark, "did-not-attend": mark, booked: mark, cancel: cancelSchema });

export async function action({ request, params }: ActionFunctionArgs) {
  const cafeId = params.cafeId ?? "";
  const user = await requirePermission(request, "cafe.bookings", { cafeId });
  const read = await readSubmission(request, bookingForms, { maxBytes: 10_000 });
  if (!read.ok) return read.response;
  const form = read.value;
  const result =
    form.intent === "cancel" ? await cancelBooking(user, "cafe", form.booking, form.reason, cafeId) : await markAttendance(user, cafeId, form.booking, form.intent);
  if (!result.ok && "state" in result) {
    return read.refuse({ formError: code(result.state === "cancelled" ? "bookings.error.alreadyCancelled" : "bookings.error.notStarted") }, 409);
  }
  if (!result.ok) refused(result);
  return redirect(`/manage/cafes/${cafeId}/bookings?saved=1`);
}

/** The reason field of one booking's cancel form (many on the page: each with its own id). */
function ReasonField({ id, error }: { id: string; error?: string }) {
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {t("bookings.cancel.reason")}
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        {t("bookings.cancel.reasonHint")}
      </div>
      {error ? (
        <p className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">{t("bookings.errorPrefix")}</span> {error}
        </p>
      ) : null}
      <input
        className={`nhsuk-input nhsuk-input--width-30${error ? " nhsuk-input--error" : ""}`}
        id={id}
        name="reason"
        type="text"
        maxLength={200}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}

export default function CafeBookings() {
  const { bookings, retentionDays } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const messages = replyMessages(reply);
  const failedFor = sentValue(reply, "booking");
  return (
    <>
      <ErrorSummary errors={messages} />
      <h1>{t("bookings.cafe.title")}</h1>
      {params.get("saved") === "1" ? <SavedNotice>{t("bookings.cafe.saved")}</SavedNotice> : null}
      <p>{t("bookings.cafe.intro", { days: retentionDays })}</p>
      {bookings.length === 0 ? <p>{t("bookings.cafe.none")}</p> : null}
      <ul className="nhsuk-list cafe-bookings">
        {bookings.map((b) => (
          <li key={b.id} className="panel" id={`booking-${b.reference}`}>
            <h2 className="nhsuk-heading-s">
              {sessionText({ date: b.date, start: b.start, end: b.end, label: null })} — {b.reference}
            </h2>
            {b.flag ? (
              <div className="nhsuk-warning-callout">
                <p>{t(`bookings.flag.${b.flag}`)}</p>
              </div>
            ) : null}
            <dl className="nhsuk-summary-list">
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">{t("bookings.cafe.caller")}</dt>
                <dd className="nhsuk-summary-list__value">{b.callerName ?? t("bookings.cafe.erased")}</dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">{t("bookings.cafe.phone")}</dt>
                <dd className="nhsuk-summary-list__value">{b.callbackNumber ?? "—"}</dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">{t("bookings.cafe.needs")}</dt>
                <dd className="nhsuk-summary-list__value">{b.needs ?? "—"}</dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">{t("bookings.cafe.status")}</dt>
                <dd className="nhsuk-summary-list__value">
                  {t(`bookings.status.${b.status}`)}
                  {b.status === "cancelled" && b.cancelReason
                    ? ` — ${t(b.cancelledBy === "cafe" ? "bookings.done.cancelledBy.cafe" : "bookings.done.cancelledBy.cap", { reason: b.cancelReason })}`
                    : ""}
                </dd>
              </div>
            </dl>
            {b.status !== "cancelled" ? (
              <>
                <Form method="post" className="manage-form">
                  <input type="hidden" name="booking" value={b.id} />
                  {b.status === "booked" ? (
                    <>
                      <button type="submit" name="intent" value="arrived" className="nhsuk-button nhsuk-u-margin-right-2">
                        {t("bookings.cafe.arrived")}
                        <span className="nhsuk-u-visually-hidden"> {t("bookings.cafe.markFor", { reference: b.reference })}</span>
                      </button>
                      <button type="submit" name="intent" value="did-not-attend" className="nhsuk-button nhsuk-button--secondary">
                        {t("bookings.cafe.didNotAttend")}
                        <span className="nhsuk-u-visually-hidden"> {t("bookings.cafe.markFor", { reference: b.reference })}</span>
                      </button>
                    </>
                  ) : (
                    <button type="submit" name="intent" value="booked" className="nhsuk-button nhsuk-button--secondary">
                      {t("bookings.cafe.undo")}
                      <span className="nhsuk-u-visually-hidden"> {t("bookings.cafe.markFor", { reference: b.reference })}</span>
                    </button>
                  )}
                </Form>
                <Form method="post" className="manage-form">
                  <input type="hidden" name="intent" value="cancel" />
                  <input type="hidden" name="booking" value={b.id} />
                  <ReasonField id={`reason-${b.reference}`} error={failedFor === b.id ? messages.reason : undefined} />
                  <button type="submit" className="nhsuk-button nhsuk-button--warning">
                    {t("bookings.cancel.button")}
                    <span className="nhsuk-u-visually-hidden"> {t("bookings.cafe.markFor", { reference: b.reference })}</span>
                  </button>
                </Form>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
