import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatInstantDate } from "~/lib/dates";
import { NewPasswordFields } from "~/components/auth/PasswordFields";
import { roleLabel } from "~/components/auth/role-label";
import { newAccountSchema, PASSWORD_MIN } from "~/components/auth/schemas";
import { ErrorSummary, Honeypot, TextField, valueOf } from "~/components/forms";
import { homeFor } from "~/modules/identity";
import { t } from "~/lib/i18n";
import {
  acceptInvitationAsNewUser,
  acceptInvitationForUser,
  findInvitation,
  INVITATION_DAYS,
  type AcceptFailure,
} from "~/modules/identity/index.server";
import { rolesOf } from "~/modules/identity/index.server";
import { getUser, refuseHoneypot, requireUser, signInAndRedirect } from "~/modules/identity/index.server";
import { formFailure, isHoneypotFilled, parseForm, readForm } from "~/platform/forms.server";
import { clientAddress, consumeRateLimit, RATE_LIMITS, tooManyAttempts } from "~/platform/rate-limit.server";

export const meta: MetaFunction = () => [{ title: `${t("auth.invitation.title")} – ${t("brand.appName")}` }];

/** Shows who invited you to what. Opening the link changes nothing. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const [lookup, user] = await Promise.all([findInvitation(token), getUser(request)]);
  const signedIn = user ? { name: user.name, email: user.email } : null;
  const path = new URL(request.url).pathname;
  if (lookup.state !== "valid") {
    return json(
      { state: lookup.state, invitation: null, signedIn, path, days: INVITATION_DAYS },
      { headers: { "Cache-Control": "no-store" } },
    );
  }
  const inv = lookup.invitation;
  return json(
    {
      state: lookup.state,
      signedIn,
      path,
      days: INVITATION_DAYS,
      invitation: {
        email: inv.email,
        role: roleLabel(inv.role, inv.organisation?.name ?? inv.cafe?.name),
        invitedBy: inv.invitedBy,
        expiresAt: inv.expiresAt.toISOString(),
        existingUser: inv.existingUser,
      },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

function failure(reason: AcceptFailure) {
  if (reason === "account-exists" || reason === "wrong-account") {
    const message = reason === "account-exists" ? t("auth.invitation.accountExists") : t("auth.invitation.notYours");
    return json({ errors: { _form: message }, values: {}, state: null }, { status: 400 });
  }
  return json({ errors: undefined, values: {}, state: reason }, { status: 400 });
}

/**
 * "create-account": a person without an account sets their name and password; the account gets the
 * invited email address and role, and this browser is signed in.
 * "accept": the signed-in owner of the invited address adds the role to their account.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const read = await readForm(request, 20_000);
  if (!read.ok) return read.response;
  const formData = read.formData;
  if (isHoneypotFilled(formData)) return refuseHoneypot();
  const intent = formData.get("intent");

  if (intent === "accept") {
    const user = await requireUser(request);
    const outcome = await acceptInvitationForUser(token, user);
    if (!outcome.ok) return failure(outcome.reason);
    return redirect(homeFor((await rolesOf(user.id)).map((r) => r.role)));
  }

  if (intent === "create-account") {
    const result = parseForm(formData, newAccountSchema);
    const values = { name: valueOf(result.values, "name") };
    if (!result.ok) return formFailure({ errors: result.errors, values });
    const limit = await consumeRateLimit(`invitation:ip:${clientAddress(context)}`, RATE_LIMITS.invitationIp);
    if (!limit.allowed) return tooManyAttempts(limit, "auth.account.tooMany", { values, state: null });
    const outcome = await acceptInvitationAsNewUser(token, result.data);
    if (!outcome.ok) return failure(outcome.reason);
    const home = homeFor((await rolesOf(outcome.userId)).map((r) => r.role));
    return signInAndRedirect(request, outcome.userId, home);
  }

  return json({ errors: { _form: t("manage.error.unknownAction") }, values: {}, state: null }, { status: 400 });
}

function Problem({ state, days }: { state: "expired" | "accepted" | "invalid"; days: number }) {
  if (state === "expired") {
    return (
      <>
        <h1>{t("auth.invitation.expiredTitle")}</h1>
        <p>{t("auth.invitation.expired", { days })}</p>
      </>
    );
  }
  if (state === "accepted") {
    return (
      <>
        <h1>{t("auth.invitation.acceptedTitle")}</h1>
        <p>{t("auth.invitation.accepted")}</p>
        <p>
          <Link to="/sign-in">{t("auth.invitation.signInLinkPlain")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("auth.invitation.invalidTitle")}</h1>
      <p>{t("auth.invitation.invalid")}</p>
    </>
  );
}

export default function Invitation() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = actionData?.values as Record<string, string> | undefined;
  const failedState = actionData && "state" in actionData ? actionData.state : null;
  const state = failedState ?? data.state;
  const inv = data.invitation;

  let body;
  if (state !== "valid" || !inv) {
    body = <Problem state={state === "valid" ? "invalid" : state} days={data.days} />;
  } else {
    const sameUser = data.signedIn?.email === inv.email;
    let next;
    if (data.signedIn && !sameUser) {
      next = (
        <>
          <p className="nhsuk-inset-text">
            {t("auth.invitation.wrongAccount", { current: data.signedIn.email, email: inv.email })}
          </p>
          <Form method="post" action="/sign-out">
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              {t("auth.signOut.button")}
            </button>
          </Form>
        </>
      );
    } else if (sameUser) {
      next = (
        <>
          <h2>{t("auth.invitation.acceptTitle")}</h2>
          <p>{t("auth.invitation.acceptBody", { email: inv.email })}</p>
          <Form method="post">
            <Honeypot />
            <input type="hidden" name="intent" value="accept" />
            <button className="nhsuk-button" type="submit">
              {t("auth.invitation.acceptButton")}
            </button>
          </Form>
        </>
      );
    } else if (inv.existingUser) {
      next = (
        <>
          <p>{t("auth.invitation.signInBody", { email: inv.email })}</p>
          <p>
            <Link
              className="nhsuk-button"
              to={`/sign-in?redirectTo=${encodeURIComponent(data.path)}`}
            >
              {t("auth.invitation.signInLink")}
            </Link>
          </p>
        </>
      );
    } else {
      next = (
        <>
          <h2>{t("auth.invitation.createTitle")}</h2>
          <Form method="post" noValidate>
            <Honeypot />
            <input type="hidden" name="intent" value="create-account" />
            <input type="hidden" name="username" autoComplete="username" value={inv.email} />
            <TextField
              name="name"
              label={t("auth.field.name")}
              autoComplete="name"
              defaultValue={valueOf(values, "name")}
              error={errors?.name}
              width={30}
            />
            <NewPasswordFields errors={errors} minLength={PASSWORD_MIN} />
            <button className="nhsuk-button" type="submit">
              {t("auth.invitation.createButton")}
            </button>
          </Form>
        </>
      );
    }
    body = (
      <>
        <ErrorSummary errors={errors} />
        <h1>{t("auth.invitation.title")}</h1>
        <p className="nhsuk-lede-text">
          {inv.invitedBy
            ? t("auth.invitation.from", { inviter: inv.invitedBy, role: inv.role })
            : t("auth.invitation.fromNobody", { role: inv.role })}
        </p>
        <p>{t("auth.invitation.forEmail", { email: inv.email, date: formatInstantDate(inv.expiresAt) })}</p>
        {next}
      </>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">{body}</div>
    </div>
  );
}
