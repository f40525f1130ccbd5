import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, fieldId, TextField } from "~/components/forms";
import { failureErrors } from "~/components/manage/results";
import { describeException } from "~/components/manage/schedule-text";
import { formatFullDate } from "~/lib/dates";
import { OfferSelect, SessionPlacesField, TimeFields } from "~/components/manage/SessionFields";
import { HoursPreviewSection, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, chosenBy, FORM_ERROR, replyMessages, sentValue, useAppForm, type FormReply } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { capPlacesFor } from "~/modules/bookings";
import {
  bankHolidaySchema,
  EXCEPTION_FORM_KINDS,
  exceptionForms,
  isExceptionFormKind,
  removeExceptionSchema,
  type ExceptionFormKind,
} from "~/modules/cafe";
import {
  addException,
  answerBankHoliday,
  checkException,
  exceptionRow,
  getManagedCafe,
  hoursPreview,
  removeException,
  upcomingBankHolidays,
  type ExceptionInput,
} from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import { refused } from "~/platform/responses.server";
import { todayInLondon } from "~/platform/clock.server";
import { readSubmission } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.exceptions.title")} – ${t("brand.appName")}` }];

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe(args, "cafe.view", getManagedCafe);
  const today = todayInLondon();
  return {
    cafeId,
    canEdit: can(user, "cafe.edit", { cafeId }),
    capPlacesDefault: cafe.capPlacesDefault,
    offers: cafe.offers.map((o) => ({ id: o.id, title: o.title })),
    upcoming: cafe.exceptions
      .filter((e) => e.endDate >= today && isExceptionFormKind(e.kind))
      .map((e) => ({
        id: e.id,
        text: describeException(e),
        offer: e.offer?.title ?? null,
        capPlaces: e.kind === "extra" ? capPlacesFor(e, cafe.capPlacesDefault) : null,
      })),
    bankHolidays: (await upcomingBankHolidays(cafeId)).map((h) => ({ ...h, dateText: formatFullDate(h.date) })),
  };
}

/**
 * The page's forms: a closure, changed hours or an extra session (each sent with its own button, or with
 * Preview and its `kind`), a bank holiday's answer, and removing a change.
 */
