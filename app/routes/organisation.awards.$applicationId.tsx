import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SummaryRow } from "~/components/SummaryRow";
import { ChoiceGroup, ErrorSummary } from "~/components/forms";
import { applicationStatusLabel, MilestonesTable, money, ReturnsTable } from "~/components/grants/AwardParts";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { useAppForm } from "~/lib/forms";
import { formatFullDate, formatInstantDate } from "~/lib/dates";
import { t } from "~/lib/i18n";
import { acceptOfferSchema, returnOpen } from "~/modules/grants";
import { acceptOffer, applicationAccess, getAward } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { todayInLondon } from "~/platform/clock.server";
import { readSubmission } from "~/platform/forms.server";
import { forbidden, notFound, refused } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("grantsAward.applicant.title")} – ${t("brand.appName")}` }];

/**
 * The applicant's award: the offer and its conditions to accept, then the café in set-up (managed at
 * /manage), its milestones, and after launch the quarterly monitoring returns. Members of the applying
 * organisation (and admins, who may read it) only; anyone else gets 404, as if it did not exist.
 */
async function gate(request: Request, applicationId: string) {
  const user = await requirePermission(request, "organisation.apply");
  const access = await applicationAccess(user, applicationId);
  if (!access) throw notFound();
  if (access.access !== "applicant" && access.access !== "staff") throw forbidden();
  return { user, access: access.access };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const applicationId = params.applicationId ?? "";
  const { access } = await gate(request, applicationId);
  const award = await getAward(applicationId);
  if (!award) throw notFound();
  return { award, today: todayInLondon(), mayAccept: access === "applicant" && award.status === "awarded" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const applicationId = params.applicationId ?? "";
  const { user } = await gate(request, applicationId);
  const read = await readSubmission(request, acceptOfferSchema, { maxBytes: 5_000 });
  if (!read.ok) return read.response;
  const result = await acceptOffer(user, applicationId, read.value.agree);
  if (!result.ok && "error" in result) return read.refuse(result.field ? { fieldErrors: { [result.field]: result.error } } : { formError: result.error }, 409);
  if (!result.ok) refused(result);
  return redirect(`/organisation/awards/${applicationId}?saved=accepted`);
}

export default function ApplicantAward() {
  const { award, today, mayAccept } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const accept = useAppForm({ schema: acceptOfferSchema, lastResult: reply, id: "accept" });

  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">
          {award.reference}
          {" "}
        </span>
        {award.cafeName}
      </h1>
      {params.get("saved") === "accepted" && !reply ? <SavedNotice>{t("grantsAward.applicant.acceptedNotice")}</SavedNotice> : null}

      <dl className="nhsuk-summary-list">
        <SummaryRow label={t("grantsAward.officer.round")}>{award.round.title}</SummaryRow>
        <SummaryRow label={t("grantsAward.col.status")}>{applicationStatusLabel(award.status)}</SummaryRow>
        <SummaryRow label={t("grantsAward.offer.amount")}>
          {t("grantsAward.offer.amountOf", { awarded: money(award.awardedPence), requested: money(award.requestedPence) })}
        </SummaryRow>
        <SummaryRow label={t("grantsAward.offer.conditions")}>
          <span className="manage-pre">{award.conditions || t("grantsAward.offer.noConditions")}</span>
        </SummaryRow>
        {award.acceptedAt ? <SummaryRow label={t("grantsAward.offer.accepted")}>{formatInstantDate(award.acceptedAt)}</SummaryRow> : null}
        {award.launchedOn ? <SummaryRow label={t("grantsAward.col.launch")}>{formatFullDate(award.launchedOn)}</SummaryRow> : null}
      </dl>

      {mayAccept ? (
        <>
          <h2>{t("grantsAward.applicant.acceptTitle")}</h2>
          <p>{t("grantsAward.applicant.acceptIntro")}</p>
          <Form method="post" {...accept.formProps} className="manage-form">
            <ErrorSummary errors={accept.summary} />
            <ChoiceGroup
              field={accept.fields.agree}
              legend={t("grantsAward.applicant.agreeLegend")}
              options={[{ value: "on", label: t("grantsAward.applicant.agree") }]}
            />
            <button type="submit" className="nhsuk-button">
              {t("grantsAward.applicant.acceptButton")}
            </button>
          </Form>
        </>
      ) : null}

      {award.cafe ? (
        <>
          <h2>{t("grantsAward.applicant.cafeTitle")}</h2>
          <p>
            {award.cafe.status === "open" ? t("grantsAward.applicant.cafeOpen") : t("grantsAward.applicant.cafeSetUp")}{" "}
            <Link to={`/manage/cafes/${award.cafe.id}`}>{t("grantsAward.applicant.manageLink", { cafe: award.cafe.name })}</Link>
          </p>
          {award.cafe.status === "open" ? (
            <p>
              <Link to={`/cafes/${award.cafe.slug}`}>{t("grantsAward.applicant.publicLink")}</Link>
            </p>
          ) : null}
        </>
      ) : null}

      {award.milestones.length ? (
        <>
          <h2>{t("grantsAward.milestones.title")}</h2>
          <p>{t("grantsAward.applicant.milestonesIntro")}</p>
          <MilestonesTable milestones={award.milestones} today={today} />
        </>
      ) : null}

      {award.status === "launched" ? (
        <>
          <h2>{t("grantsAward.returns.title")}</h2>
          <p>{t("grantsAward.applicant.returnsIntro")}</p>
          <ReturnsTable
            returns={award.returns}
            today={today}
            link={(r) =>
              returnOpen(r, today) ? (
                <Link to={`/organisation/awards/${award.id}/returns/${r.id}`}>
                  {t("grantsAward.returns.send")}
                  <span className="nhsuk-u-visually-hidden"> {t("grantsAward.returns.period", { from: formatFullDate(r.periodStart), to: formatFullDate(r.periodEnd) })}</span>
                </Link>
              ) : null
            }
          />
        </>
      ) : null}
    </>
  );
}
