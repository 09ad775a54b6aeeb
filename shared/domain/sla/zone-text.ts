/**
 * Instants as people on call read them: wall-clock time in the workspace's zone with its
 * abbreviation ("04:00 EDT", "Mar 7 22:00 EST"). Fast enough for a thousand reasons per
 * evaluation: the zone's offset is looked up through Intl once per zone and hour, then cached.
 */
import { isoOf } from "./instant";

const HOUR_MS = 3_600_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Offsets only change on whole hours in practice; a zone caches at most this many hours, and drops them all when one more comes. */
export const MAX_CACHED_HOURS = 50_000;

interface HourInfo {
  offsetMs: number;
  abbreviation: string;
}

interface ZoneCache {
  format: Intl.DateTimeFormat;
  hours: Map<number, HourInfo>;
}

const zones = new Map<string, ZoneCache>();

function zoneCache(zone: string): ZoneCache {
  let cache = zones.get(zone);
  if (!cache) {
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      timeZoneName: "short",
    });
    cache = { format, hours: new Map() };
    zones.set(zone, cache);
  }
  return cache;
}

function hourInfo(cache: ZoneCache, ms: number): HourInfo {
  const hour = Math.floor(ms / HOUR_MS);
  let info = cache.hours.get(hour);
  if (!info) {
    const start = hour * HOUR_MS;
    const parts = Object.fromEntries(cache.format.formatToParts(new Date(start)).map((p) => [p.type, p.value]));
    const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
    info = { offsetMs: wall - start, abbreviation: parts.timeZoneName ?? "" };
    if (cache.hours.size >= MAX_CACHED_HOURS) cache.hours.clear();
    cache.hours.set(hour, info);
  }
  return info;
}

/**
 * A formatter for instants in `zone`: "HH:MM ABBR" on the same local day as `nowMs`,
 * "Mon D HH:MM ABBR" otherwise. `zone` must be a valid IANA zone (the workspace validator checks).
 */
export function zoneText(zone: string, nowMs: number): (ms: number) => string {
  const cache = zoneCache(zone);
  const today = isoOf(nowMs + hourInfo(cache, nowMs).offsetMs).slice(0, 10);
  return (ms) => {
    const info = hourInfo(cache, ms);
    const local = isoOf(ms + info.offsetMs);
    const time = `${local.slice(11, 16)} ${info.abbreviation}`;
    return local.startsWith(today) ? time : `${MONTHS[Number(local.slice(5, 7)) - 1]} ${Number(local.slice(8, 10))} ${time}`;
  };
}
