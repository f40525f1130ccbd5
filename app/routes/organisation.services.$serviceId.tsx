import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ChoiceGroup, ErrorSummary, TextArea, TextField, type FormField } from "~/components/forms";
import { HistoryList } from "~/components/manage/HistoryList";
import { VisibilityNotice } from "~/components/partners/VisibilityNotice";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { describeAuditEntry } from "~/components/manage/history-text";
import { ServiceCard } from "~/components/partners/ServiceCard";
import { ServiceVenues } from "~/components/partners/ServiceVenues";
import { byIntent, useAppForm, type FormReply } from "~/lib/forms";
import { code, t, words } from "~/lib/i18n";
import { ACCESS_KINDS, DISTRICTS, MAX_VENUES, emptySchema, serviceLookups, serviceSchema } from "~/modules/partners";
import {
  checkService,
  confirmService,
  managedProfile,
  managedService,
  organisationFor,
  organisationOfService,
  previewService,
  saveService,
  type ManagedService,
} from "~/modules/partners/index.server";
import { auditHistory } from "~/modules/audit/index.server";
import { listFootprints } from "~/modules/footprint/index.server";
import { authorise, requirePermission } from "~/modules/identity/index.server";
import { tagChoices } from "~/modules/tags/index.server";
import { now } from "~/platform/clock.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("partners.org.services")} – ${t("brand.appName")}` }];

const forms = byIntent({ preview: serviceSchema, save: serviceSchema, confirm: emptySchema, addVenue: emptySchema, removeVenue: emptySchema });

/** The organisation and service of the page: /organisation/services/new?org=… or /organisation/services/<id> (403 for another group's). */
async function load(request: Request, serviceId: string) {
  const user = await requirePermission(request, "organisation.act");
  if (serviceId === "new") {
    const organisationId = organisationFor(user, request);
    return { user, organisationId, service: null };
  }
  const organisationId = await organisationOfService(serviceId);
  if (!organisationId) throw notFound();
  authorise(user, "organisation.act", { organisationId });
  const service = await managedService(organisationId, serviceId);
  if (!service) throw notFound();
  return { user, organisationId, service };
}

function valuesOf(s: ManagedService | null): Record<string, unknown> {
  if (!s) return { access: "drop-in", isFree: "yes", venues: [{}] };
  const tagIds = (kind: string) => s.tags.filter((x) => x.tag.kind === kind).map((x) => x.tagId);
  const venues = s.locations.map((loc) => ({
    id: loc.id,
    name: loc.name,
    addressLine1: loc.addressLine1,
    town: loc.town,
    postcode: loc.postcode,
    byAppointment: loc.byAppointment ? "yes" : "",
    sessions: loc.sessions.map((x) => ({
      day: x.dayOfWeek.toString(),
      start: x.startTime,
      end: x.endTime,
      overnight: x.endTime < x.startTime ? "yes" : "",
    })),
  }));
  return {
    name: s.name,
    description: s.description,
    whoFor: s.whoFor ?? "",
    access: s.access,
    accessNotes: s.accessNotes ?? "",
    isFree: s.isFree ? "yes" : "no",
    costNote: s.costNote ?? "",
    minimumAge: s.minimumAge?.toString() ?? "",
    maximumAge: s.maximumAge?.toString() ?? "",
    phone: s.phone ?? "",
    email: s.email ?? "",
    website: s.website ?? "",
    supportTagIds: tagIds("support"),
    audienceTagIds: tagIds("audience"),
    languageTagIds: tagIds("language"),
    areaLLR: s.areas.some((a) => a.kind === "llr") ? "yes" : "",
    areaDistricts: s.areas.flatMap((a) => (a.kind === "district" && a.district ? [a.district] : [])),
    areaFootprintIds: s.areas.flatMap((a) => (a.kind === "footprint" && a.footprintId ? [a.footprintId] : [])),
    venues: venues.length ? venues : [{}],
  };
}

