import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ActivityLog } from "~/components/grants/ActivityLog";
import { statusLabel } from "~/components/grants/labels";
import { MessageThread } from "~/components/grants/MessageThread";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { t } from "~/lib/i18n";
import { messageSchema } from "~/modules/grants";
import { activityLog, applicationAccess, applicationThread, officerApplication, postMessage } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { forbidden, notFound, refused } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t("grantsPanel.thread.pageTitle", { reference: data.reference }) : t("grantsPanel.thread.title")} – ${t("brand.appName")}` },
];

/** The applicant's thread with the grants team about one application, and the log entries visible to them. */
async function gate(request: Request, applicationId: string) {
  const user = await requirePermission(request, "organisation.apply");
  const gateResult = await applicationAccess(user, applicationId);
  if (!gateResult) throw notFound();
  if (gateResult.access !== "applicant") throw forbidden();
  return { user, access: gateResult.access };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const applicationId = params.applicationId!;
  const { access } = await gate(request, applicationId);
  const [application, messages, activity] = await Promise.all([
    officerApplication(applicationId),
    applicationThread(access, applicationId),
    activityLog(access, applicationId),
  ]);
  if (!application) throw notFound();
  return { reference: application.reference, status: application.status, round: application.round.title, messages: messages ?? [], activity: activity ?? [] };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const applicationId = params.applicationId!;
  const { user, access } = await gate(request, applicationId);
  const read = await readSubmission(request, messageSchema);
  if (!read.ok) return read.response;
  const result = await postMessage(user, access, applicationId, read.value.body);
  if (!result.ok) return refused(result);
  return redirect(`/organisation/applications/${applicationId}/messages?sent=1`);
}

export default function ApplicantMessages() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>{t("grantsPanel.thread.pageTitle", { reference: data.reference })}</h1>
      {params.get("sent") && !actionData ? <SavedNotice>{t("grantsPanel.thread.sent")}</SavedNotice> : null}
      <p>
        {data.round} — <strong>{t("grantsPanel.application.status", { status: statusLabel(data.status) })}</strong>
      </p>
      <p>
        <Link to="/organisation">{t("grantsPanel.thread.back")}</Link>
      </p>
      <MessageThread messages={data.messages} viewer="applicant" lastResult={actionData ?? null} />
      <ActivityLog entries={data.activity} showVisibility={false} />
    </>
  );
}
