import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { NewPasswordFields } from "~/components/auth/PasswordFields";
import { ErrorSummary, Honeypot } from "~/components/forms";
import { useAppForm } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { newPasswordSchema, PASSWORD_FIELDS, PASSWORD_MIN } from "~/modules/identity";
import { passwordResetTokenState, RESET_TOKEN_MINUTES, resetPasswordWithToken, signInAndRedirect, type TokenState } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";

export const meta: MetaFunction = () => [{ title: `${t("auth.reset.title")} – ${t("brand.appName")}` }];

/** Reading the link changes nothing; only the form's POST uses the token. */
export async function loader({ params }: LoaderFunctionArgs) {
  const { state, email } = await passwordResetTokenState(params.token ?? "");
  return data({ state, email: email ?? null, minutes: RESET_TOKEN_MINUTES }, { headers: { "Cache-Control": "no-store" } });
}

/**
 * A valid token sets the password, is marked used, ends every session of the account, and signs
 * this browser in (the same as accepting an invitation): the person lands on their account page.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const read = await readSubmission(request, newPasswordSchema, { maxBytes: 20_000, honeypot: true, hide: PASSWORD_FIELDS });
  if (!read.ok) return read.response;
  const outcome = await resetPasswordWithToken(params.token ?? "", read.value.password);
  if (!outcome.ok) return data({ ...read.reply(), tokenState: outcome.state }, { status: 400 });
  return signInAndRedirect(request, outcome.userId, "/account?notice=password-reset");
}

function TokenProblem({ state, minutes }: { state: Exclude<TokenState, "valid">; minutes: number }) {
  const [title, body] =
    state === "expired"
      ? [t("auth.reset.expiredTitle"), t("auth.reset.expired", { minutes })]
      : state === "used"
        ? [t("auth.reset.usedTitle"), t("auth.reset.used")]
        : [t("auth.reset.invalidTitle"), t("auth.reset.invalid")];
  return (
    <>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/forgot-password">{t("auth.reset.askAgain")}</Link>
      </p>
    </>
  );
}

export default function ResetPassword() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // A refused form keeps the form; only a token that stopped working replaces it.
  const state: TokenState = actionData && "tokenState" in actionData ? actionData.tokenState : data.state;
  const { fields, formProps, summary } = useAppForm({ schema: newPasswordSchema, lastResult: actionData });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {state !== "valid" ? (
          <TokenProblem state={state} minutes={data.minutes} />
        ) : (
          <>
            <ErrorSummary errors={summary} />
            <h1>{t("auth.reset.title")}</h1>
            <p>{t("auth.reset.intro", { email: data.email ?? "" })}</p>
            <Form method="post" {...formProps}>
              <Honeypot />
              {/* Lets password managers file the new password under the right account. */}
              <input type="hidden" name="username" autoComplete="username" value={data.email ?? ""} />
              <NewPasswordFields password={fields.password} confirm={fields.confirm} minLength={PASSWORD_MIN} />
              <button className="nhsuk-button" type="submit">
                {t("auth.reset.button")}
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
