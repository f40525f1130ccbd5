import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SummaryRow } from "~/components/SummaryRow";
import { ErrorSummary, TextField } from "~/components/forms";
import { applicationStatusLabel, MilestonesTable, milestoneTitle, money, ReturnsTable, type MilestoneRow } from "~/components/grants/AwardParts";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { replyMessages, sentValue, useAppForm } from "~/lib/forms";
import { formatFullDate, formatInstantDate } from "~/lib/dates";
import { t, type MessageKey } from "~/lib/i18n";
import { addMilestoneSchema, awardForms, launchSchema, mayLaunch, type AwardResult } from "~/modules/grants";
import { addMilestone, changeMilestone, getAward, launchCafe } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { todayInLondon } from "~/platform/clock.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound, refused } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("grantsAward.officer.title")} – ${t("brand.appName")}` }];

/** An award's set-up for officers: the offer, the café listing, the milestones (tick, waive, reopen, remove, add), the launch and the monitoring returns. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const award = await getAward(params.applicationId ?? "");
  if (!award) throw notFound();
  return { award, today: todayInLondon() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "grants.manage");
  const applicationId = params.applicationId ?? "";
  const read = await readSubmission(request, awardForms, { maxBytes: 20_000 });
  if (!read.ok) return read.response;
  const form = read.value;
  let result: AwardResult;
  if (form.intent === "add") result = await addMilestone(user, applicationId, form);
  else if (form.intent === "launch") result = await launchCafe(user, applicationId, form.launchedOn!);
  else result = await changeMilestone(user, applicationId, form.milestone, form.intent, form.note);
  if (!result.ok && "error" in result) {
    return read.refuse(result.field ? { fieldErrors: { [result.field]: result.error } } : { formError: result.error }, 409);
  }
  if (!result.ok) refused(result);
  return redirect(`/grants/awards/${applicationId}?saved=${form.intent}`);
}

const CHANGE_BUTTONS: Record<string, [string, MessageKey, string][]> = {
  pending: [
    ["done", "grantsAward.milestones.markDone", "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-right-2 nhsuk-u-margin-bottom-1"],
    ["waive", "grantsAward.milestones.waive", "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-right-2 nhsuk-u-margin-bottom-1"],
  ],
  settled: [["reopen", "grantsAward.milestones.reopen", "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-right-2 nhsuk-u-margin-bottom-1"]],
};

function MilestoneActions({ milestone }: { milestone: MilestoneRow }) {
  const title = milestoneTitle(milestone.title);
  const buttons = CHANGE_BUTTONS[milestone.status === "pending" ? "pending" : "settled"]!;
  return (
    <Form method="post" className="award-milestone-form">
      <input type="hidden" name="milestone" value={milestone.id} />
      <div className="nhsuk-form-group nhsuk-u-margin-bottom-2">
        <label className="nhsuk-label" htmlFor={`note-${milestone.id}`}>
          {t("grantsAward.milestones.note")}
          <span className="nhsuk-u-visually-hidden"> {title}</span>
        </label>
        <input className="nhsuk-input nhsuk-input--width-20" id={`note-${milestone.id}`} name="note" type="text" maxLength={300} />
      </div>
      {[...buttons, ["remove", "grantsAward.milestones.remove", "nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-1"] as [string, MessageKey, string]].map(([intent, label, className]) => (
        <button key={intent} type="submit" name="intent" value={intent} className={className}>
          {t(label)}
          <span className="nhsuk-u-visually-hidden"> {title}</span>
        </button>
      ))}
    </Form>
  );
}

export default function OfficerAward() {
  const { award, today } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const intent = sentValue(reply, "intent");
  const add = useAppForm({ schema: addMilestoneSchema, lastResult: intent === "add" ? reply : null, id: "add-milestone" });
  const launch = useAppForm({ schema: launchSchema, lastResult: intent === "launch" ? reply : null, id: "launch", defaultValue: { launchedOn: today } });
  const messages = intent === "add" || intent === "launch" ? {} : replyMessages(reply);
  const saved = params.get("saved");
  const inSetUp = award.status === "accepted";
  const ready = mayLaunch(award.milestones);

  return (
    <>
      <p>
        <Link to="/grants/awards">{t("grantsAward.officer.back")}</Link>
      </p>
      <h1>
        <span className="nhsuk-caption-l">
          {award.reference}
          {" "}
        </span>
        {award.cafeName}
      </h1>
      {saved && !reply ? <SavedNotice>{t(`grantsAward.saved.${["done", "waive", "reopen", "remove", "add", "launch"].includes(saved) ? saved : "done"}` as MessageKey)}</SavedNotice> : null}
      <ErrorSummary errors={messages} />

      <dl className="nhsuk-summary-list">
        <SummaryRow label={t("grantsAward.col.organisation")}>{award.organisation.name}</SummaryRow>
        <SummaryRow label={t("grantsAward.officer.round")}>{award.round.title}</SummaryRow>
        <SummaryRow label={t("grantsAward.col.status")}>{applicationStatusLabel(award.status)}</SummaryRow>
        <SummaryRow label={t("grantsAward.offer.amount")}>
          {t("grantsAward.offer.amountOf", { awarded: money(award.awardedPence), requested: money(award.requestedPence) })}
        </SummaryRow>
        <SummaryRow label={t("grantsAward.offer.conditions")}>
          <span className="manage-pre">{award.conditions || t("grantsAward.offer.noConditions")}</span>
        </SummaryRow>
        <SummaryRow label={t("grantsAward.offer.accepted")}>{award.acceptedAt ? formatInstantDate(award.acceptedAt) : t("grantsAward.offer.notAccepted")}</SummaryRow>
        <SummaryRow label={t("grantsAward.col.launch")}>
          {award.launchedOn
            ? t("grantsAward.list.launchedOn", { date: formatFullDate(award.launchedOn) })
            : award.expectedLaunchDate
              ? t("grantsAward.list.expected", { date: formatFullDate(award.expectedLaunchDate) })
              : "—"}
        </SummaryRow>
        <SummaryRow label={t("grantsAward.officer.listing")}>
          {award.cafe ? (
            <>
              <Link to={`/manage/cafes/${award.cafe.id}`}>{award.cafe.name}</Link>
              {award.cafe.status === "open" ? (
                <>
                  {" "}
                  (<Link to={`/cafes/${award.cafe.slug}`}>{t("grantsAward.officer.publicPage")}</Link>)
                </>
              ) : null}
            </>
          ) : (
            t("grantsAward.officer.noListing")
          )}
        </SummaryRow>
      </dl>

      <h2>{t("grantsAward.milestones.title")}</h2>
      <MilestonesTable milestones={award.milestones} today={today} actions={inSetUp ? (m) => <MilestoneActions milestone={m} /> : undefined} />

      {inSetUp ? (
        <>
          <h3>{t("grantsAward.milestones.addTitle")}</h3>
          <Form method="post" {...add.formProps} className="manage-form">
            <ErrorSummary errors={add.summary} />
            <input type="hidden" name="intent" value="add" />
            <TextField field={add.fields.title} label={t("grantsAward.milestones.field.title")} />
            <TextField field={add.fields.dueOn} type="date" width={10} label={t("grantsAward.milestones.field.dueOn")} hint={t("grantsAward.milestones.field.dueOnHint")} />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              {t("grantsAward.milestones.add")}
            </button>
          </Form>

          <h2>{t("grantsAward.launch.title")}</h2>
          {ready ? <p>{t("grantsAward.launch.ready")}</p> : <p>{t("grantsAward.launch.notReady")}</p>}
          {ready ? (
            <Form method="post" {...launch.formProps} className="manage-form">
              <ErrorSummary errors={launch.summary} />
              <input type="hidden" name="intent" value="launch" />
              <TextField field={launch.fields.launchedOn} type="date" width={10} label={t("grantsAward.launch.field.date")} hint={t("grantsAward.launch.field.dateHint")} />
              <button type="submit" className="nhsuk-button">
                {t("grantsAward.launch.button")}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}

      {award.status === "launched" ? (
        <>
          <h2>{t("grantsAward.returns.title")}</h2>
          <ReturnsTable returns={award.returns} today={today} />
          {award.returns
            .filter((r) => r.submittedAt)
            .map((r) => (
              <details className="nhsuk-details" key={r.id}>
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">
                    {t("grantsAward.returns.period", { from: formatFullDate(r.periodStart), to: formatFullDate(r.periodEnd) })}
                  </span>
                </summary>
                <div className="nhsuk-details__text">
                  <h3 className="nhsuk-heading-xs">{t("grantsAward.return.field.wentWell")}</h3>
                  <p className="manage-pre">{r.wentWell}</p>
                  <h3 className="nhsuk-heading-xs">{t("grantsAward.return.field.wasHard")}</h3>
                  <p className="manage-pre">{r.wasHard || "—"}</p>
                </div>
              </details>
            ))}
        </>
      ) : null}
    </>
  );
}
