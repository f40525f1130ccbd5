import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatInstantDate } from "~/lib/dates";
import { NewPasswordFields } from "~/components/auth/PasswordFields";
import { roleLabel } from "~/components/auth/role-label";
import { ErrorSummary, Honeypot, TextField } from "~/components/forms";
import { byIntent, useAppForm } from "~/lib/forms";
import { code, t } from "~/lib/i18n";
import { homePathFor, newAccountSchema, PASSWORD_FIELDS, PASSWORD_MIN } from "~/modules/identity";
import {
  acceptInvitationAsNewUser,
  acceptInvitationForUser,
  findInvitation,
  INVITATION_DAYS,
  type AcceptFailure,
} from "~/modules/identity/index.server";
import { rolesOf } from "~/modules/identity/index.server";
import { getUser, requireUser, signInAndRedirect } from "~/modules/identity/index.server";
import { readSubmission, type ReadSubmission } from "~/platform/forms.server";
import { clientAddress, consumeRateLimit, RATE_LIMITS, tooManySubmissions } from "~/platform/rate-limit.server";
import { z } from "zod";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const registration = data?.invitation?.registration;
  const title = registration ? t("auth.registration.title", { organisation: registration.organisation }) : t("auth.invitation.title");
  return [{ title: `${title} – ${t("brand.appName")}` }];
};

/**
 * Shows who invited you to what; or, for the person who registered an organisation, that following the
 * link confirms their email address and finishes registering it (with the name they gave offered for
 * their account). Opening the link changes nothing.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const [lookup, user] = await Promise.all([findInvitation(token), getUser(request)]);
  const signedIn = user ? { name: user.name, email: user.email } : null;
  const path = new URL(request.url).pathname;
  if (lookup.state !== "valid") {
    return data(
      { state: lookup.state, invitation: null, signedIn, path, days: INVITATION_DAYS },
      { headers: { "Cache-Control": "no-store" } },
    );
  }
  const inv = lookup.invitation;
  return data(
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
        registration:
          inv.registration && inv.organisation
            ? { organisation: inv.organisation.name, verified: inv.registration.verified, contactName: inv.registration.contactName ?? "" }
            : null,
      },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

/** The page's forms: accept as the signed-in owner of the address, or create an account. */
const invitationForms = byIntent({ accept: z.object({}), "create-account": newAccountSchema });

/** A refused acceptance: a message above the form, or the invitation's state instead of the form. */
function failure(read: ReadSubmission, reason: AcceptFailure) {
  if (reason === "account-exists" || reason === "wrong-account") {
    const formError = code(reason === "account-exists" ? "auth.invitation.accountExists" : "auth.invitation.notYours");
    return data({ ...read.reply({ formError }), invitationState: null }, { status: 400 });
  }
  return data({ ...read.reply(), invitationState: reason }, { status: 400 });
}

/**
 * "create-account": a person without an account sets their name and password; the account gets the
 * invited email address and role, and this browser is signed in.
 * "accept": the signed-in owner of the invited address adds the role to their account.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const read = await readSubmission(request, invitationForms, { maxBytes: 20_000, honeypot: true, hide: PASSWORD_FIELDS });
  if (!read.ok) return read.response;
  const form = read.value;
  if (form.intent === "accept") {
    const user = await requireUser(request);
    const outcome = await acceptInvitationForUser(token, user);
    if (!outcome.ok) return failure(read, outcome.reason);
    return redirect(homePathFor({ roles: await rolesOf(user.id) }));
  }
  const limit = await consumeRateLimit(`invitation:ip:${clientAddress(context)}`, RATE_LIMITS.invitationIp);
  if (!limit.allowed) return tooManySubmissions(limit, "auth.account.tooMany", read);
  const outcome = await acceptInvitationAsNewUser(token, { name: form.name, password: form.password });
  if (!outcome.ok) return failure(read, outcome.reason);
  const home = homePathFor({ roles: await rolesOf(outcome.userId) });
  return signInAndRedirect(request, outcome.userId, home);
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

/** The top of the page for the person who registered an organisation: what the link finishes, and what comes next. */
function RegistrationIntro(props: { organisation: string; verified: boolean; email: string; expiresAt: string }) {
  const { organisation } = props;
  return (
    <>
      <h1>{t("auth.registration.title", { organisation })}</h1>
      <p className="nhsuk-lede-text">{t("auth.registration.lede", { organisation, email: props.email })}</p>
      <p>{props.verified ? t("auth.registration.verified", { organisation }) : t("auth.registration.toVerify", { organisation })}</p>
      <p>{t("auth.registration.expires", { date: formatInstantDate(props.expiresAt) })}</p>
    </>
  );
}

