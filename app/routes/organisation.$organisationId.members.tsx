import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextField } from "~/components/forms";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, emailAddress, message, sentValue, text, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { requirePermission } from "~/modules/identity/index.server";
import { endMembership, inviteMember, listMembers, organisationNames } from "~/modules/organisation/index.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("members.title")} – ${t("brand.appName")}` }];

/** An organisation's members: invite a colleague (the invitation flow), leave, remove a member. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organisationId = params.organisationId ?? "";
  const user = await requirePermission(request, "organisation.act", { organisationId });
  const [names, members] = await Promise.all([organisationNames([organisationId]), listMembers(organisationId)]);
  if (!names[0]) throw notFound();
  return { organisation: names[0], members, me: user.id };
}

const membersForm = byIntent({
  invite: z.object({ email: emailAddress(message("register.error.email"), message("register.error.emailInvalid")) }),
  remove: z.object({ userId: text(z.string().trim().min(1)) }),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const organisationId = params.organisationId ?? "";
  const user = await requirePermission(request, "organisation.act", { organisationId });
  const read = await readSubmission(request, membersForm);
  if (!read.ok) return read.response;
  const form = read.value;
  const base = `/organisation/${organisationId}/members`;
  if (form.intent === "invite") {
    await inviteMember(user, organisationId, form.email);
    return redirect(`${base}?done=invited`);
  }
  const result = await endMembership(user, organisationId, form.userId);
  if (result === "last-member") return read.refuse({ formError: t("members.lastMember") }, 409);
  if (result === "not-member") throw notFound();
  return redirect(form.userId === user.id ? "/account?left=1" : `${base}?done=removed`);
}

export default function Members() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const inviteSent = sentValue(actionData, "intent") === "invite";
  const invite = useAppForm({ schema: membersForm, lastResult: inviteSent ? actionData : null, id: "invite" });
  const done = params.get("done");
  return (
    <>
      <p>
        <Link to={`/organisation?org=${encodeURIComponent(data.organisation.id)}`}>{data.organisation.name}</Link>
      </p>
      <h1>{t("members.title")}</h1>
      {done === "invited" ? <SavedNotice>{t("members.invited")}</SavedNotice> : done === "removed" ? <SavedNotice>{t("members.removed")}</SavedNotice> : null}
      <p>{t("members.intro")}</p>
      {!inviteSent ? <ErrorSummary errors={actionData && "error" in actionData && actionData.error?.[""] ? { _form: String(actionData.error[""]?.[0] ?? "") } : undefined} /> : null}
      <ul className="nhsuk-list">
        {data.members.map((m) => (
          <li key={m.userId}>
            {m.name} ({m.email}) {m.userId === data.me ? t("members.you") : null}
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="userId" value={m.userId} />
              <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
                {m.userId === data.me ? t("members.leave") : t("members.remove", { name: m.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <h2>{t("members.inviteHeading")}</h2>
      <Form method="post" {...invite.formProps}>
        {inviteSent ? <ErrorSummary errors={invite.summary} /> : null}
        <input type="hidden" name="intent" value="invite" />
        <TextField name="email" field={invite.fields.email as never} label={t("members.inviteEmail")} type="email" autoComplete="off" />
        <button type="submit" className="nhsuk-button">
          {t("members.inviteButton")}
        </button>
      </Form>
    </>
  );
}
