import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/auth/Notice";
import { NewPasswordFields } from "~/components/auth/PasswordFields";
import { roleLabel } from "~/components/auth/role-label";
import { ErrorSummary, TextField } from "~/components/forms";
import { SummaryRow } from "~/components/SummaryRow";
import { byIntent, useAppForm } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { changePasswordSchema, homePathFor, PASSWORD_FIELDS, PASSWORD_MIN } from "~/modules/identity";
import {
  changePassword,
  clearedSignInCookie,
  endAllSignInSessions,
  getAccount,
  requireUser,
  verifyCurrentPassword,
} from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";
import { readSubmission } from "~/platform/forms.server";
import { consumeRateLimit, RATE_LIMITS, tooManySubmissions } from "~/platform/rate-limit.server";
import { z } from "zod";

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
  return {
    account: {
      name: account.name,
      email: account.email,
      roles: account.roles.map((r) => ({ id: r.id, label: roleLabel(r.role, r.organisation?.name ?? r.cafe?.name) })),
    },
    homePath: homePathFor(user),
    notice: notice && notice in NOTICES ? (notice as keyof typeof NOTICES) : null,
  };
}

/** The page's two forms: change the password, sign out everywhere. */
const accountForms = byIntent({ "change-password": changePasswordSchema, "sign-out-everywhere": z.object({}) });

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const read = await readSubmission(request, accountForms, { maxBytes: 20_000, hide: PASSWORD_FIELDS });
  if (!read.ok) return read.response;
  const form = read.value;
  if (form.intent === "sign-out-everywhere") {
    await endAllSignInSessions(user.id);
    const cleared = await clearedSignInCookie();
    return redirect("/sign-out", { headers: { "Set-Cookie": cleared } });
  }
  const limit = await consumeRateLimit(`password-check:${user.id}`, RATE_LIMITS.passwordCheck);
  if (!limit.allowed) return tooManySubmissions(limit, "auth.account.tooMany", read);
  if (!(await verifyCurrentPassword(user.id, form.currentPassword))) {
    return read.refuse({ fieldErrors: { currentPassword: code("auth.account.currentWrong") } });
  }
  await changePassword(user.id, form.password, user.signInSessionId);
  return redirect("/account?notice=password-changed");
}

export default function Account() {
  const { account, homePath, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { fields, formProps, summary } = useAppForm({ schema: changePasswordSchema, lastResult: actionData, id: "change-password" });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {notice && !actionData ? <SuccessNotice>{t(NOTICES[notice])}</SuccessNotice> : null}
        <ErrorSummary errors={summary} />
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

        <h2 id="change-password-heading">{t("auth.account.changePassword")}</h2>
        <p>{t("auth.account.changePasswordHint")}</p>
        <Form method="post" {...formProps} aria-labelledby="change-password-heading">
          <input type="hidden" name="intent" value="change-password" />
          <input type="hidden" name="username" autoComplete="username" value={account.email} />
          <TextField
            field={fields.currentPassword}
            type="password"
            label={t("auth.field.currentPassword")}
            autoComplete="current-password"
            width={20}
          />
          <NewPasswordFields password={fields.password} confirm={fields.confirm} minLength={PASSWORD_MIN} />
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
