/** An instant shown in the workspace's zone, with the full ISO text (or the UTC time) on hover. */

const formats = new Map<string, Intl.DateTimeFormat>();

const SHAPES = {
  full: { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hour12: false, timeZoneName: "short" },
  time: { hour: "2-digit", minute: "2-digit", hour12: false, timeZoneName: "short" },
  day: { day: "numeric", month: "short" },
  utc: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false, timeZoneName: "short" },
  date: { day: "numeric", month: "short", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** One cached formatter per zone and shape. */
function formatter(zone: string, shape: keyof typeof SHAPES): Intl.DateTimeFormat {
  const key = `${shape} ${zone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, ...SHAPES[shape] });
    formats.set(key, format);
  }
  return format;
}

/** "Tue, Mar 10, 04:00 EDT" (en-US names the zone by its abbreviation). */
export function formatZoned(iso: string, zone: string): string {
  return formatter(zone, "full").format(new Date(iso));
}

/** "04:00 EDT": the wall time alone, for instants of today. */
export function formatZonedTime(iso: string, zone: string): string {
  return formatter(zone, "time").format(new Date(iso));
}

/** "Mar 9": the local day alone. */
export function formatZonedDay(iso: string, zone: string): string {
  return formatter(zone, "day").format(new Date(iso));
}

/** "Dec 1, 2025": the local day with its year, for dates that may lie in another year. */
export function formatZonedDate(iso: string, zone: string): string {
  return formatter(zone, "date").format(new Date(iso));
}

/** "03/10/2026, 15:00:00 UTC": the instant in UTC, for people comparing with logs and other zones. */
export function formatUtc(iso: string): string {
  return formatter("UTC", "utc").format(new Date(iso));
}

/** A <time> element for `iso` in `zone`, its ISO text (or with `utc`, the UTC time) on hover; a dash for no instant. */
export function ZonedTime({ iso, zone, utc = false }: { iso: string | null | undefined; zone: string; utc?: boolean }) {
  if (!iso) return <span className="muted">—</span>;
  return (
    <time dateTime={iso} title={utc ? formatUtc(iso) : iso}>
      {formatZoned(iso, zone)}
    </time>
  );
}