/** "Add another venue" and "Remove this venue": the form as typed with a venue more or less, nothing saved. */
function changeVenues(request: Request, reply: FormReply, intent: "addVenue" | "removeVenue") {
  const values = { ...(reply.initialValue ?? {}) } as Record<string, unknown>;
  const venues = Array.isArray(values.venues) ? [...(values.venues as unknown[])] : [];
  let formError: string | undefined;
  if (intent === "addVenue") {
    if (venues.length >= MAX_VENUES) formError = words(code("partners.error.tooManyVenues", { max: MAX_VENUES }));
    else venues.push({});
  } else {
    const index = Number(new URL(request.url).searchParams.get("remove"));
    if (Number.isInteger(index) && index >= 0 && index < venues.length) venues.splice(index, 1);
  }
  const changed: FormReply = {
    status: "error",
    initialValue: { ...values, venues: venues.length ? venues : [{}] } as FormReply["initialValue"],
    error: formError ? { "": [formError] } : {},
  };
  // A new key each time, so the form starts again from these values.
  return { ...changed, venuesChanged: `${Date.now()}-${venues.length}` };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organisationId, service } = await load(request, params.serviceId ?? "");
  const [tags, footprints, history, profile] = await Promise.all([
    tagChoices(["support", "audience", "language"], service?.tags.map((x) => x.tagId) ?? []),
    listFootprints({ activeOn: new Date().toISOString().slice(0, 10) }),
    service ? auditHistory("partner-service", service.id, 30) : Promise.resolve([]),
    managedProfile(organisationId),
  ]);
  const names = new Map([...tags.map((x) => [x.id, x.label] as const), ...footprints.map((f) => [f.id, f.name] as const)]);
  return {
    organisationId,
    serviceId: service?.id ?? null,
    serviceName: service?.name ?? null,
    values: valuesOf(service),
    tags,
    footprints: footprints.map((f) => ({ id: f.id, name: f.name })),
    history: history.map((entry) => describeAuditEntry(entry, names)),
    visibility: {
      verified: !!profile?.verifiedAt,
      organisationHidden: profile?.hiddenAt ? (profile.hiddenReason ?? "") : null,
      serviceHidden: service?.hiddenAt ? (service.hiddenReason ?? "") : null,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, organisationId, service } = await load(request, params.serviceId ?? "");
  const read = await readSubmission(request, forms);
  if (!read.ok) {
    // The schema's messages and the database's (tags, areas, postcodes) together, never one at a time.
    if (!("refuseWith" in read) || !read.refuseWith) return read.response;
    const check = await checkService(serviceLookups(read.payload));
    return check.ok ? read.response : read.refuseWith({ fieldErrors: check.errors });
  }
  const form = read.value;
  if (form.intent === "confirm") {
    if (!service) throw notFound();
    await confirmService(user.id, organisationId, service.id);
    return redirect(`/organisation/services/${service.id}?saved=confirmed`);
  }
  if (form.intent === "addVenue" || form.intent === "removeVenue") return changeVenues(request, read.reply(), form.intent);
  if (form.intent === "preview") {
    const check = await checkService(form);
    if (!check.ok) return read.refuse({ fieldErrors: check.errors });
    const org = await managedProfile(organisationId);
    if (!org) throw notFound();
    return { ...read.reply(), preview: await previewService(org, form, check.places, now()) };
  }
  const result = await saveService(user.id, organisationId, service?.id ?? null, form);
  if (!result.ok) {
    if (result.error === "not-found") throw notFound();
    return read.refuse({ fieldErrors: result.errors });
  }
  return redirect(`/organisation/services/${result.id}?saved=service`);
}

export default function OrganisationService() {
  const actionData = useActionData<typeof action>();
  // The form starts again (from the values returned) when the venues were added to or removed.
  return <ServicePage key={actionData && "venuesChanged" in actionData ? actionData.venuesChanged : "service"} />;
}

