import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, fieldValue, Honeypot, TextField } from "~/components/forms";
import { useAppForm } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { homePathFor, PASSWORD_FIELDS, safeRedirect, signInSchema } from "~/modules/identity";
import { attemptSignIn, getSignIn, idleLimitMs, signInAndRedirect } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { clientAddress, tooManySubmissions } from "~/platform/rate-limit.server";

export const meta: MetaFunction = () => [{ title: `${t("auth.signIn.title")} – ${t("brand.appName")}` }];

/** `idleNotice`: this browser's session ended after SESSION_IDLE_MINUTES without use, in words. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, idle } = await getSignIn(request);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "");
  return { signedInAs: user?.name ?? null, redirectTo, idleNotice: idle ? idleNotice(idleLimitMs() / 60_000) : null };
}

/** "You were signed out after 4 hours without activity" (in minutes when it is not a whole number of hours). */
function idleNotice(minutes: number): string {
  return minutes % 60 === 0 && minutes >= 120
    ? t("auth.signIn.idleHours", { hours: minutes / 60 })
    : t("auth.signIn.idleMinutes", { minutes });
}

/**
 * Email and password. Every failure (unknown address, wrong password, disabled account) gets the same
 * message and status, and the password check runs even for unknown addresses. The limits (per account
 * and address, per account, per address for unknown accounts) are identity's attemptSignIn (ADR 005).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const read = await readSubmission(request, signInSchema, { maxBytes: 20_000, honeypot: true, hide: PASSWORD_FIELDS });
  if (!read.ok) return read.response;
  const { email, password, redirectTo } = read.value;

  const attempt = await attemptSignIn({ email, password, address: clientAddress(context) });
  if (attempt.outcome === "refused") return tooManySubmissions(attempt.limit, "auth.signIn.tooMany", read);
  if (attempt.outcome === "failed") return read.refuse({ fieldErrors: { email: code("auth.signIn.failed") } });
  const home = homePathFor(attempt.user);
  return signInAndRedirect(request, attempt.user.id, safeRedirect(redirectTo, home));
}

export default function SignIn() {
  const { signedInAs, redirectTo, idleNotice } = useLoaderData<typeof loader>();
  const { fields, formProps, summary } = useAppForm({ schema: signInSchema, lastResult: useActionData<typeof action>() });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} />
        <h1>{t("auth.signIn.title")}</h1>
        {idleNotice ? <p className="nhsuk-inset-text">{idleNotice}</p> : null}
        {signedInAs ? <p className="nhsuk-inset-text">{t("auth.signIn.signedInAs", { name: signedInAs })}</p> : null}
        <p>{t("auth.signIn.intro")}</p>
        <Form method="post" {...formProps}>
          <Honeypot />
          <input type="hidden" name="redirectTo" value={fieldValue(fields.redirectTo, redirectTo)} />
          <TextField
            field={fields.email}
            type="email"
            label={t("auth.field.email")}
            autoComplete="username"
            spellCheck={false}
            width={30}
          />
          <TextField
            field={fields.password}
            type="password"
            label={t("auth.field.password")}
            autoComplete="current-password"
            width={20}
          />
          <button className="nhsuk-button" type="submit">
            {t("auth.signIn.button")}
          </button>
        </Form>
        <p>
          <Link to="/forgot-password">{t("auth.signIn.forgot")}</Link>
        </p>
        <p>{t("auth.signIn.noAccount")}</p>
        <p>
          {t("auth.signIn.groups")} <Link to="/register">{t("auth.signIn.registerLink")}</Link>
        </p>
      </div>
    </div>
  );
}
