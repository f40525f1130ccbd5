import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { forgotPasswordSchema } from "~/components/auth/schemas";
import { ErrorSummary, Honeypot, TextField, valueOf } from "~/components/forms";
import { t } from "~/lib/i18n";
import { RESET_TOKEN_MINUTES, requestPasswordReset } from "~/modules/identity/index.server";
import { formFailure, isHoneypotFilled, parseForm, readForm, refuseHoneypot } from "~/platform/forms.server";
import { clientAddress, consumeRateLimits, RATE_LIMITS, tooManyAttempts } from "~/platform/rate-limit.server";

export const meta: MetaFunction = () => [{ title: `${t("auth.forgot.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  return json({ sent: new URL(request.url).searchParams.get("sent") === "1", minutes: RESET_TOKEN_MINUTES });
}

/**
 * Answers the same way whether or not an account has the address: a redirect to "check your email".
 * Limited per client address and per email address (whether or not it has an account).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const read = await readForm(request, 20_000);
  if (!read.ok) return read.response;
  const formData = read.formData;
  if (isHoneypotFilled(formData)) return refuseHoneypot();
  const result = parseForm(formData, forgotPasswordSchema);
  const values = { email: valueOf(result.values, "email") };
  if (!result.ok) return formFailure({ errors: result.errors, values });
  const { email } = result.data;

  const refused = await consumeRateLimits([
    [`reset:ip:${clientAddress(context)}`, RATE_LIMITS.resetIp],
    [`reset:email:${email}`, RATE_LIMITS.resetEmail],
  ]);
  if (refused) return tooManyAttempts(refused, "auth.forgot.tooMany", { values });

  await requestPasswordReset(email);
  return redirect("/forgot-password?sent=1");
}

export default function ForgotPassword() {
  const { sent, minutes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = actionData?.values as Record<string, string> | undefined;

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
        <ErrorSummary errors={errors} />
        <h1>{t("auth.forgot.title")}</h1>
        <p>{t("auth.forgot.intro", { minutes })}</p>
        <Form method="post" action="/forgot-password" noValidate>
          <Honeypot />
          <TextField
            name="email"
            type="email"
            label={t("auth.field.email")}
            autoComplete="email"
            spellCheck={false}
            defaultValue={valueOf(values, "email")}
            error={errors?.email}
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
