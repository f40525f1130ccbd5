import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Honeypot, TextArea, TextField } from "~/components/forms";
import { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { registrationSchema } from "~/modules/organisation";
import { registerOrganisation } from "~/modules/organisation/index.server";
import { readSubmission } from "~/platform/forms.server";
import { clientAddress, consumeRateLimits, RATE_LIMITS, tooManySubmissions } from "~/platform/rate-limit.server";

export const meta: MetaFunction = () => [{ title: `${t("register.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  return { sent: new URL(request.url).searchParams.get("sent") === "1" };
}

/**
 * A VCS group registers itself and its first member. A honeypot and a per-address limit keep bots out;
 * the answer is the same "check your email" page whatever the address, and nothing can be done until
 * the link in the email is followed (it is an invitation as the organisation's member).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const read = await readSubmission(request, registrationSchema, { maxBytes: 20_000, honeypot: true });
  if (!read.ok) return read.response;
  const refused = await consumeRateLimits([[`register:ip:${clientAddress(context)}`, RATE_LIMITS.registerIp]]);
  if (refused) return tooManySubmissions(refused, "register.tooMany", read);
  await registerOrganisation(read.value);
  return redirect("/register?sent=1");
}

export default function Register() {
  const { sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { fields, formProps, summary } = useAppForm({ schema: registrationSchema, lastResult: actionData });
  if (sent && !actionData) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{t("register.sentTitle")}</h1>
          <p>{t("register.sent")}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{t("register.title")}</h1>
        <p>{t("register.intro")}</p>
        <Form method="post" {...formProps}>
          <ErrorSummary errors={summary} />
          <Honeypot />
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("register.organisationHeading")}</legend>
            <TextField field={fields.name} label={t("register.field.name")} autoComplete="organization" />
            <TextField field={fields.charityNumber} label={t("register.field.charityNumber")} width={10} />
            <TextField field={fields.companyNumber} label={t("register.field.companyNumber")} width={10} />
            <TextField field={fields.addressLine1} label={t("register.field.addressLine1")} autoComplete="address-line1" />
            <TextField field={fields.town} label={t("register.field.town")} width={20} autoComplete="address-level2" />
            <TextField field={fields.postcode} label={t("register.field.postcode")} width={10} autoComplete="postal-code" />
            <TextField field={fields.phone} label={t("register.field.phone")} type="tel" width={20} autoComplete="tel" />
            <TextField field={fields.website} label={t("register.field.website")} type="url" />
            <TextArea field={fields.communities} label={t("register.field.communities")} rows={4} />
          </fieldset>
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("register.personHeading")}</legend>
            <TextField field={fields.contactName} label={t("register.field.contactName")} autoComplete="name" />
            <TextField field={fields.email} label={t("register.field.email")} hint={t("register.field.emailHint")} type="email" autoComplete="email" />
          </fieldset>
          <button type="submit" className="nhsuk-button">
            {t("register.submit")}
          </button>
        </Form>
      </div>
    </div>
  );
}
