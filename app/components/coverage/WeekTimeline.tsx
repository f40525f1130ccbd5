import type { WeekPlan } from "~/modules/schedule";
import { formatDayMonth, weekdayName } from "~/lib/dates";
import { t } from "~/lib/i18n";

const minutesOf = (time: string) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

const ROW = 22;
const LABEL = 110;
const WIDTH = 600;
const HOURS = [0, 6, 12, 18, 24];

/**
 * A café's coming week as a server-rendered timeline: a row per day, a bar per session from its start to its
 * end (a session past midnight runs to the row's end). A picture of the table that follows it, which is the
 * text equivalent (`describedBy`); no JavaScript.
 */
export function WeekTimeline({ plan, label, describedBy }: { plan: WeekPlan; label: string; describedBy: string }) {
  const span = WIDTH - LABEL - 10;
  const x = (minutes: number) => LABEL + (Math.min(minutes, 24 * 60) / (24 * 60)) * span;
  const height = ROW * plan.days.length + 24;
  return (
    <svg className="week-timeline" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label} aria-describedby={describedBy} data-testid="week-timeline">
      {HOURS.map((h) => (
        <g key={h}>
          <line x1={x(h * 60)} x2={x(h * 60)} y1={0} y2={ROW * plan.days.length} stroke="#d8dde0" />
          <text x={x(h * 60)} y={ROW * plan.days.length + 16} fontSize="11" textAnchor="middle" fill="#4c6272">
            {t("coverage.page.timelineHour", { hour: String(h).padStart(2, "0") })}
          </text>
        </g>
      ))}
      {plan.days.map((day, i) => (
        <g key={day.date}>
          <text x={0} y={i * ROW + 15} fontSize="12" fill="#212b32">
            {`${weekdayName(day.weekday)} ${formatDayMonth(day.date)}`}
          </text>
          {day.intervals.map((iv, j) => {
            const start = minutesOf(iv.startTime);
            const end = minutesOf(iv.endTime) <= start ? 24 * 60 : minutesOf(iv.endTime);
            return (
              <rect
                key={j}
                x={x(start)}
                y={i * ROW + 4}
                width={Math.max(2, x(end) - x(start))}
                height={ROW - 8}
                rx={3}
                fill={iv.confirmed ? "#007f3b" : "#ffeb3b"}
                stroke={iv.confirmed ? "none" : "#212b32"}
              />
            );
          })}
        </g>
      ))}
    </svg>
  );
}
