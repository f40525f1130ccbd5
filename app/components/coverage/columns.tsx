/**
 * The coverage table's columns, for the page and its CSV alike: each has its heading, the sort it offers
 * (if any), its cell and its text in the CSV. Adding a column is adding one entry here.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { formatShortDayMonth } from "~/lib/dates";
import { t, type MessageKey } from "~/lib/i18n";
import type { DashboardRow, SortKey, TableQuery } from "~/modules/coverage";

export type CoverageColumn = {
  id: string;
  header: MessageKey;
  sort?: SortKey;
  cell: (row: DashboardRow) => ReactNode;
  text: (row: DashboardRow) => string;
};

/** Minutes as hours to one decimal ("12.5"). */
export const hoursText = (minutes: number) => String(Math.round(minutes / 6) / 10);

/** A footprint's registered list size ("unknown" when none is recorded; a university has none). */
const listSizeText = (r: DashboardRow) =>
  r.listSize == null ? (r.kind === "footprint" ? t("coverage.listSizeUnknown") : "") : `${r.listSize.toLocaleString("en-GB")}${r.listSizeVerified ? "" : ` (${t("coverage.unverified")})`}`;
const weekText = (r: DashboardRow) =>
  t(r.hours.sessions === 1 ? "coverage.week.valueOne" : "coverage.week.value", { sessions: r.hours.sessions, hours: hoursText(r.hours.minutes) });
const per10kText = (r: DashboardRow) => (r.per10k ? `${r.per10k.value}${r.per10k.approximate ? ` (${t("coverage.unverified")})` : ""}` : "");
/** "1 Oct 2026", or "1 Oct 2026 (overdue)" once the date has passed. */
export const launchText = ({ date, overdue }: DashboardRow["expected"][number]) => {
  const text = t("date.withYear", { date: formatShortDayMonth(date), year: date.slice(0, 4) });
  return overdue ? t("coverage.pipeline.overdue", { date: text }) : text;
};
const pipelineText = (r: DashboardRow) => {
  const p = r.pipeline;
  const base = t("coverage.pipeline.value", { submitted: p.submitted, awarded: p.awarded, settingUp: p.settingUp });
  return r.expected.length ? `${base}; ${t("coverage.pipeline.expected", { dates: r.expected.map(launchText).join(", ") })}` : base;
};
const statusText = (r: DashboardRow) => t(`coverage.status.${r.status}`);

export function StatusTag({ status }: { status: DashboardRow["status"] }) {
  const colour = status === "covered" ? "green" : status === "covered-soon" ? "yellow" : "red";
  return <strong className={`tag tag--${colour}`}>{t(`coverage.status.${status}`)}</strong>;
}

export const COVERAGE_COLUMNS: readonly CoverageColumn[] = [
  {
    id: "name",
    header: "coverage.col.name",
    sort: "name",
    cell: (r) => (r.kind === "footprint" ? <Link to={`/coverage/footprint/${encodeURIComponent(r.key)}`}>{r.name}</Link> : r.name),
    text: (r) => r.name,
  },
  {
    id: "area",
    header: "coverage.col.area",
    sort: "area",
    cell: (r) => r.area ?? t("coverage.university"),
    text: (r) => r.area ?? t("coverage.university"),
  },
  { id: "status", header: "coverage.col.status", sort: "status", cell: (r) => <StatusTag status={r.status} />, text: statusText },
  { id: "listSize", header: "coverage.col.listSize", sort: "listSize", cell: listSizeText, text: listSizeText },
  { id: "open", header: "coverage.col.open", sort: "open", cell: (r) => r.open, text: (r) => String(r.open) },
  { id: "week", header: "coverage.col.week", sort: "hours", cell: weekText, text: weekText },
  { id: "per10k", header: "coverage.col.per10k", sort: "per10k", cell: per10kText, text: per10kText },
  { id: "languages", header: "coverage.col.languages", cell: (r) => r.languages.join(", "), text: (r) => r.languages.join(", ") },
  { id: "offers", header: "coverage.col.offers", cell: (r) => r.offers.join(", "), text: (r) => r.offers.join(", ") },
  {
    id: "bookings",
    header: "coverage.col.bookings",
    sort: "bookings",
    cell: (r) => t("coverage.bookings.value", { count: r.bookings, attended: r.attended }),
    text: (r) => t("coverage.bookings.value", { count: r.bookings, attended: r.attended }),
  },
  { id: "pipeline", header: "coverage.col.grants", sort: "pipeline", cell: pipelineText, text: pipelineText },
  { id: "partners", header: "coverage.col.partners", cell: (r) => r.partnerServices, text: (r) => String(r.partnerServices) },
];

function csvField(value: string): string {
  // A leading = + - @ would be read as a formula by spreadsheets: quote it with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows shown, as CSV: the same columns, with the date of the figures on every row. */
export function coverageCsv(rows: readonly DashboardRow[], asOf: string): string {
  const lines = [[t("coverage.csv.asOf"), ...COVERAGE_COLUMNS.map((c) => t(c.header))]];
  for (const r of rows) lines.push([asOf, ...COVERAGE_COLUMNS.map((c) => c.text(r))]);
  return lines.map((l) => l.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The address of the table with a query changed. */
export function tableHref(query: TableQuery, change: Partial<TableQuery>, base = "/coverage"): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  if (q.sort !== "status") params.set("sort", q.sort);
  if (q.dir !== "asc") params.set("dir", q.dir);
  if (q.area) params.set("area", q.area);
  else if (q.unknownArea !== undefined) params.set("area", q.unknownArea);
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
