import type { ReactNode } from "react";
import { formatFullDate, formatInstantDate } from "~/lib/dates";
import { t, type MessageKey } from "~/lib/i18n";
import { defaultMilestoneKey, milestoneOverdue, returnOverdue } from "~/modules/grants";

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** An amount in pence, in pounds ("£12,500"). */
export function money(pence: number | null | undefined): string {
  return pence === null || pence === undefined ? "—" : pounds.format(pence / 100);
}

/** A milestone's title: a default one worded from the catalogue, an officer's own as typed. */
export function milestoneTitle(title: string): string {
  const key = defaultMilestoneKey(title);
  return key ? t(`grantsAward.milestone.default.${key}` as MessageKey) : title;
}

export function applicationStatusLabel(status: string): string {
  return ["awarded", "accepted", "launched"].includes(status) ? t(`grantsAward.status.${status}` as MessageKey) : status;
}

export type MilestoneRow = { id: string; title: string; dueOn: string | null; status: string; doneAt: Date | string | null; note: string | null };

/** The milestones as a table; `actions` draws the officer's buttons for a row (none for the applicant). */
export function MilestonesTable({ milestones, today, actions }: { milestones: MilestoneRow[]; today: string; actions?: (m: MilestoneRow) => ReactNode }) {
  if (milestones.length === 0) return <p>{t("grantsAward.milestones.none")}</p>;
  return (
    <table className="data-table">
      <caption className="nhsuk-u-visually-hidden">{t("grantsAward.milestones.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("grantsAward.milestones.col.milestone")}</th>
          <th scope="col">{t("grantsAward.milestones.col.due")}</th>
          <th scope="col">{t("grantsAward.milestones.col.status")}</th>
          {actions ? <th scope="col">{t("grantsAward.milestones.col.actions")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {milestones.map((m) => (
          <tr key={m.id}>
            <th scope="row">{milestoneTitle(m.title)}</th>
            <td>{m.dueOn ? formatFullDate(m.dueOn) : "—"}</td>
            <td>
              {t(`grantsAward.milestone.status.${m.status === "done" || m.status === "waived" ? m.status : "pending"}`)}
              {milestoneOverdue(m, today) ? ` (${t("grantsAward.milestone.overdue")})` : ""}
              {m.doneAt && m.status !== "pending" ? ` ${formatInstantDate(m.doneAt)}` : ""}
              {m.note ? <span className="manage-line manage-muted">{m.note}</span> : null}
            </td>
            {actions ? <td>{actions(m)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type ReturnRow = {
  id: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  submittedAt: Date | string | null;
  visits: number | null;
  conversations: number | null;
  capReferrals: number | null;
};

/** The monitoring returns; `link` gives the applicant's link to a return's form (none for officers). */
export function ReturnsTable({ returns, today, link }: { returns: ReturnRow[]; today: string; link?: (r: ReturnRow) => ReactNode }) {
  if (returns.length === 0) return <p>{t("grantsAward.returns.none")}</p>;
  return (
    <table className="data-table">
      <caption className="nhsuk-u-visually-hidden">{t("grantsAward.returns.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("grantsAward.returns.col.quarter")}</th>
          <th scope="col">{t("grantsAward.returns.col.due")}</th>
          <th scope="col">{t("grantsAward.returns.col.status")}</th>
          <th scope="col">{t("grantsAward.returns.col.figures")}</th>
        </tr>
      </thead>
      <tbody>
        {returns.map((r) => (
          <tr key={r.id}>
            <th scope="row">{t("grantsAward.returns.period", { from: formatFullDate(r.periodStart), to: formatFullDate(r.periodEnd) })}</th>
            <td>{formatFullDate(r.dueOn)}</td>
            <td>
              {r.submittedAt
                ? t("grantsAward.returns.sent", { date: formatInstantDate(r.submittedAt) })
                : returnOverdue(r, today)
                  ? t("grantsAward.returns.overdue")
                  : t("grantsAward.returns.notYet")}
              {link ? <> {link(r)}</> : null}
            </td>
            <td>{r.submittedAt ? t("grantsAward.returns.figures", { visits: r.visits ?? 0, conversations: r.conversations ?? 0, referrals: r.capReferrals ?? 0 }) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
