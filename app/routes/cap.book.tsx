import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CapOptionDetails, sessionText, type CapOptionView } from "~/components/cap-options";
import { ChoiceGroup, ErrorSummary, fieldValue, TextArea, TextField } from "~/components/forms";
import { useAppForm } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { bookingSchema, CALLER_NAME_MAX, NEEDS_MAX, parseCapSearch, parseOption } from "~/modules/bookings";
import { bookPlace, describeOption, findPlaces } from "~/modules/bookings/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { now } from "~/platform/clock.server";
import { readSubmission } from "~/platform/forms.server";
import { forbidden } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("bookings.form.title")} – ${t("brand.appName")}` }];

/** The session chosen on /cap (`option`), and the search it came from (`search`), to offer others if it goes. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "cap.use");
  const params = new URL(request.url).searchParams;
  const search = (params.get("search") ?? "").slice(0, 1000);
  const choice = parseOption(params.get("option") ?? "");
  const option = choice ? await describeOption(choice, now()) : null;
  return { option, search };
}

/** The sessions of the same search with places left, but the one that just went. */
async function nextOptions(search: string | undefined, taken: string): Promise<CapOptionView[]> {
  const parsed = parseCapSearch(new URLSearchParams(search ?? ""));
  if (!parsed.q) return [];
  const found = await findPlaces(parsed, now());
  return found.ok ? found.options.filter((o) => o.option !== taken).slice(0, 6) : [];
}

/**
 * Books the place, then shows the reference. When the place went to someone else at the same moment, or
 * the session can no longer be booked, the form comes back with what was typed and the next sessions.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "cap.use");
  const read = await readSubmission(request, bookingSchema, { maxBytes: 20_000 });
  if (!read.ok) return read.response;
  const outcome = await bookPlace(user, read.value, now());
  if (outcome.ok) return redirect(`/cap/bookings/${outcome.booking.reference}`);
  if (outcome.reason === "forbidden") throw forbidden();
  const taken = `${read.value.option.cafeId}|${read.value.option.date}|${read.value.option.slot}`;
  const next = await nextOptions(read.value.search, taken);
  const message = next.length === 0 ? code("bookings.error.noneLeft") : outcome.reason === "taken" ? code("bookings.error.taken") : code("bookings.error.gone");
  return data({ ...read.reply({ formError: message }), next }, { status: 409 });
}

export default function BookPlace() {
  const { option, search } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const next = result && "next" in result ? (result.next as CapOptionView[]) : null;
  const { fields, formProps, summary } = useAppForm({ schema: bookingSchema, lastResult: result });
  const choices = next ?? (option && option.left > 0 ? [option] : []);
  const selected = next ? [] : option ? [option.option] : [];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} />
        <h1>{t("bookings.form.title")}</h1>
        {option && !next ? <CapOptionDetails option={option} /> : null}
        {!option && !next ? <p className="nhsuk-inset-text">{t("bookings.form.sessionGone")}</p> : null}
        <Form method="post" {...formProps}>
          <input type="hidden" name="search" value={fieldValue(fields.search, search)} />
          {choices.length ? (
            <ChoiceGroup
              field={fields.option}
              type="radio"
              legend={next ? t("bookings.form.nextOptions") : t("bookings.form.session")}
              options={choices.map((o) => ({ value: o.option, label: `${o.cafe.name}: ${sessionText(o)} — ${t("bookings.results.placesLeft", { left: o.left, offered: o.offered })}` }))}
              selected={selected}
            />
          ) : null}
          <div className="nhsuk-warning-callout">
            <p>{t("bookings.form.noClinical")}</p>
          </div>
          <TextField field={fields.callerName} label={t("bookings.form.callerName")} width={20} autoComplete="off" maxLength={CALLER_NAME_MAX} />
          <TextField field={fields.callbackNumber} type="tel" label={t("bookings.form.callbackNumber")} hint={t("bookings.form.callbackHint")} width={20} autoComplete="off" />
          <TextArea field={fields.needs} label={t("bookings.form.needs")} hint={t("bookings.form.needsHint")} rows={3} maxLength={NEEDS_MAX} />
          <ChoiceGroup field={fields.consent} legend={t("bookings.form.consentLegend")} options={[{ value: "on", label: t("bookings.form.consent") }]} />
          {choices.length || !next ? (
            <button type="submit" className="nhsuk-button">
              {t("bookings.form.button")}
            </button>
          ) : null}
        </Form>
        {search ? (
          <p>
            <Link to={`/cap?${search}`}>{t("bookings.form.backToSearch")}</Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
