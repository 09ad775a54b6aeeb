/**
 * The intervals of the last days against their deadlines: one column per interval, the line across
 * the middle is the deadline, the bar is how long delivery took (or has taken so far), coloured by outcome.
 */
import type { IntervalOutcome, IntervalStatus } from "../../../shared/domain/sla/types";
import { formatZoned, formatZonedDay, formatZonedTime } from "../../components/zoned-time";

/** Outcomes in the legend's order, with what they mean. */
export const OUTCOME_TEXT: readonly (readonly [IntervalOutcome, string])[] = [
  ["met", "met"],
  ["met-late", "met late"],
  ["failed", "failed"],
  ["missed", "missed"],
  ["running", "running"],
  ["pending", "pending"],
];

/** How full a column is: delivery time over twice the SLA, so the deadline sits at half height. */
function fill(interval: IntervalStatus, nowMs: number): number {
  const available = Date.parse(interval.intervalEnd);
  const sla = Date.parse(interval.deadline) - available;
  const end = interval.run?.end ? Date.parse(interval.run.end) : null;
  const until = interval.outcome === "missed" ? Infinity : interval.outcome === "running" || interval.outcome === "pending" ? nowMs : (end ?? nowMs);
  return Math.max(0.04, Math.min(1, (until - available) / (2 * sla)));
}

/** One interval in words, for screen readers and the hover title. */
export function intervalText(interval: IntervalStatus, zone: string): string {
  const end = interval.run?.end;
  const delivered = (interval.outcome === "met" || interval.outcome === "met-late") && end ? `, delivered ${formatZonedTime(end, zone)}` : "";
  return `${formatZoned(interval.intervalEnd, zone)} interval: ${interval.outcome.replace("-", " ")}${delivered}, deadline ${formatZonedTime(interval.deadline, zone)}`;
}

/** The timeline; `now` is main's instant the outcomes were judged at (the history's `to`). */
export function IntervalTimeline({ intervals, zone, now }: { intervals: readonly IntervalStatus[]; zone: string; now: string }) {
  const nowMs = Date.parse(now);
  const counts = new Map<IntervalOutcome, number>();
  for (const i of intervals) counts.set(i.outcome, (counts.get(i.outcome) ?? 0) + 1);
  let previousDay = "";
  return (
    <div className="timeline">
      <ol className="timeline__columns" aria-label="Intervals, oldest first">
        {intervals.map((interval) => {
          const day = formatZonedDay(interval.intervalEnd, zone);
          const newDay = day !== previousDay;
          previousDay = day;
          const text = intervalText(interval, zone);
          return (
            <li key={interval.intervalEnd} className={`timeline__col${newDay ? " timeline__col--day" : ""}`} data-outcome={interval.outcome} data-interval={interval.intervalEnd} title={text}>
              <span className={`timeline__bar timeline__bar--${interval.outcome}`} style={{ height: `${fill(interval, nowMs) * 100}%` }} />
              <span className="sr-only">{text}</span>
              {newDay && (
                <span className="timeline__day" aria-hidden="true">
                  {day}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <ul className="legend" aria-label="Outcomes">
        {OUTCOME_TEXT.filter(([o]) => counts.has(o)).map(([outcome, label]) => (
          <li key={outcome} data-outcome={outcome}>
            <span className={`legend__swatch timeline__bar--${outcome}`} aria-hidden="true" />
            {counts.get(outcome)} {label}
          </li>
        ))}
        <li className="legend__deadline">
          <span className="legend__line" aria-hidden="true" /> deadline
        </li>
      </ul>
    </div>
  );
}
