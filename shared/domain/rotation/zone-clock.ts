/**
 * Exact wall-clock ↔ instant conversion for one IANA zone, fast enough to expand years of shifts.
 * luxon answers every question here, but at ~40 µs per DateTime.fromObject a year of shifts would
 * cost tens of milliseconds; so the zone's offset is read from luxon once per week of time and the
 * instant of any offset change inside that week is found by bisection, to the second.
 */
import { IANAZone } from "luxon";
import { DAY_MS, MINUTE_MS } from "./local-day";

// Offsets are sampled once per bucket (Thursday 00:00Z to Thursday), so no zone may change twice in one:
// since 1990 the closest changes are Brazil's DST of 8-15 Oct 2000 (a week less an hour, Sunday to Sunday: two buckets).
const BUCKET_MS = 7 * DAY_MS;

interface Bucket {
  /** First instant with the `after` offset; the bucket's end when the offset does not change. */
  change: number;
  before: number;
  after: number;
}

/** A change of a zone's UTC offset (minutes east of UTC) at instant `at`. */
export interface ZoneTransition {
  at: number;
  before: number;
  after: number;
}

/** Local time of one zone. Instants are epoch milliseconds; local days are day numbers (local-day.ts). */
export interface ZoneClock {
  /** The IANA name, e.g. `America/New_York`. */
  readonly zone: string;
  /** Minutes east of UTC at an instant. */
  offsetAt(ms: number): number;
  /**
   * The instant of a local wall-clock time. As RFC 5545 reads them (so an exported calendar means
   * the same thing): a time that occurs twice is its first occurrence; a time skipped by a
   * spring-forward gap is read with the offset before the gap, so 02:30 becomes 03:30.
   */
  wallToInstant(day: number, minute: number): number;
  /** The local day number an instant falls on. */
  localDay(ms: number): number;
  /** Every offset change within `from`..`to`, in time order. */
  transitions(from: number, to: number): ZoneTransition[];
  /** ISO 8601 with the local offset and no milliseconds, e.g. `2026-11-01T01:00:00-04:00`. */
  format(ms: number): string;
}

/** Builds the clock of `zone`; throws a RangeError for a zone luxon does not know. */
export function createZoneClock(zone: string): ZoneClock {
  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new RangeError(`unknown time zone "${zone}"`);
  const buckets = new Map<number, Bucket>();

  function bucketOf(index: number): Bucket {
    let bucket = buckets.get(index);
    if (bucket) return bucket;
    const start = index * BUCKET_MS;
    const end = start + BUCKET_MS;
    const before = iana.offset(start);
    const after = iana.offset(end);
    let change = end;
    if (before !== after) {
      let lo = start / 1000;
      let hi = end / 1000;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (iana.offset(mid * 1000) === before) lo = mid;
        else hi = mid;
      }
      change = hi * 1000;
    }
    bucket = { change, before, after };
    buckets.set(index, bucket);
    return bucket;
  }

  // Consecutive questions are nearly always about the same week: skip the map for those.
  let lastIndex = NaN;
  let last: Bucket = { change: 0, before: 0, after: 0 };
  function offsetAt(ms: number): number {
    const index = Math.floor(ms / BUCKET_MS);
    if (index !== lastIndex) {
      last = bucketOf(index);
      lastIndex = index;
    }
    return ms < last.change ? last.before : last.after;
  }

  return {
    zone,
    offsetAt,
    wallToInstant(day, minute) {
      const local = day * DAY_MS + minute * MINUTE_MS;
      // The offsets a day either side bracket any change that could make this wall time
      // ambiguous or missing; each candidate is valid when the zone really has that offset then.
      const before = offsetAt(local - DAY_MS);
      const after = offsetAt(local + DAY_MS);
      const early = local - before * MINUTE_MS;
      const late = local - after * MINUTE_MS;
      const earlyValid = offsetAt(early) === before;
      const lateValid = offsetAt(late) === after;
      if (earlyValid && lateValid) return Math.min(early, late);
      if (lateValid) return late;
      return early;
    },
    localDay(ms) {
      return Math.floor((ms + offsetAt(ms) * MINUTE_MS) / DAY_MS);
    },
    transitions(from, to) {
      const out: ZoneTransition[] = [];
      for (let index = Math.floor(from / BUCKET_MS); index * BUCKET_MS < to; index++) {
        const { change, before, after } = bucketOf(index);
        if (before !== after && change >= from && change < to) out.push({ at: change, before, after });
      }
      return out;
    },
    format(ms) {
      const offset = offsetAt(ms);
      const local = new Date(ms + offset * MINUTE_MS).toISOString().slice(0, 19);
      const abs = Math.abs(offset);
      const hh = String(Math.floor(abs / 60)).padStart(2, "0");
      const mm = String(abs % 60).padStart(2, "0");
      return `${local}${offset < 0 ? "-" : "+"}${hh}:${mm}`;
    },
  };
}
