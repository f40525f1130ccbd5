import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, fieldId, TextField, valueOf, type FieldErrors, type FieldValues } from "~/components/forms";
import { failureErrors } from "~/components/manage/results";
import { bankHolidaySchema, changedHoursSchema, closureSchema, extraSessionSchema } from "~/components/manage/schemas";
import { describeException } from "~/components/manage/schedule-text";
import { formatFullDate } from "~/lib/dates";
import { OfferSelect, PlacesField, TimeFields } from "~/components/manage/SessionFields";
import { HoursPreview, PreviewSection, PreviewAndSaveButtons } from "~/components/manage/ListingPreview";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { t } from "~/lib/i18n";
import { capPlacesFor } from "~/modules/bookings";
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
import { notFound } from "~/platform/responses.server";
import { todayInLondon } from "~/platform/clock.server";
import { formFailure, formValues, parseForm, readForm, writeFailure, type FormFailure, type FormValues } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("manage.exceptions.title")} – ${t("brand.appName")}` }];

const FORMS = ["closed", "hours", "extra"] as const;
type FormKind = (typeof FORMS)[number];
const isFormKind = (v: unknown): v is FormKind => typeof v === "string" && (FORMS as readonly string[]).includes(v);

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe(args, "cafe.view", getManagedCafe);
  const today = todayInLondon();
  return json({
    cafeId,
    canEdit: can(user, "cafe.edit", { cafeId }),
    capPlacesDefault: cafe.capPlacesDefault,
    offers: cafe.offers.map((o) => ({ id: o.id, title: o.title })),
    upcoming: cafe.exceptions
      .filter((e) => e.endDate >= today && isFormKind(e.kind))
      .map((e) => ({
        id: e.id,
        text: describeException(e),
        offer: e.offer?.title ?? null,
        capPlaces: e.kind === "extra" ? capPlacesFor(e, cafe.capPlacesDefault) : null,
      })),
    bankHolidays: (await upcomingBankHolidays(cafeId)).map((h) => ({ ...h, dateText: formatFullDate(h.date) })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe({ request, params }, "cafe.edit", getManagedCafe);
  const read = await readForm(request);
  if (!read.ok) return read.response;
  const form = read.formData;
  const intent = form.get("intent");

  if (intent === "remove") {
    const result = await removeException(user, cafeId, String(form.get("exceptionId") ?? ""));
    if (!result.ok) throw notFound();
    return redirect(`/manage/cafes/${cafeId}/exceptions?saved=removed`);
  }

  if (intent === "bank-holiday") {
    const parsed = parseForm(form, bankHolidaySchema);
    // A refused answer sits next to its holiday's row (or above the table when no row has that date).
    const onRow = async (errors: Record<string, string> | null) => {
      const message = errors ? Object.values(errors)[0] : undefined;
      if (!message) throw notFound();
      const date = valueOf(parsed.values, "date");
      const listed = (await upcomingBankHolidays(cafeId)).some((h) => h.date === date);
      return formFailure({ errors: { [listed ? bankAnswerField(date) : "_form"]: message }, values: parsed.values });
    };
    if (!parsed.ok) return onRow(parsed.errors);
    const result = await answerBankHoliday(user, cafeId, parsed.data.date, parsed.data.answer === "open");
    if (!result.ok) return onRow(failureErrors(result));
    return redirect(`/manage/cafes/${cafeId}/exceptions?saved=bank-holiday#bank-holidays`);
  }

  // A closure, changed hours or an extra session: added, or previewed (nothing saved) with "Preview".
  const kind = intent === "preview" ? form.get("kind") : intent;
  if (isFormKind(kind)) {
    const read = readException(form, kind);
    if (!read.ok) return formFailure(read);
    if (intent === "preview") {
      const check = await checkException(cafeId, read.input);
      if (!check.ok) return writeFailure(failureErrors(check), read.values);
      const offer = cafe.offers.find((o) => o.id === read.input.offerId);
      const exceptions = [...cafe.exceptions, exceptionRow(read.input, offer?.title ?? null)];
      return json({ errors: {}, values: read.values, preview: hoursPreview(cafe, { sessions: cafe.sessions, exceptions }, read.input.startDate) });
    }
    const result = await addException(user, cafeId, read.input);
    if (!result.ok) return writeFailure(failureErrors(result), read.values);
    return redirect(`/manage/cafes/${cafeId}/exceptions?saved=${kind}`);
  }

  return formFailure({ errors: { _form: t("manage.error.unknownAction") }, values: formValues(form) });
}

/** The closure, changed hours or extra session a form describes, or its messages. */
function readException(form: FormData, kind: FormKind): { ok: true; input: ExceptionInput; values: FormValues } | FormFailure {
  if (kind === "closed") {
    const parsed = parseForm(form, closureSchema);
    if (!parsed.ok) return parsed;
    const { startDate, endDate, reason } = parsed.data;
    return { ok: true, values: parsed.values, input: { kind, startDate, endDate: endDate ?? startDate, startTime: null, endTime: null, reason, offerId: null } };
  }
  const parsed = parseForm(form, kind === "extra" ? extraSessionSchema : changedHoursSchema);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  return {
    ok: true,
    values: parsed.values,
    input: {
      kind,
      startDate: data.startDate,
      endDate: data.startDate,
      startTime: data.startTime,
      endTime: data.endTime,
      reason: data.reason,
      offerId: "offerId" in data ? (data.offerId as string | null) : null,
      capPlaces: "capPlaces" in data ? (data.capPlaces as number | null) : null,
    },
  };
}

