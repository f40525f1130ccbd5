import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextArea } from "~/components/forms";
import { message, replyMessages, text, useAppForm } from "~/lib/forms";
import { t, type MessageKey } from "~/lib/i18n";
import { mayWithdraw } from "~/modules/grants";
import { applicationAccess, getApplication, withdrawApplication } from "~/modules/grants/index.server";
import { requireUser } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { forbidden, notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("grants.withdraw.title")} – ${t("brand.appName")}` }];

const REASON_MAX = 2000;
const withdrawForm = z.object({
  reason: text(z.string().trim().max(REASON_MAX, message("grants.section.error.tooLong", { max: REASON_MAX }))),
});

/** Only the applying organisation's members may withdraw; the gate and the write both check ownership. */
async function applicantOnly(request: Request, applicationId: string | undefined) {
  const user = await requireUser(request);
  const gate = await applicationAccess(user, applicationId ?? "");
  if (!gate || gate.access !== "applicant") throw forbidden();
  return { user, application: gate.application };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { application } = await applicantOnly(request, params.applicationId);
  const view = await getApplication(application.id);
  if (!view) throw notFound();
  return {
    application: { id: view.id, reference: view.reference, status: view.status, roundTitle: view.round.title, cafeName: view.cafeName },
    mayWithdraw: mayWithdraw(view.status),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, application } = await applicantOnly(request, params.applicationId);
  const read = await readSubmission(request, withdrawForm);
  if (!read.ok) return read.response;
  const result = await withdrawApplication(user, application.id, read.value.reason);
  if (result.ok) return redirect(`/organisation/applications/${application.id}?withdrawn=1`);
  if (result.reason === "not-found") throw notFound();
  return read.refuse({ formError: t("grants.withdraw.error.locked") }, 409);
}

export default function WithdrawApplicationPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { formProps } = useAppForm({ schema: withdrawForm, lastResult: actionData, id: "withdraw" });
  const errors = replyMessages(actionData);
  const typed = actionData?.initialValue?.reason;
  const app = data.application;
  return (
    <>
      <p>
        <Link to={`/organisation/applications/${app.id}`}>{t("grants.form.back", { reference: app.reference })}</Link>
      </p>
      <h1>
        <span className="nhsuk-caption-l">{app.roundTitle} </span>
        {t("grants.withdraw.heading", { reference: app.reference })}
      </h1>
      {data.mayWithdraw ? (
        <Form method="post" {...formProps}>
          <ErrorSummary errors={errors} />
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">{t("grants.withdraw.warningHeading")}</h2>
            <p>{t("grants.withdraw.warning")}</p>
          </div>
          <TextArea name="reason" label={t("grants.withdraw.reason")} hint={t("grants.withdraw.reasonHint")} rows={4} defaultValue={typeof typed === "string" ? typed : ""} error={errors.reason} />
          <div className="nhsuk-button-group">
            <button type="submit" className="nhsuk-button nhsuk-button--warning">
              {t("grants.withdraw.confirm")}
            </button>
            <Link to={`/organisation/applications/${app.id}`} className="nhsuk-link">
              {t("grants.withdraw.cancel")}
            </Link>
          </div>
        </Form>
      ) : (
        <p>{t("grants.withdraw.notNow", { status: t(`grants.status.${app.status}` as MessageKey) })}</p>
      )}
    </>
  );
}
