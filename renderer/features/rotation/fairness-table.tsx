/** Fairness per engineer over the rotation cycle around now (or a picked range): the chart, then the table with the spread. */
import type { Spread } from "../../../shared/domain/rotation/fairness";
import type { OptionalRange } from "../../../shared/ipc/contract";
import { errorText } from "../../api";
import { ZonedTime } from "../../components/zoned-time";
import { daysAfter, useFairness } from "../../queries/rotation";
import { RangeChips } from "../../components/range-chips";
import { FairnessChart } from "./fairness-chart";

/** The ranges offered: main's default cycle, or days ahead of now. */
export type FairnessRange = "cycle" | "90" | "365";

const RANGES = [
  { value: "cycle", label: "This cycle" },
  { value: "90", label: "Next 90 days" },
  { value: "365", label: "Next 365 days" },
] as const;

const MEASURES: { key: keyof Spread; label: string }[] = [
  { key: "hours", label: "Hours" },
  { key: "nightHours", label: "Night hours" },
  { key: "weekendHours", label: "Weekend hours" },
  { key: "holidayHours", label: "Holiday hours" },
];

function spreadText(value: number | null): string {
  return value === null ? "n/a" : `×${value.toFixed(2)}`;
}

/** The table; `at` is main's now, `names` maps engineer ids to names. */
export function FairnessTable({ at, range, onRange, names, zone }: { at: string; range: FairnessRange; onRange: (range: FairnessRange) => void; names: ReadonlyMap<string, string>; zone: string }) {
  const request: OptionalRange = range === "cycle" ? {} : { from: at, to: daysAfter(at, Number(range)) };
  const fairness = useFairness(request);
  const report = fairness.data;
  const balance = report?.blocks.at(-1)?.balance ?? {};
  return (
    <div className="fairness">
      <div className="subbar">
        <span className="cell__detail">
          {report ? (
            <>
              <ZonedTime iso={report.from} zone={zone} /> → <ZonedTime iso={report.to} zone={zone} /> · {report.blocks.length} blocks
            </>
          ) : (
            "Counting…"
          )}
        </span>
        <RangeChips label="Fairness range" options={RANGES} value={range} onChange={onRange} />
      </div>
      {fairness.isError && <p className="status status--error">Could not compute fairness: {errorText(fairness.error)}</p>}
      {report && <FairnessChart report={report} names={names} />}
      {report && (
        <table className="table table--numbers" aria-label="Fairness">
          <thead>
            <tr>
              <th>Engineer</th>
              {MEASURES.map((m) => (
                <th key={m.key}>{m.label}</th>
              ))}
              <th>Shifts</th>
              <th title="Hours so far minus the team's mean: positive carries more">Balance</th>
            </tr>
          </thead>
          <tbody>
            {report.engineers.map((e) => (
              <tr key={e.engineer} data-engineer={e.engineer}>
                <td className="cell__title">{names.get(e.engineer) ?? e.engineer}</td>
                {MEASURES.map((m) => (
                  <td key={m.key}>{e[m.key]}</td>
                ))}
                <td>{e.shifts}</td>
                <td className={(balance[e.engineer] ?? 0) > 0 ? "balance--over" : undefined}>{`${(balance[e.engineer] ?? 0) > 0 ? "+" : ""}${balance[e.engineer] ?? 0}h`}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr aria-label="Spread">
              <td className="muted">Spread (max/min)</td>
              {MEASURES.map((m) => (
                <td key={m.key} className="muted">
                  {spreadText(report.spread[m.key])}
                </td>
              ))}
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
