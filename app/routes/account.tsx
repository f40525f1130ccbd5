import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/auth/Notice";
import { NewPasswordFields } from "~/components/auth/PasswordFields";
import { roleLabel } from "~/components/auth/role-label";
import { changePasswordSchema, PASSWORD_MIN } from "~/components/auth/schemas";
import { ErrorSummary, TextField } from "~/components/forms";
import { SummaryRow } from "~/components/SummaryRow";
import { t } from "~/lib/i18n";
import { homePathFor } from "~/modules/identity";
import {
  changePassword,
  clearedSignInCookie,
  endAllSignInSessions,
  getAccount,
  requireUser,
  verifyCurrentPassword,
} from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";
import { formFailure, parseForm, readForm } from "~/platform/forms.server";
import { consumeRateLimit, RATE_LIMITS, tooManyAttempts } from "~/platform/rate-limit.server";

export const meta: MetaFunction = () => [{ title: `${t("auth.account.title")} – ${t("brand.appName")}` }];

const NOTICES = {
  "password-reset": "auth.notice.passwordReset",
  "password-changed": "auth.notice.passwordChanged",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const account = await getAccount(user.id);
  if (!account) throw notFound();
  const notice = new URL(request.url).searchParams.get("notice");
  return json({
    account: {
      name: account.name,
      email: account.email,
      roles: account.roles.map((r) => ({ id: r.id, label: roleLabel(r.role, r.organisation?.name ?? r.cafe?.name) })),
    },
    homePath: homePathFor(user),
    notice: notice && notice in NOTICES ? (notice as keyof typeof NOTICES) : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const read = await readForm(request, 20_000);
  if (!read.ok) return read.response;
  const formData = read.formData;
  const intent = formData.get("intent");

  if (intent === "sign-out-everywhere") {
    await endAllSignInSessions(user.id);
    const cleared = await clearedSignInCookie();
    return redirect("/sign-out", { headers: { "Set-Cookie": cleared } });
  }

  if (intent === "change-password") {
    const result = parseForm(formData, changePasswordSchema);
    if (!result.ok) return formFailure({ errors: result.errors, values: {} });
    const limit = await consumeRateLimit(`sign-in:account:${user.email}`, RATE_LIMITS.signInAccount);
    if (!limit.allowed) return tooManyAttempts(limit, "auth.account.tooMany", { values: {} });
    if (!(await verifyCurrentPassword(user.id, result.data.currentPassword))) {
      return formFailure({ errors: { currentPassword: t("auth.account.currentWrong") }, values: {} });
    }
    await changePassword(user.id, result.data.password, user.signInSessionId);
    return redirect("/account?notice=password-changed");
  }

  return formFailure({ errors: { _form: t("manage.error.unknownAction") }, values: {} });
}

export default function Account() {
  const { account, homePath, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {notice && !actionData ? <SuccessNotice>{t(NOTICES[notice])}</SuccessNotice> : null}
        <ErrorSummary errors={errors} />
        <h1>{t("auth.account.title")}</h1>

        <h2>{t("auth.account.details")}</h2>
        <dl className="nhsuk-summary-list">
          <SummaryRow label={t("auth.account.name")}>{account.name}</SummaryRow>
          <SummaryRow label={t("auth.account.email")}>{account.email}</SummaryRow>
          <SummaryRow label={t("auth.account.roles")}>
            {account.roles.length ? (
              <ul className="nhsuk-list">
                {account.roles.map((r) => (
                  <li key={r.id}>{r.label}</li>
                ))}
              </ul>
            ) : (
              t("auth.account.noRoles")
            )}
          </SummaryRow>
        </dl>
        {account.roles.length ? (
          <p>
            <Link to={homePath}>{t("auth.account.home")}</Link>
          </p>
        ) : null}

        <h2 id="change-password">{t("auth.account.changePassword")}</h2>
        <p>{t("auth.account.changePasswordHint")}</p>
        <Form method="post" noValidate aria-labelledby="change-password">
          <input type="hidden" name="intent" value="change-password" />
          <input type="hidden" name="username" autoComplete="username" value={account.email} />
          <TextField
            name="currentPassword"
            type="password"
            label={t("auth.field.currentPassword")}
            autoComplete="current-password"
            error={errors?.currentPassword}
            width={20}
          />
          <NewPasswordFields errors={errors} minLength={PASSWORD_MIN} />
          <button className="nhsuk-button" type="submit">
            {t("auth.account.changePasswordButton")}
          </button>
        </Form>

        <h2 id="sign-out-everywhere">{t("auth.account.signOutEverywhere")}</h2>
        <p>{t("auth.account.signOutEverywhereBody")}</p>
        <Form method="post" aria-labelledby="sign-out-everywhere">
          <input type="hidden" name="intent" value="sign-out-everywhere" />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            {t("auth.account.signOutEverywhereButton")}
          </button>
        </Form>
      </div>
    </div>
  );
}
