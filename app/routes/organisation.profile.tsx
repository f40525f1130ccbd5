import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextArea, TextField } from "~/components/forms";
import { HistoryList } from "~/components/manage/HistoryList";
import { VisibilityNotice } from "~/components/partners/VisibilityNotice";
import { describeAuditEntry } from "~/components/manage/history-text";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { emptySchema, profileSchema } from "~/modules/partners";
import { confirmProfile, managedProfile, organisationFor, updateProfile } from "~/modules/partners/index.server";
import { auditHistory } from "~/modules/audit/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("partners.profile.editTitle")} – ${t("brand.appName")}` }];

const forms = byIntent({ preview: profileSchema, save: profileSchema, confirm: emptySchema });

async function load(request: Request) {
  const user = await requirePermission(request, "organisation.act");
  const organisationId = organisationFor(user, request);
  const profile = await managedProfile(organisationId);
  if (!profile) throw notFound();
  return { user, profile };
}

/** /organisation/profile: the group's public profile (who you are, communities, contact), with preview, history and "still correct". */
export async function loader({ request }: LoaderFunctionArgs) {
  const { profile } = await load(request);
  const history = (await auditHistory("organisation", profile.id, 30)).filter((e) => e.action.startsWith("partner."));
  return { profile, values: { description: profile.description, communities: profile.communities ?? "", phone: profile.phone ?? "", email: profile.email ?? "", website: profile.website ?? "" }, history: history.map((entry) => describeAuditEntry(entry)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, profile } = await load(request);
  const read = await readSubmission(request, forms);
  if (!read.ok) return read.response;
  const org = new URL(request.url).search;
  if (read.value.intent === "confirm") {
    await confirmProfile(user.id, profile.id);
    return redirect(`/organisation/profile${org}${org ? "&" : "?"}saved=confirmed`);
  }
  if (read.value.intent === "preview") return { ...read.reply(), preview: read.value };
  const result = await updateProfile(user.id, profile.id, read.value);
  if (!result.ok) throw notFound();
  return redirect(`/organisation/profile${org}${org ? "&" : "?"}saved=profile`);
}

export default function OrganisationProfile() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const form = useAppForm({ schema: profileSchema, lastResult: actionData, defaultValue: data.values, id: "profile" });
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  const saved = params.get("saved");
  const org = params.get("org");
  return (
    <>
      <p>
        <Link to={org ? `/organisation?org=${encodeURIComponent(org)}` : "/organisation"}>{t("partners.org.back")}</Link>
      </p>
      <h1>
        <span className="nhsuk-caption-l">{data.profile.name}</span>
        {t("partners.profile.editTitle")}
      </h1>
      {saved && !actionData ? <SavedNotice>{saved === "confirmed" ? t("partners.org.confirmed") : t("partners.org.saved")}</SavedNotice> : null}
      <VisibilityNotice verified={data.profile.verifiedAt !== null} organisationHidden={data.profile.hiddenAt ? (data.profile.hiddenReason ?? "") : null} />
      {preview ? (
        <section className="nhsuk-card" aria-labelledby="preview-heading">
          <div className="nhsuk-card__content">
            <h2 id="preview-heading">{t("partners.preview.heading")}</h2>
            <p>{t("partners.preview.intro")}</p>
            <h3>{data.profile.name}</h3>
            <p>{preview.description}</p>
            {preview.communities ? <p>{preview.communities}</p> : null}
            <ul className="nhsuk-list">
              {preview.phone ? <li>{t("partners.service.phone", { phone: preview.phone })}</li> : null}
              {preview.email ? <li>{t("partners.service.email", { email: preview.email })}</li> : null}
              {preview.website ? <li>{preview.website}</li> : null}
            </ul>
          </div>
        </section>
      ) : null}
      <Form method="post" {...form.formProps} className="manage-form">
        <ErrorSummary errors={form.summary} />
        <TextArea field={form.fields.description} label={t("partners.profile.field.description")} hint={t("partners.profile.field.descriptionHint")} rows={5} />
        <TextArea field={form.fields.communities} label={t("partners.profile.field.communities")} rows={3} />
        <TextField field={form.fields.phone} type="tel" width={20} label={t("partners.profile.field.phone")} />
        <TextField field={form.fields.email} type="email" label={t("partners.profile.field.email")} />
        <TextField field={form.fields.website} type="url" label={t("partners.profile.field.website")} />
        <div className="nhsuk-button-group">
          <button type="submit" name="intent" value="preview" className="nhsuk-button nhsuk-button--secondary">
            {t("partners.preview.button")}
          </button>
          <button type="submit" name="intent" value="save" className="nhsuk-button">
            {t("partners.save.button")}
          </button>
        </div>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value="confirm" />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          {t("partners.org.confirm")}
        </button>
      </Form>
      <h2>{t("partners.org.history")}</h2>
      <HistoryList items={data.history} />
    </>
  );
}
