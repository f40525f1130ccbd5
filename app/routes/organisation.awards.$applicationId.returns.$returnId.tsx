import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, TextArea, TextField } from "~/components/forms";
import { formatFullDate, formatInstantDate } from "~/lib/dates";
import { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { returnOpen, returnSchema } from "~/modules/grants";
import { getOwnReturn, submitReturn } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { todayInLondon } from "~/platform/clock.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound, refused } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("grantsAward.return.title")} – ${t("brand.appName")}` }];

/** A quarter's monitoring return of the organisation's launched café: sent once by one of its members, read back after. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "organisation.apply");
  const ret = await getOwnReturn(user, params.applicationId ?? "", params.returnId ?? "");
  if (!ret) throw notFound();
  return { ret, open: returnOpen(ret, todayInLondon()) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "organisation.apply");
  const applicationId = params.applicationId ?? "";
  const read = await readSubmission(request, returnSchema, { maxBytes: 20_000 });
  if (!read.ok) return read.response;
  const { visits, conversations, capReferrals, wentWell, wasHard } = read.value;
  const result = await submitReturn(user, applicationId, params.returnId ?? "", { visits: visits!, conversations: conversations!, capReferrals: capReferrals!, wentWell, wasHard });
  if (!result.ok && "error" in result) return read.refuse({ formError: result.error }, 409);
  if (!result.ok) refused(result);
  return redirect(`/organisation/awards/${applicationId}?saved=return`);
}

export default function MonitoringReturnPage() {
  const { ret, open } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const form = useAppForm({ schema: returnSchema, lastResult: reply, id: "return" });
  const period = t("grantsAward.returns.period", { from: formatFullDate(ret.periodStart), to: formatFullDate(ret.periodEnd) });
  return (
    <>
      <p>
        <Link to={`/organisation/awards/${ret.applicationId}`}>{t("grantsAward.return.back", { cafe: ret.application.cafeName })}</Link>
      </p>
      <h1>
        <span className="nhsuk-caption-l">
          {ret.application.cafeName}
          {" "}
        </span>
        {t("grantsAward.return.heading", { period })}
      </h1>
      <p>{t("grantsAward.return.due", { date: formatFullDate(ret.dueOn) })}</p>
      {ret.submittedAt ? (
        <>
          <p>{t("grantsAward.returns.sent", { date: formatInstantDate(ret.submittedAt) })}</p>
          <dl className="nhsuk-summary-list">
            {(
              [
                ["grantsAward.return.field.visits", ret.visits],
                ["grantsAward.return.field.conversations", ret.conversations],
                ["grantsAward.return.field.capReferrals", ret.capReferrals],
                ["grantsAward.return.field.wentWell", ret.wentWell],
                ["grantsAward.return.field.wasHard", ret.wasHard || "—"],
              ] as const
            ).map(([key, value]) => (
              <div className="nhsuk-summary-list__row" key={key}>
                <dt className="nhsuk-summary-list__key">{t(key)}</dt>
                <dd className="nhsuk-summary-list__value manage-pre">{value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : open ? (
        <Form method="post" {...form.formProps} className="manage-form">
          <ErrorSummary errors={form.summary} />
          <TextField field={form.fields.visits} inputMode="numeric" width={5} label={t("grantsAward.return.field.visits")} hint={t("grantsAward.return.field.visitsHint")} />
          <TextField field={form.fields.conversations} inputMode="numeric" width={5} label={t("grantsAward.return.field.conversations")} />
          <TextField field={form.fields.capReferrals} inputMode="numeric" width={5} label={t("grantsAward.return.field.capReferrals")} />
          <TextArea field={form.fields.wentWell} rows={5} label={t("grantsAward.return.field.wentWell")} />
          <TextArea field={form.fields.wasHard} rows={5} label={t("grantsAward.return.field.wasHard")} />
          <button type="submit" className="nhsuk-button">
            {t("grantsAward.return.send")}
          </button>
        </Form>
      ) : (
        <p>{t("grantsAward.return.notOpen", { date: formatFullDate(ret.periodEnd) })}</p>
      )}
    </>
  );
}
