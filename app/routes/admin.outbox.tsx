import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/lib/dates";
import { attemptsText, EmailText, OutboxStatusTag, OutboxTable } from "~/components/admin/OutboxTable";
import { Pagination, pageFrom } from "~/components/admin/Pagination";
import { SuccessNotice } from "~/components/auth/Notice";
import { SummaryRow as Row } from "~/components/SummaryRow";
import { byIntent } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { idSchema } from "~/modules/identity";
import { requirePermission } from "~/modules/identity/index.server";
import { notFound } from "~/platform/responses.server";
import { fillLink } from "~/modules/outbox";
import { emailSendingEnabled, getOutboxEmail, linkExpired, listOutbox, retryFailedEmail, secretLinkOf } from "~/modules/outbox/index.server";
import { readSubmission } from "~/platform/forms.server";
import adminStyles from "~/styles/admin.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];
export const meta: MetaFunction = () => [{ title: `${t("admin.outbox.title")} – ${t("brand.appName")}` }];

/**
 * Every email, newest first, paged; ?email=<id> shows one email's full text above the list, and every
 * attempt to send it, with the provider's error for each that failed. A secret link (password reset,
 * invitation) is shown only where no email provider is configured (so on a local setup an admin can
 * follow it); with a provider, or once the email is sent, the text says "[link hidden]".
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin");
  const url = new URL(request.url);
  const page = pageFrom(url.searchParams.get("page"));
  const emailId = url.searchParams.get("email");
  const [list, email] = await Promise.all([listOutbox(page), emailId ? getOutboxEmail(emailId) : null]);
  const sending = emailSendingEnabled();
  return data(
    {
      page,
      pages: list.pages,
      total: list.total,
      rows: list.rows,
      email: email
        ? {
            id: email.id,
            to: email.to,
            subject: email.subject,
            kind: email.kind,
            status: email.status,
            attempts: email.attempts,
            attemptsInAll: email.history.length,
            linkExpired: linkExpired(email),
            lastError: email.lastError,
            providerId: email.providerId,
            text: shownText(email, sending),
            hasHtml: !!email.html,
            createdAt: email.createdAt.toISOString(),
            sentAt: email.sentAt?.toISOString() ?? null,
            nextAttemptAt: email.nextAttemptAt.toISOString(),
            history: email.history.map((a) => ({ at: a.at.toISOString(), error: a.error })),
          }
        : null,
      emailNotFound: !!emailId && !email,
      retried: url.searchParams.get("retried") === "1",
      sending,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

/** The email's text as admins see it: its secret link only where no email provider would send it. */
function shownText(email: Parameters<typeof secretLinkOf>[0], sending: boolean): string {
  const link = secretLinkOf(email);
  if (link === null) return email.text;
  if (sending) return fillLink(email.text, t("admin.outbox.linkHidden"));
  return fillLink(email.text, link === "lost" ? t("admin.outbox.linkLost") : link);
}

/** The page's one form: "Try sending again" for an email that gave up (a button). */
const outboxForms = byIntent({ retry: idSchema });

/** "Try sending again" for an email that gave up. */
export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin");
  const read = await readSubmission(request, outboxForms, { maxBytes: 10_000 });
  // The page shows no form to correct: anything but its button's request gets the error page.
  if (!read.ok) throw read.response;
  const { id } = read.value;
  const result = await retryFailedEmail(admin.id, id);
  if (result === "not-failed") throw notFound();
  // An email whose link has expired is not sent again: the page says why (the button is gone).
  return redirect(`/admin/outbox?email=${encodeURIComponent(id)}${result === "retried" ? "&retried=1" : ""}#email`);
}

export default function AdminOutbox() {
  const view = useLoaderData<typeof loader>();
  const email = view.email;
  return (
    <>
      <p>
        <Link to="/admin">{t("admin.outbox.back")}</Link>
      </p>
      <h1>{t("admin.outbox.title")}</h1>
      <p>{t("admin.outbox.intro")}</p>
      <p className="nhsuk-inset-text">{view.sending ? t("admin.outbox.sendingOn") : t("admin.outbox.sendingOff")}</p>

      {view.retried ? <SuccessNotice>{t("admin.outbox.retried")}</SuccessNotice> : null}
      {view.emailNotFound ? <p className="nhsuk-error-message">{t("admin.outbox.notFound")}</p> : null}
      {email ? (
        <section id="email" aria-labelledby="email-title" tabIndex={-1}>
          <h2 id="email-title">{t("admin.outbox.emailTitle", { to: email.to })}</h2>
          <dl className="nhsuk-summary-list">
            <Row label={t("admin.outbox.subject")}>{email.subject}</Row>
            <Row label={t("admin.outbox.kind")}>{email.kind}</Row>
            <Row label={t("admin.outbox.status")}>
              <OutboxStatusTag status={email.status} />
            </Row>
            <Row label={t("admin.outbox.created")}>{formatDateTime(email.createdAt)}</Row>
            {email.sentAt ? <Row label={t("admin.outbox.sent")}>{formatDateTime(email.sentAt)}</Row> : null}
            {email.status === "pending" && view.sending ? (
              <Row label={t("admin.outbox.nextAttempt")}>{formatDateTime(email.nextAttemptAt)}</Row>
            ) : null}
            <Row label={t("admin.outbox.attempts")}>{attemptsText(email.attempts, email.attemptsInAll)}</Row>
            {email.providerId ? <Row label={t("admin.outbox.providerId")}>{email.providerId}</Row> : null}
            {email.lastError ? <Row label={t("admin.outbox.lastError")}>{email.lastError}</Row> : null}
          </dl>
          {email.history.length ? (
            <>
              <h3>{t("admin.outbox.history")}</h3>
              <ol className="nhsuk-list">
                {email.history.map((attempt, i) => (
                  <li key={`${attempt.at}-${i}`}>
                    {t("admin.outbox.historyEntry", {
                      number: i + 1,
                      when: formatDateTime(attempt.at),
                      outcome: attempt.error ?? t("admin.outbox.historyAccepted"),
                    })}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          <h3>{t("admin.outbox.text")}</h3>
          <EmailText text={email.text} />
          {email.hasHtml ? <p>{t("admin.outbox.htmlNote")}</p> : null}
          {email.status === "failed" && email.linkExpired ? <p>{t("admin.outbox.linkExpired")}</p> : null}
          {email.status === "failed" && !email.linkExpired ? (
            <Form method="post">
              <input type="hidden" name="intent" value="retry" />
              <input type="hidden" name="id" value={email.id} />
              <button className="nhsuk-button nhsuk-button--secondary" type="submit">
                {t("admin.outbox.retry")}
              </button>
            </Form>
          ) : null}
          <p>
            <Link to={`/admin/outbox?page=${view.page}`}>{t("admin.outbox.backToList")}</Link>
          </p>
        </section>
      ) : null}

      {view.total === 0 ? (
        <p>{t("admin.outbox.empty")}</p>
      ) : (
        <div className="admin-table-wrap">
          <OutboxTable
            rows={view.rows}
            page={view.page}
            caption={t("admin.outbox.caption", { page: view.page, pages: view.pages, total: view.total })}
          />
        </div>
      )}
      <Pagination page={view.page} pages={view.pages} href={(p) => `/admin/outbox?page=${p}`} />
    </>
  );
}
