/** Fairness as a chart: one small panel per measure (hours, nights, weekends, holidays), a bar per engineer scaled to the panel's largest. */
import type { FairnessJson } from "../../../shared/domain/rotation/report-json";

const MEASURES = [
  ["hours", "Hours on call"],
  ["nightHours", "Night hours"],
  ["weekendHours", "Weekend hours"],
  ["holidayHours", "Holiday hours"],
] as const;

/** The chart; `names` maps engineer ids to names. The table beside it carries the same figures. */
export function FairnessChart({ report, names }: { report: FairnessJson; names: ReadonlyMap<string, string> }) {
  return (
    <div className="fairness-chart" role="group" aria-label="Fairness chart">
      {MEASURES.map(([key, title]) => {
        const max = Math.max(0, ...report.engineers.map((e) => e[key]));
        return (
          <figure key={key} className="bars" data-measure={key}>
            <figcaption className="bars__title">{title}</figcaption>
            <ul className="bars__list">
              {report.engineers.map((e) => (
                <li key={e.engineer} className="bars__row" data-engineer={e.engineer}>
                  <span className="bars__name">{names.get(e.engineer) ?? e.engineer}</span>
                  <span className="bars__track" aria-hidden="true">
                    <span className="bars__fill" style={{ width: `${max > 0 ? (e[key] / max) * 100 : 0}%` }} />
                  </span>
                  <span className="bars__value">{e[key]}h</span>
                </li>
              ))}
            </ul>
          </figure>
        );
      })}
    </div>
  );
}
