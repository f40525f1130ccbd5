import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { t } from "~/lib/i18n";
import { adminCounts } from "~/modules/identity/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { emailSendingEnabled, outboxCounts } from "~/modules/outbox/index.server";

export const meta: MetaFunction = () => [{ title: `${t("admin.home.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin");
  const [counts, outbox] = await Promise.all([adminCounts(), outboxCounts()]);
  return { counts, outbox, emailSending: emailSendingEnabled() };
}

function Card({ to, title, description }: { to: string; title: string; description: string }) {
  return (
    <li className="nhsuk-grid-column-one-half nhsuk-card-group__item">
      <div className="nhsuk-card nhsuk-card--clickable">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading nhsuk-heading-m">
            <Link className="nhsuk-card__link" to={to}>
              {title}
            </Link>
          </h2>
          <p className="nhsuk-card__description">{description}</p>
        </div>
      </div>
    </li>
  );
}

export default function AdminHome() {
  const { counts, outbox, emailSending } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("admin.home.title")}</h1>
      <p className="nhsuk-lede-text">{t("admin.home.intro")}</p>
      {emailSending ? null : <p className="nhsuk-inset-text">{t("admin.home.emailOff")}</p>}
      <ul className="nhsuk-grid-row nhsuk-card-group">
        <Card
          to="/admin/users"
          title={t("admin.home.users")}
          description={t("admin.home.usersCount", { users: counts.users, invitations: counts.pendingInvitations })}
        />
        <Card to="/admin/outbox" title={t("admin.home.outbox")} description={t("admin.home.outboxCount", outbox)} />
        <Card
          to="/admin/cafes"
          title={t("admin.home.cafes")}
          description={t("admin.home.cafesCount", { cafes: counts.cafes, organisations: counts.organisations })}
        />
        <Card to="/admin/tags" title={t("admin.home.tags")} description={t("admin.home.tagsHint")} />
        <Card to="/manage/partners" title={t("admin.home.partners")} description={t("admin.home.partnersHint")} />
      </ul>
    </>
  );
}
