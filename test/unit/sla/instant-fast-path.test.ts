import { afterEach, describe, expect, it, vi } from "vitest";
import { instantMs, isoOf } from "../../../shared/domain/sla/instant";

// instant.ts exists for speed: the shape sources send is read by position, years 0-9999 are written by
// hand, and only other text and instants are left to Date.parse and toISOString. A change that sends the
// everyday shape back to them gives the same results, so only watching the calls (spies that call
// through, not mocks) catches it.

/** 0000-01-01T00:00:00Z, built by Date itself (Date.UTC would read year 0 as 1900). */
function yearZeroMs(): number {
  const d = new Date(0);
  d.setUTCFullYear(0, 0, 1);
  return d.getTime();
}

const MINUTE = 60_000;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("instantMs fast path", () => {
  it("reads every field at both ends of its everyday range without Date.parse", () => {
    // Expected values from Date.UTC and offsets worked out by hand; the digits 0 and 9 appear in both
    // places of a two-digit field, and fractions of one to four digits hold 0s and 9s.
    const cases: [string, number][] = [
      ["0000-01-01T00:00:00Z", yearZeroMs()],
      ["1999-12-31T23:59:59.999Z", Date.UTC(1999, 11, 31, 23, 59, 59, 999)],
      ["2026-10-09T09:09:09.09+23:59", Date.UTC(2026, 9, 9, 9, 9, 9, 90) - (23 * 60 + 59) * MINUTE],
      ["2026-01-10T10:10:10.9-23:59", Date.UTC(2026, 0, 10, 10, 10, 10, 900) + (23 * 60 + 59) * MINUTE],
      ["2026-12-31T00:59:59.0909Z", Date.UTC(2026, 11, 31, 0, 59, 59, 90)],
      ["2026-03-08T06:00:00-05:30", Date.UTC(2026, 2, 8, 11, 30)],
      ["2026-03-08T06:00:00+00:00", Date.UTC(2026, 2, 8, 6)],
    ];
    const parse = vi.spyOn(Date, "parse");
    for (const [text, expected] of cases) expect(instantMs(text), text).toBe(expected);
    expect(parse).not.toHaveBeenCalled();
  });

  it("still hands text outside the everyday shape to Date.parse", () => {
    const parse = vi.spyOn(Date, "parse");
    expect(instantMs("2026-03-08T24:00:00Z")).toBe(Date.UTC(2026, 2, 9));
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe("isoOf fast path", () => {
  it("writes years 0 to 9999, both ends included, without toISOString", () => {
    const toISOString = vi.spyOn(Date.prototype, "toISOString");
    expect(isoOf(yearZeroMs())).toBe("0000-01-01T00:00:00.000Z");
    expect(isoOf(Date.UTC(999, 11, 31, 23, 59, 59, 999))).toBe("0999-12-31T23:59:59.999Z");
    expect(isoOf(Date.UTC(9999, 11, 31, 23, 59, 59, 999))).toBe("9999-12-31T23:59:59.999Z");
    expect(toISOString).not.toHaveBeenCalled();
  });

  it("leaves instants past year 9999 to toISOString", () => {
    const toISOString = vi.spyOn(Date.prototype, "toISOString");
    expect(isoOf(Date.UTC(10_000, 0, 1))).toBe("+010000-01-01T00:00:00.000Z");
    expect(toISOString).toHaveBeenCalledTimes(1);
  });
});
