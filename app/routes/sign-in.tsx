import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { signInSchema } from "~/components/auth/schemas";
import { ErrorSummary, Honeypot, TextField, valueOf } from "~/components/forms";
import { homePathFor, safeRedirect } from "~/modules/identity";
import { t } from "~/lib/i18n";
import { findUserForSignIn } from "~/modules/identity/index.server";
import { getUser, signInAndRedirect } from "~/modules/identity/index.server";
import { formFailure, isHoneypotFilled, parseForm, readForm, refuseHoneypot } from "~/platform/forms.server";
import { verifyPassword } from "~/modules/identity/index.server";
import {
  clearRateLimit,
  clientAddress,
  consumeRateLimits,
  RATE_LIMITS,
  refundRateLimit,
  tooManyAttempts,
} from "~/platform/rate-limit.server";

export const meta: MetaFunction = () => [{ title: `${t("auth.signIn.title")} – ${t("brand.appName")}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "");
  return json({ signedInAs: user?.name ?? null, redirectTo });
}

/**
 * Email and password. Every failure (unknown address, wrong password, disabled account) gets the same
 * message and status, and the password check runs even for unknown addresses. Attempts are limited per
 * account (cleared by a successful sign-in) and failures per address (a successful sign-in is given
 * back), so colleagues behind one proxy cannot lock each other out by signing in.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const read = await readForm(request, 20_000);
  if (!read.ok) return read.response;
  const formData = read.formData;
  if (isHoneypotFilled(formData)) return refuseHoneypot();
  const result = parseForm(formData, signInSchema);
  const values = { email: valueOf(result.values, "email"), redirectTo: valueOf(result.values, "redirectTo") };
  if (!result.ok) return formFailure({ errors: result.errors, values });
  const { email, password, redirectTo } = result.data;

  const accountKey = `sign-in:account:${email}`;
  const addressKey = `sign-in:ip:${clientAddress(context)}`;
  const refused = await consumeRateLimits([
    [addressKey, RATE_LIMITS.signInIp],
    [accountKey, RATE_LIMITS.signInAccount],
  ]);
  if (refused) return tooManyAttempts(refused, "auth.signIn.tooMany", { values });

  const user = await findUserForSignIn(email);
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt) {
    return formFailure({ errors: { email: t("auth.signIn.failed") }, values });
  }
  await clearRateLimit(accountKey);
  await refundRateLimit(addressKey);
  const home = homePathFor(user);
  return signInAndRedirect(request, user.id, safeRedirect(redirectTo, home));
}

export default function SignIn() {
  const { signedInAs, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = actionData?.values as Record<string, string> | undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1>{t("auth.signIn.title")}</h1>
        {signedInAs ? <p className="nhsuk-inset-text">{t("auth.signIn.signedInAs", { name: signedInAs })}</p> : null}
        <p>{t("auth.signIn.intro")}</p>
        <Form method="post" noValidate>
          <Honeypot />
          <input type="hidden" name="redirectTo" value={valueOf(values, "redirectTo", redirectTo)} />
          <TextField
            name="email"
            type="email"
            label={t("auth.field.email")}
            autoComplete="username"
            spellCheck={false}
            defaultValue={valueOf(values, "email")}
            error={errors?.email}
            width={30}
          />
          <TextField
            name="password"
            type="password"
            label={t("auth.field.password")}
            autoComplete="current-password"
            error={errors?.password}
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
      </div>
    </div>
  );
}
