import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ChoiceGroup, ErrorSummary, TextArea } from "~/components/forms";
import { ApplicationSections } from "~/components/grants/ApplicationSections";
import { ReviewCards } from "~/components/grants/ReviewCards";
import { ScoreFields } from "~/components/grants/ScoreFields";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { conflictSchema, formatPounds, reviewSchema } from "~/modules/grants";
import { applicationAccess, applicationContent, declareConflict, panelApplicationSummary, reviewsFor, roundCriteria, saveReview } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { forbidden, notFound, refused } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t("grantsPanel.review.title", { reference: data.application.reference }) : t("homes.panel.title")} – ${t("brand.appName")}` },
];

/**
 * A panel member's page for one application. Through the single gate (applicationAccess): undeclared →
 * only the reference and organisation, and the declaration form; recused → 403 (nothing of it, ever);
 * declared no conflict → the application, the scoring form, and others' reviews once theirs is submitted.
 */
async function gate(request: Request, applicationId: string) {
  const user = await requirePermission(request, "panel.review");
  const gateResult = await applicationAccess(user, applicationId);
  if (!gateResult) throw notFound();
  const { access } = gateResult;
  if (access === "recused") throw forbidden();
  if (access !== "undeclared" && access !== "panel" && access !== "staff") throw forbidden();
  return { user, access, application: gateResult.application };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const applicationId = params.applicationId!;
  const { user, access } = await gate(request, applicationId);
  const summary = await panelApplicationSummary(applicationId);
  if (!summary) throw notFound();
  if (access === "undeclared") {
    return { access, application: { id: summary.id, reference: summary.reference, organisation: summary.organisation }, content: null, review: null };
  }
  const [criteria, reviews, content] = await Promise.all([roundCriteria(summary.roundId), reviewsFor(user, access, applicationId), applicationContent(applicationId)]);
  if (!content) throw notFound();
  const shown = { sections: content.sections, names: content.names, attachments: content.attachments };
  return { access, application: summary, content: shown, review: { criteria, reviews } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const applicationId = params.applicationId!;
  const { user, access } = await gate(request, applicationId);
  if (access === "undeclared") {
    const read = await readSubmission(request, conflictSchema);
    if (!read.ok) return read.response;
    const result = await declareConflict(user, access, applicationId, read.value);
    if (!result.ok) return "problem" in result ? read.refuse({ formError: `grantsPanel.problem.${result.problem}` }) : refused(result);
    if (read.value.hasConflict === "yes") return redirect("/panel");
    return redirect(`/panel/applications/${applicationId}`);
  }
  const summary = await panelApplicationSummary(applicationId);
  if (!summary) throw notFound();
  const criteria = await roundCriteria(summary.roundId);
  const read = await readSubmission(request, reviewSchema(criteria.map((c) => c.id)));
  if (!read.ok) return read.response;
  const result = await saveReview(user, access, applicationId, read.value);
  if (!result.ok) return "problem" in result ? read.refuse({ formError: `grantsPanel.problem.${result.problem}` }) : refused(result);
  return redirect(`/panel/applications/${applicationId}?saved=${read.value.submit ? "submitted" : "draft"}`);
}

function Declaration({ reference, organisation }: { reference: string; organisation: string }) {
  const actionData = useActionData<typeof action>();
  const form = useAppForm({ schema: conflictSchema, lastResult: actionData ?? null, id: "conflict" });
  return (
    <>
      <h1>{t("grantsPanel.conflict.title")}</h1>
      <p>{t("grantsPanel.conflict.intro", { reference, organisation })}</p>
      <Form method="post" {...form.formProps} className="manage-form">
        <ErrorSummary errors={form.summary} />
        <ChoiceGroup
          type="radio"
          field={form.fields.hasConflict}
          legend={t("grantsPanel.conflict.legend")}
          legendSize="m"
          options={[
            { value: "no", label: t("grantsPanel.conflict.no") },
            { value: "yes", label: t("grantsPanel.conflict.yes") },
          ]}
        />
        <TextArea field={form.fields.description} label={t("grantsPanel.conflict.description")} hint={t("grantsPanel.conflict.descriptionHint")} rows={3} />
        <button type="submit" className="nhsuk-button">
          {t("grantsPanel.conflict.declare")}
        </button>
      </Form>
    </>
  );
}

export default function PanelApplication() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  if (data.access === "undeclared" || !data.review || !data.content) {
    return <Declaration reference={data.application.reference} organisation={data.application.organisation} />;
  }
  const { application, review } = data;
  const own = review.reviews?.own ?? null;
  const saved = params.get("saved");
  const atPanel = "status" in application && application.status === "at-panel";
  return (
    <>
      <h1>{t("grantsPanel.review.title", { reference: application.reference })}</h1>
      {saved && !actionData ? <SavedNotice>{saved === "submitted" ? t("grantsPanel.review.submitted") : t("grantsPanel.review.saved")}</SavedNotice> : null}
      <p>
        <Link to="/panel">{t("homes.panel.title")}</Link>
      </p>
      <section aria-labelledby="application-heading">
        <h2 id="application-heading">{t("grantsPanel.review.application")}</h2>
        <p>{t("grantsPanel.application.summary", { organisation: application.organisation, round: application.round, requested: formatPounds(application.requestedPence) })}</p>
        <ApplicationSections sections={data.content.sections} names={data.content.names} attachments={data.content.attachments} headingLevel={3} />
      </section>
      <h2>{t("grantsPanel.review.yours")}</h2>
      {own?.submittedAt || !atPanel ? (
        <>
          {!atPanel ? <p>{t("grantsPanel.review.closed")}</p> : null}
          {own ? <ReviewCards criteria={review.criteria} reviews={[own]} /> : null}
        </>
      ) : (
        <ScoreFields criteria={review.criteria} own={own} lastResult={actionData ?? null} schema={reviewSchema(review.criteria.map((c) => c.id))} />
      )}
      <h2>{t("grantsPanel.review.others")}</h2>
      {!review.reviews?.othersVisible ? (
        <p>{t("grantsPanel.review.othersHidden")}</p>
      ) : review.reviews.others.length === 0 ? (
        <p>{t("grantsPanel.review.othersNone")}</p>
      ) : (
        <ReviewCards criteria={review.criteria} reviews={review.reviews.others} />
      )}
    </>
  );
}
