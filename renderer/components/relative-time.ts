/** Countdowns as people say them: "in 2h 10m", "35m ago". */
import { formatDuration } from "../../shared/domain/duration";

const MINUTE_MS = 60_000;

/** How far `iso` is from `now` (epoch ms), to the minute: "in 2h 10m", "3h ago", "now". */
export function relativeTime(iso: string, now: number): string {
  const ms = Date.parse(iso) - now;
  // Rounded to whole minutes: seconds would make every countdown look stale between two ticks.
  const minutes = Math.round(Math.abs(ms) / MINUTE_MS) * MINUTE_MS;
  if (minutes === 0) return "now";
  return ms > 0 ? `in ${formatDuration(minutes)}` : `${formatDuration(minutes)} ago`;
}
