import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ServiceCard } from "~/components/partners/ServiceCard";
import { localePath, t } from "~/lib/i18n";
import { serviceTextSummary } from "~/modules/partners";
import { publicServiceBySlug } from "~/modules/partners/index.server";
import { appUrl } from "~/platform/env.server";
import { notFound } from "~/platform/responses.server";
import { pageLocale } from "~/platform/page-locale.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t("partners.print.title", { service: data?.service.name ?? "" }) }];

/** /partners/services/<slug>/print: one service on a page to print or hand on, with its text-message summary. */
export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  const { params } = args;
  const service = await publicServiceBySlug(params.slug ?? "");
  if (!service) throw notFound();
  const summary = serviceTextSummary({
    name: service.name,
    organisation: service.organisation.name,
    access: service.access,
    locations: service.locations.map((l) => ({ name: l.name, postcode: l.postcode, byAppointment: l.byAppointment, sessions: l.schedule.sessions })),
    areas: service.areas.map((a) => (a.kind === "llr" ? "LLR" : a.label)),
    phone: service.phone,
    url: `${appUrl()}${localePath(`/partners/${service.organisation.slug}`)}`,
    demo: service.isDemo,
  });
  return { service, summary };
}

export default function PrintService() {
  const { service, summary } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{service.name}</h1>
      <p>{t("partners.print.from", { app: t("brand.appName") })}</p>
      <ServiceCard service={service} heading="h2" links={false} />
      <h2 className="nhsuk-heading-s" id="summary-heading">
        {t("partners.service.text")}
      </h2>
      <p className="nhsuk-hint" id="summary-hint">
        {t("partners.service.textHint")}
      </p>
      <textarea className="nhsuk-textarea" readOnly rows={4} value={summary} aria-labelledby="summary-heading" aria-describedby="summary-hint" />
    </>
  );
}
