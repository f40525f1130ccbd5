import { Link } from "@remix-run/react";
import { Fragment } from "react";
import { t } from "~/lib/i18n";
import { formatDateTime } from "~/lib/dates";
import type { OutboxRow } from "~/modules/outbox";

/** A row of the outbox as the list shows it. */
export type OutboxListRow = Pick<OutboxRow, "id" | "to" | "subject" | "kind" | "status" | "attempts" | "attemptsInAll" | "lastError" | "createdAt">;

/** "2", or "2 since it was put back in the queue, 7 in all" after "Try sending again". */
export function attemptsText(attempts: number, attemptsInAll: number): string {
  return attemptsInAll > attempts ? t("admin.outbox.attemptsSinceRetry", { attempts, all: attemptsInAll }) : String(attempts);
}

export function OutboxStatusTag({ status }: { status: string }) {
  if (status === "sent") return <strong className="tag tag--green">{t("admin.outbox.status.sent")}</strong>;
  if (status === "failed") return <strong className="tag tag--red">{t("admin.outbox.status.failed")}</strong>;
  if (status === "pending") return <strong className="tag tag--yellow">{t("admin.outbox.status.pending")}</strong>;
  if (status === "cancelled") return <strong className="tag">{t("admin.outbox.status.cancelled")}</strong>;
  return <strong className="tag">{status}</strong>;
}

export function OutboxTable({ rows, caption, page }: { rows: OutboxListRow[]; caption: string; page: number }) {
  return (
    <table className="data-table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("admin.outbox.col.created")}</th>
          <th scope="col">{t("admin.outbox.col.to")}</th>
          <th scope="col">{t("admin.outbox.col.subject")}</th>
          <th scope="col">{t("admin.outbox.col.kind")}</th>
          <th scope="col">{t("admin.outbox.col.status")}</th>
          <th scope="col">{t("admin.outbox.col.attempts")}</th>
          <th scope="col">{t("admin.outbox.col.lastError")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{formatDateTime(row.createdAt)}</td>
            <td>{row.to}</td>
            <th scope="row">
              <Link to={`/admin/outbox?page=${page}&email=${encodeURIComponent(row.id)}#email`}>
                {row.subject}
                <span className="nhsuk-u-visually-hidden"> {t("admin.outbox.viewHidden")}</span>
              </Link>
            </th>
            <td>{row.kind}</td>
            <td>
              <OutboxStatusTag status={row.status} />
            </td>
            <td>{attemptsText(row.attempts, row.attemptsInAll)}</td>
            <td className="admin-outbox-error">{row.lastError ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** An email's text with its web links made clickable (nothing else is interpreted). */
export function EmailText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="admin-email-text">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} rel="noreferrer">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}
