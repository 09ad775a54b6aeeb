import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_CACHED_HOURS, zoneText } from "../../../shared/domain/sla/zone-text";

// zoneText asks Intl for a zone's offset once per zone and hour (a few µs each, a thousand reasons per
// evaluation) and keeps at most MAX_CACHED_HOURS hours per zone. Caching changes no text, so only counting
// the Intl look-ups (a spy that calls through) shows it. Each test uses its own zone: the cache outlives tests.

const HOUR = 3_600_000;
const MINUTE = 60_000;
const lookups = () => vi.spyOn(Intl.DateTimeFormat.prototype, "formatToParts");

afterEach(() => {
  vi.restoreAllMocks();
});

describe("zoneText's cache of offsets", () => {
  it("looks a zone's hour up only once, for every instant in it and every formatter of that zone", () => {
    const now = Date.UTC(2031, 5, 15, 12); // 00:45 on June 16 in Chatham (UTC+12:45)
    const text = zoneText("Pacific/Chatham", now); // looks the hour up
    const spy = lookups();
    expect(text(now)).toBe("00:45 GMT+12:45");
    expect(text(now + 59 * MINUTE)).toBe("01:44 GMT+12:45");
    for (let m = 1; m < 59; m++) text(now + m * MINUTE);
    expect(zoneText("Pacific/Chatham", now)(now + 30 * MINUTE)).toBe("01:15 GMT+12:45");
    expect(spy).not.toHaveBeenCalled();
  });

  it(`keeps ${MAX_CACHED_HOURS} hours of a zone, and drops them when one more comes`, () => {
    const spy = lookups();
    const text = zoneText("Pacific/Marquesas", 0); // hour 0 cached: 14:30 on Dec 31, 1969 (UTC-9:30)
    for (let h = 1; h < MAX_CACHED_HOURS; h++) text(h * HOUR);
    expect(spy).toHaveBeenCalledTimes(MAX_CACHED_HOURS);
    expect(text(0)).toBe("14:30 GMT-9:30");
    expect(spy).toHaveBeenCalledTimes(MAX_CACHED_HOURS); // still cached
    text(MAX_CACHED_HOURS * HOUR);
    expect(text(0)).toBe("14:30 GMT-9:30");
    expect(spy).toHaveBeenCalledTimes(MAX_CACHED_HOURS + 2); // the new hour, then hour 0 again
  });
});
