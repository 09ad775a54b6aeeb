/** An instant shown in the workspace's zone, with the full ISO text on hover. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** "Tue, Mar 10, 04:00 EDT" (en-US names the zone by its abbreviation): one cached formatter per zone. */
export function formatZoned(iso: string, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hour12: false, timeZoneName: "short" });
    formats.set(zone, format);
  }
  return format.format(new Date(iso));
}

/** A <time> element for `iso` in `zone`; a dash for no instant. */
export function ZonedTime({ iso, zone }: { iso: string | null | undefined; zone: string }) {
  if (!iso) return <span className="muted">—</span>;
  return (
    <time dateTime={iso} title={iso}>
      {formatZoned(iso, zone)}
    </time>
  );
}
