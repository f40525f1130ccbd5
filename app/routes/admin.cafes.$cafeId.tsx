import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { formatInstantDate } from "~/lib/dates";
import { BackLink } from "~/components/manage/BackLink";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { replyMessages, useAppForm } from "~/lib/forms";
import { adminCafeForms, isCafeStatus, managerInviteSchema, STATUS_CHANGES, statusLabel } from "~/modules/cafe";
import { t } from "~/lib/i18n";
import { cafeManagers, getCafeHeading, inviteCafeManager, setCafeStatus } from "~/modules/cafe/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { notFound, refused } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";
import manageStyles from "~/styles/manage.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.cafe.name ?? ""} – ${t("manage.admin.cafes.title")} – ${t("brand.appName")}` }];

async function loadCafe(cafeId: string) {
  const cafe = await getCafeHeading(cafeId);
  if (!cafe) throw notFound();
  return cafe;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "cafe.administer");
  const cafe = await loadCafe(params.cafeId ?? "");
  const { managers, invitations } = await cafeManagers(cafe.id);
  const status = isCafeStatus(cafe.status) ? cafe.status : "open";
  return {
    cafe: { ...cafe, statusText: statusLabel(cafe.status) },
    changes: STATUS_CHANGES[status],
    managers,
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, expires: formatInstantDate(i.expiresAt) })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "cafe.administer");
  const cafe = await loadCafe(params.cafeId ?? "");
  const read = await readSubmission(request, adminCafeForms);
  if (!read.ok) return read.response;
  const form = read.value;
  const result = form.intent === "status" ? await setCafeStatus(user, cafe.id, form.status) : await inviteCafeManager(user, cafe.id, form.email);
  if (result.ok) return redirect(`/admin/cafes/${cafe.id}?saved=${form.intent === "status" ? "status" : "invited"}`);
  if ("errors" in result) return read.refuse({ fieldErrors: result.errors });
  refused(result);
}

const CHANGE_KEYS = {
  planned: "manage.admin.cafe.to.planned",
  "setting-up": "manage.admin.cafe.to.setting-up",
  open: "manage.admin.cafe.to.open",
  paused: "manage.admin.cafe.to.paused",
  closed: "manage.admin.cafe.to.closed",
} as const;

export default function AdminCafe() {
  const { cafe, changes, managers, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = params.get("saved") ?? (params.get("created") ? "created" : null);
  const submitted = actionData?.initialValue?.intent;
  const invite = useAppForm({ schema: managerInviteSchema, lastResult: submitted === "invite" ? actionData : null, id: "invite" });
  const statusErrors = submitted === "status" ? replyMessages(actionData) : undefined;
  const otherErrors = actionData && submitted !== "invite" && submitted !== "status" ? replyMessages(actionData) : undefined;
  return (
    <>
      <BackLink to="/admin/cafes">{t("manage.admin.cafes.back")}</BackLink>
      <ErrorSummary errors={otherErrors} />
      <h1>{cafe.name}</h1>
      {saved && !actionData ? (
        <SavedNotice>{t(saved === "invited" ? "manage.admin.cafe.invited" : saved === "created" ? "manage.admin.cafes.created" : "manage.admin.cafe.statusSaved")}</SavedNotice>
      ) : null}
      <ul className="nhsuk-list">
        <li>
          <Link to={`/manage/cafes/${cafe.id}`}>{t("manage.admin.cafe.manageLink")}</Link>
        </li>
        <li>
          <Link to={`/cafes/${cafe.slug}`}>{t("manage.overview.publicLink")}</Link>
        </li>
      </ul>

      <h2 className="nhsuk-heading-m" id="status-heading">{t("manage.admin.cafe.statusHeading")}</h2>
      <p>{t("manage.admin.cafe.statusNow", { status: cafe.statusText })}</p>
      <ErrorSummary errors={statusErrors} />
      <p className="nhsuk-hint">{t("manage.admin.cafe.statusHint")}</p>
      <Form method="post" className="manage-buttons" aria-labelledby="status-heading">
        <input type="hidden" name="intent" value="status" />
        {changes.map((to) => (
          <button key={to} type="submit" name="status" value={to} className={`nhsuk-button ${to === "closed" ? "nhsuk-button--warning" : "nhsuk-button--secondary"}`}>
            {t(CHANGE_KEYS[to])}
          </button>
        ))}
      </Form>

      <h2 className="nhsuk-heading-m">{t("manage.admin.cafe.managersHeading")}</h2>
      {managers.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {managers.map((m) => (
            <li key={m.id}>
              {m.name} ({m.email}){m.disabled ? ` – ${t("manage.admin.cafe.disabled")}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("manage.admin.cafe.noManagers")}</p>
      )}
      {invitations.length ? (
        <>
          <h3 className="nhsuk-heading-s">{t("manage.admin.cafe.pendingHeading")}</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {invitations.map((i) => (
              <li key={i.id}>{t("manage.admin.cafe.pending", { email: i.email, date: i.expires })}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className="nhsuk-heading-m" id="invite-heading">{t("manage.admin.invite.heading")}</h2>
      <Form method="post" {...invite.formProps} className="manage-form" aria-labelledby="invite-heading">
        <ErrorSummary errors={invite.summary} />
        <input type="hidden" name="intent" value="invite" />
        <TextField
          field={invite.fields.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          label={t("manage.admin.invite.email")}
          hint={t("manage.admin.invite.hint")}
        />
        <button type="submit" className="nhsuk-button">
          {t("manage.admin.invite.button")}
        </button>
      </Form>
    </>
  );
}
