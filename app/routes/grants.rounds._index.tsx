import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, SelectField, TextField } from "~/components/forms";
import { formatLondonDateTime } from "~/components/grants/dates";
import { message, text, useAppForm } from "~/lib/forms";
import { t, type MessageKey } from "~/lib/i18n";
import { formatPounds, ROUND_KINDS } from "~/modules/grants";
import { createRound, listRounds } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("rounds.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const rounds = await listRounds();
  return {
    rounds: rounds.map((r) => ({ ...r, opensAt: r.opensAt?.toISOString() ?? null, closesAt: r.closesAt?.toISOString() ?? null, applications: r._count.applications })),
  };
}

const newRoundForm = z.object({
  title: text(z.string().trim().min(1, message("rounds.error.title")).max(150, message("grants.section.error.tooLong", { max: 150 }))),
  kind: text(z.enum(ROUND_KINDS, message("rounds.error.kind"))),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "grants.manage");
  const read = await readSubmission(request, newRoundForm);
  if (!read.ok) return read.response;
  const id = await createRound(user, read.value);
  return redirect(`/grants/rounds/${id}`);
}

export default function Rounds() {
  const { rounds } = useLoaderData<typeof loader>();
  const { fields, formProps, summary } = useAppForm({ schema: newRoundForm, lastResult: useActionData<typeof action>() });
  return (
    <>
      <h1>{t("rounds.title")}</h1>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("rounds.col.title")}</th>
            <th scope="col">{t("rounds.col.status")}</th>
            <th scope="col">{t("rounds.col.closes")}</th>
            <th scope="col">{t("rounds.col.budget")}</th>
            <th scope="col">{t("rounds.col.applications")}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/grants/rounds/${r.id}`}>{r.title}</Link>
              </th>
              <td>{t(`rounds.status.${r.status}` as MessageKey)}</td>
              <td>{r.closesAt ? formatLondonDateTime(r.closesAt) : ""}</td>
              <td>{formatPounds(r.budgetPence)}</td>
              <td>{r.applications}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("rounds.newHeading")}</h2>
      <Form method="post" {...formProps}>
        <ErrorSummary errors={summary} />
        <TextField field={fields.title} label={t("rounds.field.title")} />
        <SelectField field={fields.kind} label={t("rounds.field.kind")} options={ROUND_KINDS.map((k) => ({ value: k, label: t(`rounds.kind.${k}`) }))} />
        <button type="submit" className="nhsuk-button">
          {t("rounds.create")}
        </button>
      </Form>
    </>
  );
}