export default function Invitation() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const inv = data.invitation;
  const registration = inv?.registration ?? null;
  const { fields, formProps, summary } = useAppForm({
    schema: newAccountSchema,
    lastResult: actionData,
    // What was typed and refused comes back in `lastResult`, which wins over this.
    defaultValue: registration ? { name: registration.contactName } : undefined,
  });
  const failedState = actionData && "invitationState" in actionData ? actionData.invitationState : null;
  const state = failedState ?? data.state;
  const organisation = registration?.organisation ?? "";

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
            {registration
              ? t("auth.registration.wrongAccount", { current: data.signedIn.email, email: inv.email, organisation })
              : t("auth.invitation.wrongAccount", { current: data.signedIn.email, email: inv.email })}
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
          <h2>{registration ? t("auth.registration.acceptTitle", { organisation }) : t("auth.invitation.acceptTitle")}</h2>
          <p>
            {registration
              ? t("auth.registration.acceptBody", { email: inv.email, organisation })
              : t("auth.invitation.acceptBody", { email: inv.email })}
          </p>
          <Form method="post">
            <Honeypot />
            <input type="hidden" name="intent" value="accept" />
            <button className="nhsuk-button" type="submit">
              {registration ? t("auth.registration.acceptButton") : t("auth.invitation.acceptButton")}
            </button>
          </Form>
        </>
      );
    } else if (inv.existingUser) {
      next = (
        <>
          <p>
            {registration
              ? t("auth.registration.signInBody", { email: inv.email, organisation })
              : t("auth.invitation.signInBody", { email: inv.email })}
          </p>
          <p>
            <Link
              className="nhsuk-button"
              to={`/sign-in?redirectTo=${encodeURIComponent(data.path)}`}
            >
              {registration ? t("auth.registration.signInLink") : t("auth.invitation.signInLink")}
            </Link>
          </p>
        </>
      );
    } else {
      next = (
        <>
          <h2>{t("auth.invitation.createTitle")}</h2>
          <Form method="post" {...formProps}>
            <Honeypot />
            <input type="hidden" name="intent" value="create-account" />
            <input type="hidden" name="username" autoComplete="username" value={inv.email} />
            <TextField field={fields.name} label={t("auth.field.name")} autoComplete="name" width={30} />
            <NewPasswordFields password={fields.password} confirm={fields.confirm} minLength={PASSWORD_MIN} />
            <button className="nhsuk-button" type="submit">
              {registration ? t("auth.registration.createButton") : t("auth.invitation.createButton")}
            </button>
          </Form>
        </>
      );
    }
    body = (
      <>
        <ErrorSummary errors={summary} />
        {registration ? (
          <RegistrationIntro organisation={organisation} verified={registration.verified} email={inv.email} expiresAt={inv.expiresAt} />
        ) : (
          <>
            <h1>{t("auth.invitation.title")}</h1>
            <p className="nhsuk-lede-text">
              {inv.invitedBy
                ? t("auth.invitation.from", { inviter: inv.invitedBy, role: inv.role })
                : t("auth.invitation.fromNobody", { role: inv.role })}
            </p>
            <p>{t("auth.invitation.forEmail", { email: inv.email, date: formatInstantDate(inv.expiresAt) })}</p>
          </>
        )}
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
