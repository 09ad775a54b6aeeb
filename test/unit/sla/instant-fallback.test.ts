import { describe, expect, it } from "vitest";
import { instantMs } from "../../../shared/domain/sla/instant";

/**
 * Text that looks almost like the one shape instantMs reads by position, one character off.
 * Each must still come out as Date.parse says; every one is invalid ISO 8601, so that is NaN.
 */
function expectNaNLikeDateParse(texts: readonly string[]): void {
  for (const text of texts) {
    expect(Date.parse(text), `Date.parse(${JSON.stringify(text)})`).toBeNaN();
    expect(instantMs(text), text).toBeNaN();
  }
}

describe("instantMs on text one character away from the shape it reads by position", () => {
  it("is NaN when a date or time separator is another character", () => {
    expectNaNLikeDateParse(["2026X03-08T06:00:00Z", "2026-03X08T06:00:00Z", "2026-03-08X06:00:00Z", "2026-03-08T06X00:00Z", "2026-03-08T06:00X00Z"]);
  });

  it("is NaN when a field holds a character just below '0' or just above '9'", () => {
    // '/' is the code before '0' and ':' and 'A' come after '9': read as digits they would give -1, 10 and 17.
    expectNaNLikeDateParse(["2026-03-08T/0:00:00Z", "2026-03-08T0/:00:00Z", "2026-03-08T0A:00:00Z"]);
    // Every field's second character is '/' (every field reads as 9, year 1919) or ':' (10, year 1010).
    expectNaNLikeDateParse(["2/2/-1/-1/T1/:1/:1/Z", "0:0:-0:-0:T0::0::0:Z"]);
  });

  it("is NaN when the fraction has no dot or holds a non-digit", () => {
    expectNaNLikeDateParse(["2026-03-08T06:00:00X5Z", "2026-03-08T06:00:00./Z", "2026-03-08T06:00:00.5/Z", "2026-03-08T06:00:00.A+05:30", "2026-03-08T06:00:00.5A+05:30"]);
  });

  it("is NaN when the zone is neither a final Z nor ±HH:MM", () => {
    expectNaNLikeDateParse(["2026-03-08T06:00:00X", "2026-03-08T06:00:00.5X", "2026-03-08T06:00:00X05:30", "2026-03-08T06:00:00Z05:30", "2026-03-08T06:00:00+05x30", "2026-03-08T06:00:00+05:30x"]);
  });

  it("leaves a year with a non-digit to Date.parse, even when V8 reads the text as another date", () => {
    // V8's fallback parser takes "202" as the year and "(" as the start of a comment running to the end:
    // 0202-01-01 at local midnight. The fast reader must not answer NaN (or anything else) for it.
    const text = "202(-03-08T06:00:00Z";
    expect(Date.parse(text)).toBe(new Date(202, 0, 1).getTime());
    expect(instantMs(text)).toBe(Date.parse(text));
  });
});
