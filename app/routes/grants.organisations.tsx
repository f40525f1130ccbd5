import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { formatLondonDateTime } from "~/components/grants/dates";
import { message, text } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { requirePermission } from "~/modules/identity/index.server";
import { registerLinks } from "~/modules/organisation";
import { listOrganisationsForVerification, verifyOrganisation } from "~/modules/organisation/index.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("verify.title")} – ${t("brand.appName")}` }];

/** Grant officers verify organisations: the new ones first, each with links to the public registers. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const organisations = await listOrganisationsForVerification();
  return {
    organisations: organisations.map((o) => ({
      ...o,
      registeredAt: o.registeredAt?.toISOString() ?? null,
      verifiedAt: o.verifiedAt?.toISOString() ?? null,
      links: registerLinks(o),
    })),
  };
}

const verifyForm = z.object({ organisationId: text(z.string().trim().min(1, message("verify.error.unknown"))) });

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "grants.manage");
  const read = await readSubmission(request, verifyForm);
  if (!read.ok) return read.response;
  if ((await verifyOrganisation(user, read.value.organisationId)) === "not-found") throw notFound();
  return redirect("/grants/organisations?verified=1");
}

export default function Organisations() {
  const { organisations } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const waiting = organisations.filter((o) => !o.verifiedAt);
  const verified = organisations.filter((o) => o.verifiedAt);
  return (
    <>
      <h1>{t("verify.title")}</h1>
      {params.get("verified") ? <SavedNotice>{t("verify.done")}</SavedNotice> : null}
      <p>{t("verify.intro")}</p>
      <h2>{t("verify.toCheck", { count: waiting.length })}</h2>
      {waiting.length === 0 ? <p>{t("verify.none")}</p> : null}
      {waiting.map((o) => (
        <div key={o.id} className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading">{o.name}</h3>
            <p>
              {[o.town, o.postcode].filter(Boolean).join(" ")}
              {o.registeredAt ? ` · ${t("verify.registered", { date: formatLondonDateTime(o.registeredAt) })}` : ""}
            </p>
            {o.communities ? <p className="manage-pre">{o.communities}</p> : null}
            <p>{[o.contactName, o.email, o.website].filter(Boolean).join(" · ")}</p>
            <p>{t("verify.members", { count: o.members })}</p>
            {o.links.length ? (
              <ul>
                {o.links.map((l) => (
                  <li key={l.kind}>
                    <a href={l.href} rel="noopener noreferrer" target="_blank">
                      {t(l.kind === "charity" ? "verify.charity" : "verify.company", { number: l.number })}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("verify.noNumbers")}</p>
            )}
            <Form method="post">
              <input type="hidden" name="organisationId" value={o.id} />
              <button type="submit" className="nhsuk-button nhsuk-button--secondary">
                {t("verify.button", { name: o.name })}
              </button>
            </Form>
          </div>
        </div>
      ))}
      <h2>{t("verify.verified")}</h2>
      <ul className="nhsuk-list">
        {verified.map((o) => (
          <li key={o.id}>
            {o.name} – {t("verify.verifiedOn", { date: o.verifiedAt ? formatLondonDateTime(o.verifiedAt) : "" })}
          </li>
        ))}
      </ul>
    </>
  );
}
