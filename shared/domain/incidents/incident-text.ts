/** How incidents name people and instants for people: names instead of ids, times in the workspace zone and in UTC. */
import { DateTime } from "luxon";

/** The people an incident can name. */
export interface PeopleSource {
  team: readonly { id: string; name: string }[];
  manager: { id: string; name: string };
}

/** A person's name, or their id when they are not (or no longer) in the workspace. */
export function personName(ws: PeopleSource, id: string): string {
  return id === ws.manager.id ? ws.manager.name : (ws.team.find((e) => e.id === id)?.name ?? id);
}

/** `2026-12-24 03:12 EST`: an instant in the workspace zone. */
export function localTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat("yyyy-LL-dd HH:mm ZZZZ");
}

/** `2026-12-24 08:12 UTC`. */
export function utcTime(iso: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).toFormat("yyyy-LL-dd HH:mm 'UTC'");
}

/** `2026-12-24 03:12 EST (08:12 UTC)`; the UTC date is repeated only when it differs from the local one. */
export function bothTimes(iso: string, zone: string): string {
  const local = DateTime.fromISO(iso, { zone });
  const utc = local.toUTC();
  const utcText = utc.toISODate() === local.toISODate() ? utc.toFormat("HH:mm 'UTC'") : utcTime(iso);
  return `${local.toFormat("yyyy-LL-dd HH:mm ZZZZ")} (${utcText})`;
}

/** An instant as the journal stores it: UTC ISO with milliseconds, so string order is time order. */
export function journalInstant(ms: number): string {
  return new Date(ms).toISOString();
}
