/**
 * The zone clock on its own: offsets, transitions, local days, wall times and ISO text around the
 * 2026 changes. Expectations are written by hand (checked against luxon): Europe/London goes
 * GMT → BST at 2026-03-29T01:00Z and back at 2026-10-25T01:00Z; New York falls back at
 * 2026-11-01T06:00Z. Both London changes lie in weekly buckets that start on Thursday
 * 2026-03-26T00:00Z and 2026-10-22T00:00Z, so the ranges below start or end inside the same week.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { IANAZone } from "luxon";
import { createZoneClock } from "../../../shared/domain/rotation/zone-clock";

const SPRING = Date.UTC(2026, 2, 29, 1); // London: 00:59:59 GMT is followed by 02:00:00 BST
const AUTUMN = Date.UTC(2026, 9, 25, 1); // London: 01:59:59 BST is followed by 01:00:00 GMT
const H = 3_600_000;
/** The day number (days since 1970-01-01) of a calendar date, for localDay and wallToInstant. */
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe("createZoneClock", () => {
  it("refuses a zone luxon does not know, naming it", () => {
    expect(() => createZoneClock("Mars/Olympus_Mons")).toThrow(new RangeError('unknown time zone "Mars/Olympus_Mons"'));
  });
});

describe("offsetAt", () => {
  afterEach(() => vi.restoreAllMocks());

  it("switches exactly at London's changes, to the second", () => {
    const london = createZoneClock("Europe/London");
    expect([SPRING - 1000, SPRING, AUTUMN - 1000, AUTUMN].map((t) => london.offsetAt(t))).toEqual([0, 60, 60, 0]);
  });

  it("reads luxon only at a week's two ends when the offset does not change in it (the reason this file exists)", () => {
    const offset = vi.spyOn(IANAZone.prototype, "offset");
    const london = createZoneClock("Europe/London");
    expect(london.offsetAt(Date.UTC(2026, 0, 15, 12))).toBe(0);
    expect(offset).toHaveBeenCalledTimes(2);
  });
});

describe("transitions", () => {
  const london = createZoneClock("Europe/London");
  const spring = { at: SPRING, before: 0, after: 60 };
  const autumn = { at: AUTUMN, before: 60, after: 0 };

  it("lists both 2026 changes of a year, in order", () => {
    expect(london.transitions(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([spring, autumn]);
  });
  it("includes a change at `from` and leaves out one at `to` (a half-open range)", () => {
    expect(london.transitions(SPRING, Date.UTC(2026, 3, 1))).toEqual([spring]);
    expect(london.transitions(Date.UTC(2026, 2, 27), SPRING)).toEqual([]);
    expect(london.transitions(Date.UTC(2026, 9, 23), AUTUMN + 1)).toEqual([autumn]);
  });
  it("leaves out a change of the same week that lies before `from` or after `to`", () => {
    expect(london.transitions(SPRING + H, Date.UTC(2026, 3, 1))).toEqual([]);
    expect(london.transitions(Date.UTC(2026, 2, 27), SPRING - H)).toEqual([]);
  });
  it("finds both changes of Brazil's one-week DST of October 2000, the closest pair since 1990", () => {
    // Boa Vista kept Brazil's rules until 2000-10-15: DST from Oct 8 00:00 (-04, 04:00Z) to Oct 15 00:00 (-03, 03:00Z).
    expect(createZoneClock("America/Boa_Vista").transitions(Date.UTC(2000, 9, 1), Date.UTC(2000, 10, 1))).toEqual([
      { at: Date.UTC(2000, 9, 8, 4), before: -240, after: -180 },
      { at: Date.UTC(2000, 9, 15, 3), before: -180, after: -240 },
    ]);
  });
  it("is empty for a zone without changes", () => {
    expect(createZoneClock("UTC").transitions(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([]);
  });
});

describe("localDay", () => {
  it("is the local calendar day, not the UTC one, on either side of UTC", () => {
    // 03:00Z on 1 January is 22:00 EST on 31 December; 23:30Z on 30 June is 00:30 BST on 1 July.
    expect(createZoneClock("America/New_York").localDay(Date.UTC(2026, 0, 1, 3))).toBe(dayOf(2025, 12, 31));
    expect(createZoneClock("Europe/London").localDay(Date.UTC(2026, 5, 30, 23, 30))).toBe(dayOf(2026, 7, 1));
  });
});

describe("wallToInstant (as RFC 5545 reads local times)", () => {
  const london = createZoneClock("Europe/London");
  it("reads a time that occurs twice as its first occurrence (BST)", () => {
    expect(london.wallToInstant(dayOf(2026, 10, 25), 90)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(london.wallToInstant(dayOf(2026, 10, 25), 120)).toBe(Date.UTC(2026, 9, 25, 2));
  });
  it("reads a time skipped by the spring gap with the offset before it: 01:30 is 02:30 BST", () => {
    expect(london.wallToInstant(dayOf(2026, 3, 29), 90)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(london.wallToInstant(dayOf(2026, 3, 29), 120)).toBe(SPRING);
  });
});

describe("format", () => {
  it("writes the local time with the offset in force, its sign and its minutes", () => {
    const ny = createZoneClock("America/New_York");
    // 01:00 happens twice in New York on 2026-11-01: first in EDT, then in EST.
    expect(ny.format(Date.UTC(2026, 10, 1, 5))).toBe("2026-11-01T01:00:00-04:00");
    expect(ny.format(Date.UTC(2026, 10, 1, 6))).toBe("2026-11-01T01:00:00-05:00");
    expect(createZoneClock("Europe/London").format(Date.UTC(2026, 6, 1, 8))).toBe("2026-07-01T09:00:00+01:00");
    expect(createZoneClock("UTC").format(Date.UTC(2026, 0, 15, 12))).toBe("2026-01-15T12:00:00+00:00");
    expect(createZoneClock("Asia/Kolkata").format(Date.UTC(2026, 0, 15, 12))).toBe("2026-01-15T17:30:00+05:30");
    expect(createZoneClock("America/St_Johns").format(Date.UTC(2026, 0, 15, 12))).toBe("2026-01-15T08:30:00-03:30");
  });
  it("drops milliseconds", () => {
    expect(createZoneClock("UTC").format(Date.UTC(2026, 0, 15, 12, 0, 0, 999))).toBe("2026-01-15T12:00:00+00:00");
  });
});
