import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, SelectField } from "~/components/forms";
import { byIntent, sentValue, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { assignSchema, unassignSchema } from "~/modules/grants";
import { assignPanelMember, removePanelAssignment, roundPanel } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound, refused } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t("grantsPanel.assign.title", { round: data.title }) : t("homes.grants.title")} – ${t("brand.appName")}` },
];

/** The officer assigns panel members to a round or to single applications, and sees their declarations. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const panel = await roundPanel(params.roundId!);
  if (!panel) throw notFound();
  return panel;
}

const forms = byIntent({ assign: assignSchema, unassign: unassignSchema });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "grants.manage");
  const roundId = params.roundId!;
  const read = await readSubmission(request, forms);
  if (!read.ok) return read.response;
  const form = read.value;
  const result =
    form.intent === "assign"
      ? await assignPanelMember(user, roundId, { userId: form.userId, applicationId: form.applicationId })
      : await removePanelAssignment(user, roundId, form.assignmentId);
  if (!result.ok) {
    if (!("problem" in result)) return refused(result);
    return read.refuse({ fieldErrors: { userId: `grantsPanel.problem.${result.problem}` } });
  }
  return redirect(`/grants/rounds/${roundId}/panel`);
}

export default function RoundPanelPage() {
  const round = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const assign = useAppForm({ schema: assignSchema, lastResult: sentValue(actionData, "intent") === "assign" ? actionData : null, id: "assign" });
  const scopeOf = (applicationId: string | null) =>
    applicationId ? (round.applications.find((a) => a.id === applicationId)?.reference ?? applicationId) : t("grantsPanel.assign.wholeRound");
  const reference = (id: string) => round.applications.find((a) => a.id === id)?.reference ?? id;
  return (
    <>
      <h1>{t("grantsPanel.assign.title", { round: round.title })}</h1>
      <p>{t("grantsPanel.assign.intro")}</p>
      <p>
        <Link to={`/grants/rounds/${round.id}/results`}>{t("grantsPanel.application.resultsLink")}</Link>
      </p>
      {round.panel.length === 0 ? (
        <p>{t("grantsPanel.assign.none")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("grantsPanel.assign.col.member")}</th>
              <th scope="col">{t("grantsPanel.assign.col.scope")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {round.panel.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.user.name}</th>
                <td>{scopeOf(p.applicationId)}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="unassign" />
                    <input type="hidden" name="assignmentId" value={p.id} />
                    <button
                      type="submit"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      aria-label={t("grantsPanel.assign.removeLabel", { name: p.user.name, what: scopeOf(p.applicationId) })}
                    >
                      {t("grantsPanel.assign.remove")}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {round.members.length === 0 ? (
        <p>{t("grantsPanel.assign.noMembers")}</p>
      ) : (
        <Form method="post" {...assign.formProps} className="manage-form">
          <ErrorSummary errors={assign.summary} />
          <input type="hidden" name="intent" value="assign" />
          <SelectField
            field={assign.fields.userId}
            label={t("grantsPanel.assign.member")}
            options={[{ value: "", label: "" }, ...round.members.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` }))]}
          />
          <SelectField
            field={assign.fields.applicationId}
            label={t("grantsPanel.assign.application")}
            options={[
              { value: "", label: t("grantsPanel.assign.wholeRound") },
              ...round.applications.map((a) => ({ value: a.id, label: `${a.reference} — ${a.organisation.name}` })),
            ]}
          />
          <button type="submit" className="nhsuk-button">
            {t("grantsPanel.assign.add")}
          </button>
        </Form>
      )}
      <h2>{t("grantsPanel.assign.declarations")}</h2>
      {round.declarations.length === 0 ? (
        <p>{t("grantsPanel.assign.noDeclarations")}</p>
      ) : (
        <ul>
          {round.declarations.map((d) => (
            <li key={`${d.applicationId}-${d.userId}`}>
              {d.hasConflict
                ? t("grantsPanel.assign.declaredConflict", { name: d.name, reference: reference(d.applicationId), description: d.description ?? "" })
                : t("grantsPanel.assign.declaredNone", { name: d.name, reference: reference(d.applicationId) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
