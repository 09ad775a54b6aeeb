import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { zoneText } from "../../../shared/domain/sla/zone-text";

/** The same text written with luxon, an independent implementation. */
function expected(ms: number, nowMs: number, zone: string): string {
  const t = DateTime.fromMillis(ms, { zone });
  const today = DateTime.fromMillis(nowMs, { zone }).toISODate();
  const time = `${t.toFormat("HH:mm")} ${t.toFormat("ZZZZ")}`;
  return t.toISODate() === today ? time : `${t.toFormat("LLL d")} ${time}`;
}

describe("zoneText", () => {
  for (const zone of ["America/New_York", "Europe/London", "Asia/Kolkata", "UTC"]) {
    it(`matches luxon every 20 minutes across both 2026 DST changes in ${zone}`, () => {
      for (const [from, to] of [["2026-03-07T00:00:00Z", "2026-03-10T00:00:00Z"], ["2026-10-24T00:00:00Z", "2026-11-03T00:00:00Z"]] as const) {
        const nowMs = Date.parse(from) + 36 * 3_600_000;
        const text = zoneText(zone, nowMs);
        for (let ms = Date.parse(from); ms < Date.parse(to); ms += 20 * 60_000) expect(text(ms)).toBe(expected(ms, nowMs, zone));
      }
    });
  }

  it("names the local day when it is not today's, even when UTC's day is the same", () => {
    const now = Date.parse("2026-11-26T03:00:00Z"); // Nov 25, 22:00 in New York
    const text = zoneText("America/New_York", now);
    expect(text(Date.parse("2026-11-26T02:00:00Z"))).toBe("21:00 EST");
    expect(text(Date.parse("2026-11-26T06:00:00Z"))).toBe("Nov 26 01:00 EST");
  });
});
