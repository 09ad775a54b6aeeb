/** A KPI's daily series in words: the text alternative of its sparkline, for screen readers and the tooltip. */
import { kpiText } from "../../../shared/domain/kpis/format-kpi";
import type { Kpi } from "../../../shared/domain/kpis/kpis";

const DAY = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });

/** "Mar 3" for the local date "2026-03-03" (a calendar date, so read in UTC, not in this machine's zone). */
function dayLabel(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

/**
 * "Daily, Mar 3 to Mar 10: first 100%, last 83.33%, lowest 80%, highest 100% (target ≥ 95%);
 * 2 days with nothing to measure." Lowest and highest are by value, whichever way is better.
 */
export function trendText(kpi: Pick<Kpi, "unit" | "target" | "daily">): string {
  const days = kpi.daily;
  if (days.length === 0) return "No daily values.";
  const span = `Daily, ${dayLabel(days[0]!.date)} to ${dayLabel(days.at(-1)!.date)}`;
  const shown = (value: number) => kpiText({ value, unit: kpi.unit, target: kpi.target, met: null }).value;
  const known = days.flatMap((d) => (d.value === null ? [] : [d.value]));
  const target = kpiText({ value: null, unit: kpi.unit, target: kpi.target, met: null }).target;
  const gaps = days.length - known.length;
  const gapText = gaps === 0 ? "" : `; ${gaps} day${gaps === 1 ? "" : "s"} with nothing to measure`;
  if (known.length === 0) return `${span}: nothing to measure on any day.`;
  const figures = `first ${shown(known[0]!)}, last ${shown(known.at(-1)!)}, lowest ${shown(Math.min(...known))}, highest ${shown(Math.max(...known))}`;
  return `${span}: ${figures} (target ${target})${gapText}.`;
}
