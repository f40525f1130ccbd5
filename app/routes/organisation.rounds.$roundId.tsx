import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { RoundGuidance } from "~/components/grants/RoundGuidance";
import { t } from "~/lib/i18n";
import { roundForApplicants } from "~/modules/grants/index.server";
import { can, holdsRole, ownedIds } from "~/modules/identity";
import { requireUser } from "~/modules/identity/index.server";
import { forbidden } from "~/platform/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.round.title ?? t("grants.guidance.title")} – ${t("brand.appName")}` }];

/**
 * A round's guidance for the organisations that may apply to it: before they start an application (a
 * round taking applications now) and while they fill it in (a round they have an application in).
 * Grant staff may read any round's. Everyone else gets 403, whether or not the round exists.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const staff = holdsRole(user, "admin", "grant-officer");
  if (!staff && !holdsRole(user, "organisation-member")) throw forbidden();
  const round = await roundForApplicants(user, params.roundId ?? "", staff);
  if (!round) throw forbidden();
  const memberOf = [...new Set(ownedIds(user, "organisation.apply"))];
  const requested = new URL(request.url).searchParams.get("org");
  const organisationId = requested && memberOf.includes(requested) ? requested : memberOf.length === 1 ? memberOf[0]! : null;
  return {
    round: {
      ...round,
      opensAt: round.opensAt?.toISOString() ?? null,
      closesAt: round.closesAt?.toISOString() ?? null,
    },
    startFor: round.open && organisationId && can(user, "organisation.apply", { organisationId }) && !can(user, "admin") ? organisationId : null,
  };
}

export default function RoundGuidancePage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to="/organisation">{t("grants.app.backHome")}</Link>
      </p>
      <h1>
        <span className="nhsuk-caption-l">{t("grants.guidance.caption")} </span>
        {data.round.title}
      </h1>
      <RoundGuidance round={data.round} />
      {data.startFor ? (
        <Form method="post" action="/organisation/applications/new">
          <input type="hidden" name="organisationId" value={data.startFor} />
          <input type="hidden" name="roundId" value={data.round.id} />
          <button type="submit" className="nhsuk-button">
            {t("grants.org.start", { round: data.round.title })}
          </button>
        </Form>
      ) : null}
    </>
  );
}
