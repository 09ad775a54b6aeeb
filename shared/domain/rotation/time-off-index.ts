/** Time off as instants: whole local days, `from` to `to` inclusive, from local midnight to local midnight. */
import type { TimeOff } from "../workspace-schema";
import { dayOfIso } from "./local-day";
import type { ZoneClock } from "./zone-clock";

/** One engineer away from `start` to `end` (epoch ms, end exclusive). */
export interface AwaySpan {
  engineer: string;
  start: number;
  end: number;
  entry: TimeOff;
}

/** Who is away when. */
export interface AwayIndex {
  /** The engineer's spans, by start. */
  spans(engineer: string): readonly AwaySpan[];
  /** The span that overlaps `start`..`end` (an instant when `end` is omitted), if any. */
  awayDuring(engineer: string, start: number, end?: number): AwaySpan | undefined;
}

/** Indexes the time-off entries of a workspace. */
export function indexTimeOff(entries: readonly TimeOff[], clock: ZoneClock): AwayIndex {
  const byEngineer = new Map<string, AwaySpan[]>();
  for (const entry of entries) {
    const span = {
      engineer: entry.engineer,
      start: clock.wallToInstant(dayOfIso(entry.from), 0),
      end: clock.wallToInstant(dayOfIso(entry.to) + 1, 0),
      entry,
    };
    const list = byEngineer.get(entry.engineer) ?? [];
    list.push(span);
    byEngineer.set(entry.engineer, list);
  }
  for (const list of byEngineer.values()) list.sort((a, b) => a.start - b.start);
  return {
    spans: (engineer) => byEngineer.get(engineer) ?? [],
    awayDuring(engineer, start, end = start + 1) {
      return byEngineer.get(engineer)?.find((s) => s.start < end && s.end > start);
    },
  };
}