function ServicePage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const saved = useSearchParams()[0].get("saved");
  const form = useAppForm({ schema: serviceSchema, lastResult: actionData, defaultValue: data.values, id: "service" });
  const f = form.fields;
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  const tagsOf = (kind: string) => data.tags.filter((x) => x.kind === kind).map((x) => ({ value: x.id, label: x.label }));
  const values = (form.form.initialValue ?? {}) as Record<string, unknown>;
  const venueCount = Array.isArray(values.venues) ? values.venues.length : 0;
  const nested = (name: string): FormField => ({ name, errors: form.form.allErrors[name], initialValue: valueAt(values, name), key: form.form.key });
  return (
    <>
      <p>
        <Link to={`/organisation?org=${encodeURIComponent(data.organisationId)}`}>{t("partners.org.back")}</Link>
      </p>
      <h1>{data.serviceName ? t("partners.serviceForm.editTitle", { service: data.serviceName }) : t("partners.serviceForm.newTitle")}</h1>
      {saved && !actionData ? <SavedNotice>{saved === "confirmed" ? t("partners.org.confirmed") : t("partners.org.saved")}</SavedNotice> : null}
      <VisibilityNotice {...data.visibility} />
      {preview ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("partners.preview.heading")}</h2>
          <p>{t("partners.preview.intro")}</p>
          <ServiceCard service={preview} links={false} />
        </section>
      ) : null}
      <Form method="post" {...form.formProps} className="manage-form">
        {/* Enter in a field previews, as the first button of the form is the default one. */}
        <button type="submit" name="intent" value="preview" hidden tabIndex={-1} aria-hidden="true" />
        <ErrorSummary errors={form.summary} />
        <TextField field={f.name} label={t("partners.serviceForm.name")} />
        <TextArea field={f.description} label={t("partners.serviceForm.description")} rows={4} />
        <ChoiceGroup field={f.supportTagIds} legend={t("partners.serviceForm.support")} options={tagsOf("support")} small />
        <TextArea field={f.whoFor} label={t("partners.serviceForm.whoFor")} rows={2} />
        <ChoiceGroup field={f.audienceTagIds} legend={t("partners.serviceForm.audiences")} options={tagsOf("audience")} small />
        <TextField field={f.minimumAge} width={4} inputMode="numeric" label={t("partners.serviceForm.minimumAge")} />
        <TextField field={f.maximumAge} width={4} inputMode="numeric" label={t("partners.serviceForm.maximumAge")} />
        <ChoiceGroup field={f.access} type="radio" legend={t("partners.serviceForm.access")} options={ACCESS_KINDS.map((a) => ({ value: a, label: t(`partners.access.${a}`) }))} />
        <TextArea field={f.accessNotes} label={t("partners.serviceForm.accessNotes")} rows={2} />
        <ChoiceGroup
          field={f.isFree}
          type="radio"
          legend={t("partners.serviceForm.isFree")}
          options={[
            { value: "yes", label: t("partners.serviceForm.free") },
            { value: "no", label: t("partners.serviceForm.notFree") },
          ]}
        />
        <TextField field={f.costNote} label={t("partners.serviceForm.costNote")} />
        <ChoiceGroup field={f.languageTagIds} legend={t("partners.serviceForm.languages")} options={tagsOf("language")} small />
        <fieldset className="nhsuk-fieldset manage-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("partners.serviceForm.contact")}</legend>
          <TextField field={f.phone} type="tel" width={20} label={t("partners.profile.field.phone")} />
          <TextField field={f.email} type="email" label={t("partners.profile.field.email")} />
          <TextField field={f.website} type="url" label={t("partners.profile.field.website")} />
        </fieldset>
        <ServiceVenues field={nested} count={venueCount} />
        <fieldset className="nhsuk-fieldset manage-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("partners.serviceForm.areas")}</legend>
          <p className="nhsuk-hint">{t("partners.serviceForm.areasHint")}</p>
          <ChoiceGroup field={f.areaLLR} legend={t("partners.serviceForm.areaLLR")} options={[{ value: "yes", label: t("partners.serviceForm.areaLLR") }]} small />
          <ChoiceGroup field={f.areaDistricts} legend={t("partners.serviceForm.areaDistricts")} options={DISTRICTS.map((d) => ({ value: d, label: d }))} small />
          <ChoiceGroup field={f.areaFootprintIds} legend={t("partners.serviceForm.areaFootprints")} options={data.footprints.map((x) => ({ value: x.id, label: x.name }))} small />
        </fieldset>
        <div className="nhsuk-button-group">
          <button type="submit" name="intent" value="preview" className="nhsuk-button nhsuk-button--secondary">
            {t("partners.preview.button")}
          </button>
          <button type="submit" name="intent" value="save" className="nhsuk-button">
            {t("partners.save.button")}
          </button>
        </div>
      </Form>
      {data.serviceId ? (
        <>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm" />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              {t("partners.org.confirm")}
            </button>
          </Form>
          <h2>{t("partners.org.history")}</h2>
          <HistoryList items={data.history} />
        </>
      ) : null}
    </>
  );
}

/** The value at a form name ("venues[0].sessions[1].day") in nested values. */
function valueAt(values: unknown, name: string): unknown {
  return name
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), values);
}
