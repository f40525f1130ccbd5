/**
 * Footprints covered by month, as an SVG drawn on the server (no script needed), with the same figures
 * in a table beneath it. The projection from the pipeline is dashed.
 */
import { formatMonth } from "./format";
import { t } from "~/lib/i18n";
import type { TimelinePoint } from "~/modules/coverage";

const W = 640;
const H = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

export function TimelineChart({ points }: { points: TimelinePoint[] }) {
  if (points.length === 0) return <p>{t("coverage.timeline.none")}</p>;
  const max = Math.max(1, ...points.map((p) => p.active));
  const x = (i: number) => PAD.left + (points.length === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  const path = (values: { i: number; v: number }[]) => values.map(({ i, v }, k) => `${k ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const actual = points.map((p, i) => ({ p, i })).filter(({ p }) => !p.projected);
  const lastActual = actual.at(-1);
  const projected = points.map((p, i) => ({ p, i })).filter(({ p }) => p.projected);
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  return (
    <>
      <svg className="coverage-timeline" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="timeline-svg-title" width="100%">
        <title id="timeline-svg-title">{t("coverage.timeline.svgTitle")}</title>
        <line x1={PAD.left} y1={y(0)} x2={W - PAD.right} y2={y(0)} stroke="#425563" />
        <line x1={PAD.left} y1={y(max)} x2={W - PAD.right} y2={y(max)} stroke="#d8dde0" />
        <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize="11">
          {max}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" fontSize="11">
          0
        </text>
        <path d={path(points.map((p, i) => ({ i, v: p.active })))} fill="none" stroke="#768692" strokeWidth="1.5" />
        <path d={path(actual.map(({ p, i }) => ({ i, v: p.covered })))} fill="none" stroke="#005eb8" strokeWidth="2.5" />
        {projected.length && lastActual ? (
          <path
            d={path([{ i: lastActual.i, v: lastActual.p.covered }, ...projected.map(({ p, i }) => ({ i, v: p.covered }))])}
            fill="none"
            stroke="#005eb8"
            strokeWidth="2.5"
            strokeDasharray="6 4"
          />
        ) : null}
        {points.map((p, i) => {
          // Every few months, and always the last (ending at the right edge, so it is never cut off);
          // the one before it is left out when the two would overlap.
          const last = i === points.length - 1;
          const shown = last || (i % labelEvery === 0 && points.length - 1 - i >= labelEvery);
          if (!shown) return null;
          return (
            <text key={p.month} x={x(i)} y={H - 8} textAnchor={last && points.length > 1 ? "end" : "middle"} fontSize="11">
              {formatMonth(p.month)}
            </text>
          );
        })}
      </svg>
      <table className="data-table">
        <caption className="nhsuk-table__caption">{t("coverage.timeline.svgTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("coverage.timeline.month")}</th>
            <th scope="col">{t("coverage.timeline.covered")}</th>
            <th scope="col">{t("coverage.timeline.active")}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">
                {formatMonth(p.month)}
                {p.projected ? ` (${t("coverage.timeline.projected")})` : ""}
              </th>
              <td>{p.covered}</td>
              <td>{p.active}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
