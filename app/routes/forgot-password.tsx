import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Honeypot, TextField } from "~/components/forms";
import { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { forgotPasswordSchema } from "~/modules/identity";
import { RESET_TOKEN_MINUTES, requestPasswordReset } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { clientAddress, consumeRateLimits, RATE_LIMITS, tooManySubmissions } from "~/platform/rate-limit.server";

export const meta: MetaFunction = () => [{ title: `${t("auth.forgot.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  return { sent: new URL(request.url).searchParams.get("sent") === "1", minutes: RESET_TOKEN_MINUTES };
}

/**
 * Answers the same way whether or not an account has the address: a redirect to "check your email".
 * Limited per client address (refused with a message) and per email address, whether or not it has an
 * account: past 3 an hour nothing more is sent to the address, but the answer is the same, so requests
 * made by someone else never stop the owner from asking (the links already sent to them still work).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const read = await readSubmission(request, forgotPasswordSchema, { maxBytes: 20_000, honeypot: true });
  if (!read.ok) return read.response;
  const { email } = read.value;

  const refused = await consumeRateLimits([[`reset:ip:${clientAddress(context)}`, RATE_LIMITS.resetIp]]);
  if (refused) return tooManySubmissions(refused, "auth.forgot.tooMany", read);

  if (!(await consumeRateLimits([[`reset:email:${email}`, RATE_LIMITS.resetEmail]]))) await requestPasswordReset(email);
  return redirect("/forgot-password?sent=1");
}

export default function ForgotPassword() {
  const { sent, minutes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { fields, formProps, summary } = useAppForm({ schema: forgotPasswordSchema, lastResult: actionData });

  if (sent && !actionData) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{t("auth.forgot.sentTitle")}</h1>
          <p>{t("auth.forgot.sentBody", { minutes })}</p>
          <p>{t("auth.forgot.sentHelp")}</p>
          <p>
            <Link to="/forgot-password">{t("auth.forgot.askAgain")}</Link>
          </p>
          <p>
            <Link to="/sign-in">{t("auth.forgot.backToSignIn")}</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} />
        <h1>{t("auth.forgot.title")}</h1>
        <p>{t("auth.forgot.intro", { minutes })}</p>
        <Form method="post" action="/forgot-password" {...formProps}>
          <Honeypot />
          <TextField
            field={fields.email}
            type="email"
            label={t("auth.field.email")}
            autoComplete="email"
            spellCheck={false}
            width={30}
          />
          <button className="nhsuk-button" type="submit">
            {t("auth.forgot.button")}
          </button>
        </Form>
        <p>
          <Link to="/sign-in">{t("auth.forgot.backToSignIn")}</Link>
        </p>
      </div>
    </div>
  );
}
