import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { InviteForm } from "~/components/admin/InviteForm";
import { Pagination, pageFrom } from "~/components/admin/Pagination";
import { idSchema, inviteSchema } from "~/components/admin/schemas";
import { PendingInvitationsTable, UsersTable } from "~/components/admin/UserTables";
import { SuccessNotice } from "~/components/auth/Notice";
import { ErrorSummary } from "~/components/forms";
import { t } from "~/lib/i18n";
import { INVITATION_DAYS, inviteUser, listPendingInvitations, withdrawInvitation } from "~/modules/identity/index.server";
import { cafeChoices, cafeExists, organisationChoices, organisationExists } from "~/modules/organisation/index.server";
import { emailHoldsRole, listUsers, removeRole } from "~/modules/identity/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { formFailure, parseForm, readForm } from "~/platform/forms.server";
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
  return json({
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
  });
}

function problem(message: string, status = 400) {
  return json({ errors: { _form: message }, values: {} }, { status });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin");
  const read = await readForm(request, 20_000);
  if (!read.ok) return read.response;
  const formData = read.formData;
  const intent = formData.get("intent");

  if (intent === "invite") {
    const result = parseForm(formData, inviteSchema);
    if (!result.ok) return formFailure(result);
    const invite = result.data;
    if (invite.organisationId && !(await organisationExists(invite.organisationId))) {
      return formFailure({ errors: { organisationId: t("admin.users.error.noSuchOrganisation") }, values: result.values });
    }
    if (invite.cafeId && !(await cafeExists(invite.cafeId))) {
      return formFailure({ errors: { cafeId: t("admin.users.error.noSuchCafe") }, values: result.values });
    }
    if (await emailHoldsRole(invite.email, invite)) {
      return formFailure({ errors: { email: t("admin.users.error.alreadyHasRole", { email: invite.email }) }, values: result.values });
    }
    await inviteUser({ ...invite, invitedById: admin.id });
    return redirect("/admin/users?done=invited");
  }

  if (intent === "remove-role" || intent === "withdraw") {
    const parsed = idSchema.safeParse({ id: formData.get("id") });
    if (!parsed.success) return problem(t("admin.users.error.notFound"));
    if (intent === "withdraw") {
      const ok = await withdrawInvitation(admin.id, parsed.data.id);
      return ok ? redirect("/admin/users?done=withdrawn") : problem(t("admin.users.error.notFound"));
    }
    const outcome = await removeRole(admin.id, parsed.data.id);
    if (outcome === "own-admin-role") return problem(t("admin.users.error.ownAdminRole"));
    if (outcome === "not-found") return problem(t("admin.users.error.notFound"));
    return redirect("/admin/users?done=role-removed");
  }

  return problem(t("manage.error.unknownAction"));
}

export default function AdminUsers() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = actionData?.values as Record<string, string> | undefined;
  return (
    <>
      <p>
        <Link to="/admin">{t("admin.users.back")}</Link>
      </p>
      {data.done && !actionData ? <SuccessNotice>{t(DONE[data.done])}</SuccessNotice> : null}
      <ErrorSummary
        errors={errors}
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
            errors={errors}
            values={values}
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
