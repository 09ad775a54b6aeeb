/** The override step, last so it wins: inside its range, the covered engineer's shifts go to the covering one. */
import type { Override } from "../workspace-schema";
import { dayOfIso, minutesOfClock } from "./local-day";
import type { Shift } from "./shift";
import type { ZoneClock } from "./zone-clock";

/** An override as instants (epoch ms, end exclusive). */
export interface OverrideSpan {
  engineer: string;
  covers: string;
  start: number;
  end: number;
  entry: Override;
}

/** Reads overrides' local date-times in the workspace zone. */
export function overrideSpans(overrides: readonly Override[], clock: ZoneClock): OverrideSpan[] {
  const instant = (local: string) => clock.wallToInstant(dayOfIso(local.slice(0, 10)), minutesOfClock(local.slice(11, 16)));
  return overrides.map((entry) => ({ engineer: entry.engineer, covers: entry.covers, start: instant(entry.from), end: instant(entry.to), entry }));
}

/**
 * Applies overrides in the order listed (so a later one may cover the result of an earlier one),
 * splitting a shift where an override starts or ends inside it; the pieces stay contiguous.
 */
export function applyOverrides(shifts: readonly Shift[], spans: readonly OverrideSpan[]): Shift[] {
  if (spans.length === 0) return [...shifts];
  const out: Shift[] = [];
  for (const shift of shifts) {
    let pieces = [shift];
    for (const o of spans) {
      if (o.end <= shift.start || o.start >= shift.end) continue;
      pieces = pieces.flatMap((p) => {
        if (p.engineer !== o.covers || o.end <= p.start || o.start >= p.end) return [p];
        const parts: Shift[] = [];
        if (o.start > p.start) parts.push({ ...p, end: o.start });
        parts.push({ ...p, start: Math.max(p.start, o.start), end: Math.min(p.end, o.end), engineer: o.engineer, reason: "override", covers: o.covers });
        if (o.end < p.end) parts.push({ ...p, start: o.end });
        return parts;
      });
    }
    out.push(...pieces);
  }
  return out;
}
