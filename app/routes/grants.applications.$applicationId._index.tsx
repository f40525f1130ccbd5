import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextArea, TextField } from "~/components/forms";
import { ActivityLog } from "~/components/grants/ActivityLog";
import { ApplicationSections } from "~/components/grants/ApplicationSections";
import { statusLabel } from "~/components/grants/labels";
import { MessageThread } from "~/components/grants/MessageThread";
import { ReviewCards } from "~/components/grants/ReviewCards";
import { ScreeningForm } from "~/components/grants/ScreeningForm";
import { SubmissionChanges } from "~/components/grants/SubmissionChanges";
import { londonWhen } from "~/components/grants/when";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, sentValue, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { awardSchema, declineSchema, formatPounds, messageSchema, screeningSchema } from "~/modules/grants";
import {
  activityLog,
  applicationAccess,
  applicationContent,
  applicationThread,
  awardApplication,
  declineApplication,
  eligibilityChecklist,
  officerApplication,
  postMessage,
  reviewsFor,
  roundCriteria,
  screenApplication,
} from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { forbidden, notFound, refused } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t("grantsPanel.application.title", { reference: data.application.reference }) : t("homes.grants.title")} – ${t("brand.appName")}` },
];

async function gate(request: Request, applicationId: string) {
  const user = await requirePermission(request, "grants.manage");
  const gateResult = await applicationAccess(user, applicationId);
  if (!gateResult) throw notFound();
  if (gateResult.access !== "staff") throw forbidden();
  return { user, access: gateResult.access };
}

/** The grant officer's page for one application: its summary, the panel's reviews, the decision, the thread and the log. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const applicationId = params.applicationId!;
  const { user, access } = await gate(request, applicationId);
  const application = await officerApplication(applicationId);
  if (!application) throw notFound();
  const [content, criteria, reviews, messages, activity] = await Promise.all([
    applicationContent(applicationId),
    roundCriteria(application.roundId),
    reviewsFor(user, access, applicationId),
    applicationThread(access, applicationId),
    activityLog(access, applicationId),
  ]);
  if (!content) throw notFound();
  return { application, content, criteria, reviews: reviews ? [...(reviews.own ? [reviews.own] : []), ...reviews.others] : [], messages: messages ?? [], activity: activity ?? [] };
}

const formsFor = (checkIds: string[]) => byIntent({ award: awardSchema, decline: declineSchema, message: messageSchema, screen: screeningSchema(checkIds) });

export async function action({ request, params }: ActionFunctionArgs) {
  const applicationId = params.applicationId!;
  const { user, access } = await gate(request, applicationId);
  const application = await officerApplication(applicationId);
  if (!application) throw notFound();
  const checklist = await eligibilityChecklist(application.roundId);
  const read = await readSubmission(request, formsFor(checklist.map((c) => c.id)));
  if (!read.ok) return read.response;
  const form = read.value;
  const result =
    form.intent === "screen"
      ? await screenApplication(user, applicationId, form)
      : form.intent === "award"
      ? await awardApplication(user, applicationId, { amountPence: form.amount, conditions: form.conditions })
      : form.intent === "decline"
        ? await declineApplication(user, applicationId, { feedback: form.feedback })
        : await postMessage(user, access, applicationId, form.body);
  if (!result.ok) {
    if (!("problem" in result)) return refused(result);
    const field = result.problem.startsWith("amount-") ? "amount" : result.problem === "feedback-required" ? "feedback" : result.problem === "reason-required" ? "reason" : null;
    const message = `grantsPanel.problem.${result.problem}`;
    return read.refuse(field ? { fieldErrors: { [field]: message } } : { formError: message });
  }
  return redirect(`/grants/applications/${applicationId}?saved=${form.intent}`);
}

export default function OfficerApplication() {
  const { application, content, criteria, reviews, messages, activity } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const sent = sentValue(actionData, "intent");
  const award = useAppForm({ schema: awardSchema, lastResult: sent === "award" ? actionData : null, id: "award" });
  const decline = useAppForm({ schema: declineSchema, lastResult: sent === "decline" ? actionData : null, id: "decline" });
  const saved = params.get("saved");
  return (
    <>
      <h1>{t("grantsPanel.application.title", { reference: application.reference })}</h1>
      {saved && !actionData ? (
        <SavedNotice>{saved === "message" ? t("grantsPanel.thread.sent") : t("grantsPanel.application.done")}</SavedNotice>
      ) : null}
      <p>
        {t("grantsPanel.application.summary", {
          organisation: application.organisation,
          round: application.round.title,
          requested: formatPounds(application.requestedPence),
        })}
      </p>
      <p>
        <strong>{t("grantsPanel.application.status", { status: statusLabel(application.status) })}</strong>
      </p>
      <p>
        <Link to={`/grants/rounds/${application.roundId}/results`}>{t("grantsPanel.application.resultsLink")}</Link>
        {" · "}
        <Link to={`/grants/rounds/${application.roundId}/panel`}>{t("grantsPanel.application.panelLink")}</Link>
      </p>

      {content.changes ? <SubmissionChanges changes={content.changes} /> : null}
      {application.status === "submitted" ? (
        <ScreeningForm
          checklist={content.checklist}
          schema={screeningSchema(content.checklist.map((c) => c.id))}
          lastResult={sent === "screen" ? (actionData ?? null) : null}
        />
      ) : null}
      {content.screenings.length ? (
        <>
          <h2>{t("grantsPanel.screening.history")}</h2>
          <ul>
            {content.screenings.map((s) => (
              <li key={s.id}>
                {t("grantsPanel.screening.historyItem", { when: londonWhen(s.createdAt), outcome: t(`grantsPanel.screening.outcome.${s.outcome as "eligible"}`) })}
                {s.reason ? <span className="manage-line manage-pre">{s.reason}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ApplicationSections sections={content.sections} names={content.names} attachments={content.attachments} reopened={content.reopened} />

      <h2>{t("grantsPanel.application.scores")}</h2>
      {reviews.length === 0 ? <p>{t("grantsPanel.application.noReviews")}</p> : <ReviewCards criteria={criteria} reviews={reviews} />}

      <h2>{t("grantsPanel.decision.title")}</h2>
      {application.status === "at-panel" ? (
        <>
          <Form method="post" {...award.formProps} className="manage-form" aria-labelledby="award-heading">
            <h3 id="award-heading">{t("grantsPanel.decision.awardHeading")}</h3>
            <ErrorSummary errors={award.summary} />
            <input type="hidden" name="intent" value="award" />
            <TextField
              field={award.fields.amount}
              width={10}
              inputMode="decimal"
              label={t("grantsPanel.decision.amount")}
              hint={t("grantsPanel.decision.amountHint", {
                requested: formatPounds(application.requestedPence),
                maximum: formatPounds(application.round.maxAwardPence),
                remaining: formatPounds(application.round.budgetPence - application.round.awardedPence),
              })}
            />
            <TextArea field={award.fields.conditions} label={t("grantsPanel.decision.conditions")} rows={3} />
            <button type="submit" className="nhsuk-button">
              {t("grantsPanel.decision.award")}
            </button>
          </Form>
          <Form method="post" {...decline.formProps} className="manage-form" aria-labelledby="decline-heading">
            <h3 id="decline-heading">{t("grantsPanel.decision.declineHeading")}</h3>
            <ErrorSummary errors={decline.summary} />
            <input type="hidden" name="intent" value="decline" />
            <TextArea field={decline.fields.feedback} label={t("grantsPanel.decision.feedback")} hint={t("grantsPanel.decision.feedbackHint")} rows={5} />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              {t("grantsPanel.decision.decline")}
            </button>
          </Form>
        </>
      ) : application.awardedPence ? (
        <>
          <p>{t("grantsPanel.decision.awarded", { amount: formatPounds(application.awardedPence) })}</p>
          {application.conditions ? <p className="manage-pre">{t("grantsPanel.decision.conditionsShown", { conditions: application.conditions })}</p> : null}
        </>
      ) : application.status === "declined" ? (
        <>
          <p>{t("grantsPanel.decision.declined")}</p>
          <p className="manage-pre">{t("grantsPanel.decision.feedbackShown", { feedback: application.feedback ?? "" })}</p>
        </>
      ) : (
        <p>{t("grantsPanel.decision.notYet")}</p>
      )}

      <MessageThread messages={messages} viewer="staff" lastResult={sent === "message" ? actionData : null} />
      <ActivityLog entries={activity} showVisibility />
    </>
  );
}