/** The error key of a bank holiday's answer (its row in the table). */
const bankAnswerField = (date: string) => `answer-${date}`;

function ClosureFields({ values, errors }: { values: FieldValues; errors: FieldErrors }) {
  return (
    <>
      <TextField name="startDate" type="date" width={10} label={t("manage.exceptions.field.closedFrom")} defaultValue={valueOf(values, "startDate")} error={errors?.startDate} />
      <TextField
        name="endDate"
        type="date"
        width={10}
        label={t("manage.exceptions.field.closedUntil")}
        hint={t("manage.exceptions.field.closedUntilHint")}
        defaultValue={valueOf(values, "endDate")}
        error={errors?.endDate}
      />
      <TextField
        name="reason"
        label={t("manage.exceptions.field.reason")}
        hint={t("manage.exceptions.field.reasonHint")}
        defaultValue={valueOf(values, "reason")}
        error={errors?.reason}
      />
    </>
  );
}

function TimedFields({
  kind,
  values,
  errors,
  offers,
  capPlacesDefault,
}: {
  kind: "hours" | "extra";
  values: FieldValues;
  errors: FieldErrors;
  offers: { id: string; title: string }[];
  capPlacesDefault: number;
}) {
  return (
    <>
      <TextField name="startDate" type="date" width={10} label={t("manage.exceptions.field.date")} defaultValue={valueOf(values, "startDate")} error={errors?.startDate} />
      <TimeFields values={values} errors={errors} />
      <TextField
        name="reason"
        label={t("manage.exceptions.field.reasonOptional")}
        hint={kind === "hours" ? t("manage.exceptions.field.hoursReasonHint") : t("manage.exceptions.field.extraReasonHint")}
        defaultValue={valueOf(values, "reason")}
        error={errors?.reason}
      />
      {kind === "extra" && offers.length ? <OfferSelect values={values} errors={errors} offers={offers} /> : null}
      {kind === "extra" ? (
        <PlacesField
          name="capPlaces"
          label={t("manage.session.field.capPlaces")}
          hint={t("manage.session.field.capPlacesHint", { places: capPlacesDefault })}
          defaultValue={valueOf(values, "capPlaces")}
          error={errors?.capPlaces}
        />
      ) : null}
    </>
  );
}

export default function CafeExceptions() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const submittedIntent = valueOf(actionData?.values, "intent");
  const submittedKind = submittedIntent === "preview" ? valueOf(actionData?.values, "kind") : submittedIntent;
  const shown: FormKind = isFormKind(submittedKind) ? submittedKind : isFormKind(params.get("add")) ? (params.get("add") as FormKind) : "closed";
  const formValues = isFormKind(submittedKind) ? actionData?.values : undefined;
  const formErrors: FieldErrors = isFormKind(submittedKind) ? actionData?.errors : undefined;
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  const bankErrors: FieldErrors = submittedIntent === "bank-holiday" ? actionData?.errors : undefined;
  // Anything else (a form the page does not know) is reported at the top.
  const otherErrors: FieldErrors = actionData && !isFormKind(submittedKind) && submittedIntent !== "bank-holiday" ? actionData.errors : undefined;
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

      {preview ? (
        <PreviewSection shows={preview}>
          <HoursPreview hours={preview} />
        </PreviewSection>
      ) : null}

      {data.canEdit ? (
        <>
          <h2 className="nhsuk-heading-m" id="add-exception-heading">{t("manage.exceptions.addHeading")}</h2>
          <nav aria-label={t("manage.exceptions.chooseLabel")} className="manage-subnav">
            <ul className="manage-subnav__list">
              {FORMS.map((kind) => (
                <li key={kind}>
                  <Link to={`?add=${kind}#add-exception-heading`} aria-current={shown === kind ? "true" : undefined} className="manage-subnav__link">
                    {t(`manage.exceptions.choose.${kind}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <Form method="post" noValidate className="manage-form" key={shown} aria-label={t(`manage.exceptions.choose.${shown}`)}>
            <ErrorSummary errors={formErrors} />
            <h3 className="nhsuk-heading-s">{t(`manage.exceptions.choose.${shown}`)}</h3>
            <input type="hidden" name="kind" value={shown} />
            {shown === "closed" ? (
              <ClosureFields values={formValues} errors={formErrors} />
            ) : (
              <TimedFields kind={shown} values={formValues} errors={formErrors} offers={data.offers} capPlacesDefault={data.capPlacesDefault} />
            )}
            <PreviewAndSaveButtons intent={shown} label={t(`manage.exceptions.submit.${shown}`)} />
          </Form>
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