const exceptionsForms = byIntent({
  ...exceptionForms,
  preview: chosenBy("kind", exceptionForms),
  "bank-holiday": bankHolidaySchema,
  remove: removeExceptionSchema,
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe({ request, params }, "cafe.edit", getManagedCafe);
  const read = await readSubmission(request, exceptionsForms);
  if (!read.ok) {
    const reply = read.response.data;
    return sentValue(reply, "intent") === "bank-holiday" ? onBankRow(cafeId, reply) : read.response;
  }
  const form = read.value;

  if (form.intent === "remove") {
    const result = await removeException(user, cafeId, form.exceptionId);
    if (!result.ok) refused(result);
    return redirect(`/manage/cafes/${cafeId}/exceptions?saved=removed`);
  }

  if (form.intent === "bank-holiday") {
    const result = await answerBankHoliday(user, cafeId, form.date, form.answer === "open");
    if (!result.ok) return onBankRow(cafeId, read.reply({ fieldErrors: failureErrors(result) ?? refused(result) }));
    return redirect(`/manage/cafes/${cafeId}/exceptions?saved=bank-holiday#bank-holidays`);
  }

  // A closure, changed hours or an extra session: added, or previewed (nothing saved) with "Preview".
  const kind = form.intent === "preview" ? form.kind : form.intent;
  const input = exceptionInput(kind, form);
  if (form.intent === "preview") {
    const check = await checkException(cafeId, input);
    if (!check.ok) return read.refuse({ fieldErrors: failureErrors(check) ?? refused(check) });
    const offer = cafe.offers.find((o) => o.id === input.offerId);
    const exceptions = [...cafe.exceptions, exceptionRow(input, offer?.title ?? null)];
    return { ...read.reply(), preview: hoursPreview(cafe, { sessions: cafe.sessions, exceptions }, input.startDate) };
  }
  const result = await addException(user, cafeId, input);
  if (!result.ok) return read.refuse({ fieldErrors: failureErrors(result) ?? refused(result) });
  return redirect(`/manage/cafes/${cafeId}/exceptions?saved=${kind}`);
}

/** The closure, changed hours or extra session a form describes (a closure without a last date is one day). */
function exceptionInput(
  kind: ExceptionFormKind,
  form: { startDate: string; endDate?: string | null; startTime?: string; endTime?: string; reason: string; offerId?: string | null; capPlaces?: number | null },
): ExceptionInput {
  return {
    kind,
    startDate: form.startDate,
    endDate: kind === "closed" ? (form.endDate ?? form.startDate) : form.startDate,
    startTime: form.startTime ?? null,
    endTime: form.endTime ?? null,
    reason: form.reason,
    offerId: form.offerId ?? null,
    capPlaces: form.capPlaces ?? null,
  };
}

/** The error key of a bank holiday's answer (its row in the table). */
const bankAnswerField = (date: string) => `answer-${date}`;

/** A refused bank-holiday answer, next to its holiday's row (above the table when no row has that date). */
async function onBankRow(cafeId: string, reply: FormReply) {
  const [message = ""] = Object.values(replyMessages(reply));
  const date = sentValue(reply, "date") ?? "";
  const listed = (await upcomingBankHolidays(cafeId)).some((h) => h.date === date);
  return data({ ...reply, error: { [listed ? bankAnswerField(date) : FORM_ERROR]: [message] } }, { status: 400 });
}

type Offers = { id: string; title: string }[];

/** The form adding a closure, changed hours or an extra session, with its Preview. */
function ExceptionForm({
  kind,
  lastResult,
  offers,
  capPlacesDefault,
}: {
  kind: ExceptionFormKind;
  lastResult: FormReply | null;
  offers: Offers;
  capPlacesDefault: number;
}) {
  const { fields, formProps, summary } = useAppForm({ schema: exceptionForms[kind], lastResult, id: `add-${kind}` });
  return (
    <Form method="post" {...formProps} className="manage-form" aria-label={t(`manage.exceptions.choose.${kind}`)}>
      <ErrorSummary errors={summary} />
      <h3 className="nhsuk-heading-s">{t(`manage.exceptions.choose.${kind}`)}</h3>
      <input type="hidden" name="kind" value={kind} />
      {kind === "closed" ? (
        <>
          <TextField field={fields.startDate} type="date" width={10} label={t("manage.exceptions.field.closedFrom")} />
          <TextField
            field={fields.endDate}
            type="date"
            width={10}
            label={t("manage.exceptions.field.closedUntil")}
            hint={t("manage.exceptions.field.closedUntilHint")}
          />
          <TextField field={fields.reason} label={t("manage.exceptions.field.reason")} hint={t("manage.exceptions.field.reasonHint")} />
        </>
      ) : (
        <>
          <TextField field={fields.startDate} type="date" width={10} label={t("manage.exceptions.field.date")} />
          <TimeFields fields={fields} />
          <TextField
            field={fields.reason}
            label={t("manage.exceptions.field.reasonOptional")}
            hint={kind === "hours" ? t("manage.exceptions.field.hoursReasonHint") : t("manage.exceptions.field.extraReasonHint")}
          />
          {kind === "extra" && offers.length ? <OfferSelect field={fields.offerId} offers={offers} /> : null}
          {kind === "extra" ? <SessionPlacesField field={fields.capPlaces} capPlacesDefault={capPlacesDefault} /> : null}
        </>
      )}
      <PreviewAndSaveButtons intent={kind} label={t(`manage.exceptions.submit.${kind}`)} />
    </Form>
  );
}

export default function CafeExceptions() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const sentIntent = sentValue(actionData, "intent");
  const sentKind = sentIntent === "preview" ? sentValue(actionData, "kind") : sentIntent;
  const asked = params.get("add");
  const shown: ExceptionFormKind = isExceptionFormKind(sentKind) ? sentKind : isExceptionFormKind(asked) ? asked : "closed";
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  const bankErrors = sentIntent === "bank-holiday" ? replyMessages(actionData) : undefined;
  // Anything else (a form the page does not know, one too large to read) is reported at the top.
  const otherErrors = actionData && !isExceptionFormKind(sentKind) && sentIntent !== "bank-holiday" ? replyMessages(actionData) : undefined;
  const saved = params.get("saved");

  return (
    <>
      <ErrorSummary errors={otherErrors} />
      <h1>{t("manage.exceptions.title")}</h1>
      {saved && !actionData ? (
        <SavedNotice>{t(`manage.exceptions.saved.${saved === "removed" || saved === "bank-holiday" || saved === "hours" || saved === "extra" ? saved : "closed"}`)}</SavedNotice>
      ) : null}
      <p>{t("manage.exceptions.intro")}</p>

      <h2 className="nhsuk-heading-m">{t("manage.exceptions.upcomingHeading")}</h2>
      {data.upcoming.length ? (
        <ul className="nhsuk-list manage-exception-list">
          {data.upcoming.map((e) => (
            <li key={e.id} className="manage-exception">
              <span>
                {e.text}
                {e.offer ? ` (${e.offer})` : ""}
                {e.capPlaces !== null ? <span className="manage-line manage-muted">{t("manage.exceptions.capPlaces", { places: e.capPlaces })}</span> : null}
              </span>
              {data.canEdit ? (
                <Form method="post" className="manage-inline-form">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="exceptionId" value={e.id} />
                  <button type="submit" className="link-button manage-link-button">
                    {t("manage.exceptions.remove")}
                    <span className="nhsuk-u-visually-hidden">: {e.text}</span>
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("manage.exceptions.none")}</p>
      )}

      <HoursPreviewSection hours={preview} />

      {data.canEdit ? (
        <>
          <h2 className="nhsuk-heading-m" id="add-exception-heading">{t("manage.exceptions.addHeading")}</h2>
          <nav aria-label={t("manage.exceptions.chooseLabel")} className="manage-subnav">
            <ul className="manage-subnav__list">
              {EXCEPTION_FORM_KINDS.map((kind) => (
                <li key={kind}>
                  <Link to={`?add=${kind}#add-exception-heading`} aria-current={shown === kind ? "true" : undefined} className="manage-subnav__link">
                    {t(`manage.exceptions.choose.${kind}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <ExceptionForm
            key={shown}
            kind={shown}
            lastResult={isExceptionFormKind(sentKind) ? actionData ?? null : null}
            offers={data.offers}
            capPlacesDefault={data.capPlacesDefault}
          />
        </>
      ) : null}

      <h2 className="nhsuk-heading-m" id="bank-holidays">{t("manage.exceptions.bankHeading")}</h2>
      <p>{t("manage.exceptions.bankIntro")}</p>
      <ErrorSummary errors={bankErrors} />
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{t("manage.exceptions.bankCaption")}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">{t("manage.exceptions.bankCol.holiday")}</th>
            <th scope="col" className="nhsuk-table__header">{t("manage.exceptions.bankCol.answer")}</th>
            {data.canEdit ? (
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">{t("manage.exceptions.bankCol.change")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {data.bankHolidays.map((h) => {
            const id = fieldId(bankAnswerField(h.date));
            const error = bankErrors?.[bankAnswerField(h.date)];
            return (
              <tr key={h.date} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  {h.name}
                  <span className="manage-line manage-muted">{h.dateText}</span>
                </td>
                <td className="nhsuk-table__cell">
                  {h.answer === "open" ? t("manage.exceptions.bankOpen") : h.answer === "closed" ? t("manage.exceptions.bankClosed") : t("manage.exceptions.bankUnanswered")}
                </td>
                {data.canEdit ? (
                  <td className={`nhsuk-table__cell${error ? " nhsuk-form-group--error" : ""}`}>
                    {error ? (
                      <span className="nhsuk-error-message" id={`${id}-error`}>
                        <span className="nhsuk-u-visually-hidden">{t("manage.errorPrefix")}</span> {error}
                      </span>
                    ) : null}
                    <Form method="post" className="manage-bank-form">
                      <input type="hidden" name="intent" value="bank-holiday" />
                      <input type="hidden" name="date" value={h.date} />
                      <button
                        type="submit"
                        name="answer"
                        value="open"
                        id={id}
                        aria-describedby={error ? `${id}-error` : undefined}
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      >
                        {t("manage.exceptions.bankSayOpen")}
                        <span className="nhsuk-u-visually-hidden"> {t("manage.exceptions.bankOn", { holiday: h.name, date: h.dateText })}</span>
                      </button>{" "}
                      <button
                        type="submit"
                        name="answer"
                        value="closed"
                        aria-describedby={error ? `${id}-error` : undefined}
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      >
                        {t("manage.exceptions.bankSayClosed")}
                        <span className="nhsuk-u-visually-hidden"> {t("manage.exceptions.bankOn", { holiday: h.name, date: h.dateText })}</span>
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
