import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { InviteForm } from "~/components/admin/InviteForm";
import { Pagination, pageFrom } from "~/components/admin/Pagination";
import { PendingInvitationsTable, UsersTable } from "~/components/admin/UserTables";
import { SuccessNotice } from "~/components/auth/Notice";
import { ErrorSummary } from "~/components/forms";
import { byIntent, replyMessages, useAppForm } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { idSchema, inviteSchema } from "~/modules/identity";
import { INVITATION_DAYS, inviteUser, listPendingInvitations, withdrawInvitation } from "~/modules/identity/index.server";
import { cafeChoices, cafeExists, organisationChoices, organisationExists } from "~/modules/organisation/index.server";
import { emailHoldsRole, listUsers, removeRole } from "~/modules/identity/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import adminStyles from "~/styles/admin.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];
export const meta: MetaFunction = () => [{ title: `${t("admin.users.title")} – ${t("brand.appName")}` }];

const DONE = {
  invited: "admin.users.done.invited",
  "role-removed": "admin.users.done.roleRemoved",
  withdrawn: "admin.users.done.withdrawn",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin");
  const url = new URL(request.url);
  const page = pageFrom(url.searchParams.get("page"));
  const [list, pending, organisations, cafes] = await Promise.all([
    listUsers(page),
    listPendingInvitations(),
    organisationChoices(),
    cafeChoices(),
  ]);
  const done = url.searchParams.get("done");
  return {
    page,
    pages: list.pages,
    total: list.total,
    users: list.users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      disabled: !!u.disabledAt,
      roles: u.roles.map((r) => ({ id: r.id, role: r.role, scope: r.organisation?.name ?? r.cafe?.name ?? null })),
    })),
    pending: pending.map((p) => ({
      id: p.id,
      email: p.email,
      role: p.role,
      scope: p.organisation?.name ?? p.cafe?.name ?? null,
      invitedBy: p.invitedBy?.name ?? null,
      expiresAt: p.expiresAt.toISOString(),
    })),
    organisations,
    cafes,
    done: done && done in DONE ? (done as keyof typeof DONE) : null,
    invitationDays: INVITATION_DAYS,
    currentUserId: admin.id,
  };
}

/** The page's forms: invite someone, withdraw an invitation, remove a role (the last two are buttons). */
const userForms = byIntent({ invite: inviteSchema, withdraw: idSchema, "remove-role": idSchema });

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin");
  const read = await readSubmission(request, userForms, { maxBytes: 20_000 });
  if (!read.ok) return read.response;
  const form = read.value;

  if (form.intent === "invite") {
    const invite = { email: form.email, role: form.role, organisationId: form.organisationId, cafeId: form.cafeId };
    if (invite.organisationId && !(await organisationExists(invite.organisationId))) {
      return read.refuse({ fieldErrors: { organisationId: code("admin.users.error.noSuchOrganisation") } });
    }
    if (invite.cafeId && !(await cafeExists(invite.cafeId))) {
      return read.refuse({ fieldErrors: { cafeId: code("admin.users.error.noSuchCafe") } });
    }
    if (await emailHoldsRole(invite.email, invite)) {
      return read.refuse({ fieldErrors: { email: code("admin.users.error.alreadyHasRole", { email: invite.email }) } });
    }
    await inviteUser({ ...invite, invitedById: admin.id });
    return redirect("/admin/users?done=invited");
  }

  const gone = { formError: code("admin.users.error.notFound") };
  if (form.intent === "withdraw") {
    const ok = await withdrawInvitation(admin.id, form.id);
    return ok ? redirect("/admin/users?done=withdrawn") : read.refuse(gone);
  }
  const outcome = await removeRole(admin.id, form.id);
  if (outcome === "own-admin-role") return read.refuse({ formError: code("admin.users.error.ownAdminRole") });
  if (outcome === "not-found") return read.refuse(gone);
  return redirect("/admin/users?done=role-removed");
}

export default function AdminUsers() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const inviting = actionData?.initialValue?.intent === "invite";
  const invite = useAppForm({ schema: inviteSchema, lastResult: inviting ? actionData : null, id: "invite" });
  // The other forms are buttons: what they are told goes above the page, in words.
  const refused = actionData && !inviting ? Object.values(replyMessages(actionData))[0] : undefined;
  return (
    <>
      <p>
        <Link to="/admin">{t("admin.users.back")}</Link>
      </p>
      {data.done && !actionData ? <SuccessNotice>{t(DONE[data.done])}</SuccessNotice> : null}
      <ErrorSummary
        errors={refused ? { _form: refused } : invite.summary}
        labels={{
          email: t("admin.users.email"),
          role: t("admin.users.role"),
          organisationId: t("admin.users.organisation"),
          cafeId: t("admin.users.cafe"),
        }}
      />
      <h1>{t("admin.users.title")}</h1>

      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <InviteForm
            form={invite}
            organisations={data.organisations}
            cafes={data.cafes}
            days={data.invitationDays}
          />
        </div>
      </div>

      <h2>{t("admin.users.pendingTitle")}</h2>
      <div className="admin-table-wrap">
        <PendingInvitationsTable invitations={data.pending} />
      </div>

      <h2>{t("admin.users.listTitle")}</h2>
      <div className="admin-table-wrap">
        <UsersTable users={data.users} caption={data.total === 1 ? t("admin.users.totalOne") : t("admin.users.total", { count: data.total })} currentUserId={data.currentUserId} />
      </div>
      <Pagination page={data.page} pages={data.pages} href={(p) => `/admin/users?page=${p}`} />
    </>
  );
}
