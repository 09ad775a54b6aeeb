/** The local calendar days of a range in a zone, for daily series: a DST day is the 23 or 25 hours it lasts. */
import { DateTime } from "luxon";

/** One local day, clipped to the range it was cut from. */
export interface DayRange {
  /** YYYY-MM-DD in the zone. */
  date: string;
  fromMs: number;
  toMs: number;
}

/** The local days that [fromMs, toMs) touches, oldest first; the first and last are clipped to the range. */
export function localDays(fromMs: number, toMs: number, zone: string): DayRange[] {
  const out: DayRange[] = [];
  for (let day = DateTime.fromMillis(fromMs, { zone }).startOf("day"); day.toMillis() < toMs; day = day.plus({ days: 1 })) {
    const next = day.plus({ days: 1 }).toMillis();
    out.push({ date: day.toISODate()!, fromMs: Math.max(day.toMillis(), fromMs), toMs: Math.min(next, toMs) });
  }
  return out;
}
