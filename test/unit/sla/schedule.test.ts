import { describe, expect, it } from "vitest";
import { Cron } from "croner";
import { scheduleFor } from "../../../shared/domain/sla/schedule";
import { evaluateIntervals } from "../../../shared/domain/sla/intervals";
import { pipeline, run } from "./fixtures";

const utc = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi);

describe("schedule ticks (UTC)", () => {
  it("agrees with croner for weekly-periodic and other patterns over 60 days", () => {
    const from = utc(2026, 2, 20);
    const to = utc(2026, 4, 21);
    for (const expr of ["0 */4 * * *", "15 6,18 * * 1-5", "*/30 9-17 * * MON-FRI", "0 0 1 * *", "0 6 * * 5L", "0 12 15 3 *"]) {
      const cron = new Cron(expr, { utcOffset: 0, paused: true });
      const expected: number[] = [];
      for (let t = cron.nextRun(new Date(from)); t && t.getTime() <= to; t = cron.nextRun(t)) expected.push(t.getTime());
      expect(scheduleFor(expr).ticksBetween(from, to), expr).toEqual(expected);
    }
  });

  it("keeps 06:00 UTC across the US and EU DST changes (2026-03-08, 2026-03-29, 2026-11-01)", () => {
    const s = scheduleFor("0 6 * * *");
    for (const [m, d] of [[3, 8], [3, 29], [11, 1]] as const) {
      expect(s.ticksBetween(utc(2026, m, d - 1, 7), utc(2026, m, d + 1, 7))).toEqual([utc(2026, m, d, 6), utc(2026, m, d + 1, 6)]);
    }
    // An hourly schedule has 24 ticks on the UTC day the clocks change in New York.
    expect(scheduleFor("30 * * * *").ticksBetween(utc(2026, 3, 8), utc(2026, 3, 9))).toHaveLength(24);
  });

  it("finds the tick at or before and strictly after an instant", () => {
    const s = scheduleFor("0 */4 * * *");
    expect(s.atOrBefore(utc(2026, 3, 8, 8))).toBe(utc(2026, 3, 8, 8));
    expect(s.atOrBefore(utc(2026, 3, 8, 7, 59))).toBe(utc(2026, 3, 8, 4));
    expect(s.after(utc(2026, 3, 8, 8))).toBe(utc(2026, 3, 8, 12));
    const monthly = scheduleFor("0 0 1 * *");
    expect(monthly.atOrBefore(utc(2026, 3, 8))).toBe(utc(2026, 3, 1));
    expect(monthly.after(utc(2026, 3, 1))).toBe(utc(2026, 4, 1));
  });
});

describe("interval outcomes", () => {
  it("judges every interval of a window: met, met-late, failed, missed, running, pending", () => {
    // Every 6 hours, SLA 1h; judged at 2026-03-08 19:00 UTC (the US DST day).
    const p = pipeline("p", "0 */6 * * *", "1h");
    const at = (h: number, mi = 0) => new Date(utc(2026, 3, 8, h, mi)).toISOString();
    const runs = [
      run("p", at(0), "success", at(0, 5), at(0, 50)), // deadline 01:00 → met
      run("p", at(6), "success", at(6, 5), at(7, 10)), // deadline 07:00 → met-late
      run("p", at(12), "failed", at(12, 5), at(12, 20)),
      // 18:00: running, deadline 19:00 has passed at 19:00 → missed
      run("p", at(18), "running", at(18, 5), null),
    ];
    const outcomes = evaluateIntervals(p, runs, { fromMs: utc(2026, 3, 7, 23), toMs: utc(2026, 3, 9), nowMs: utc(2026, 3, 8, 19) });
    expect(outcomes.map((o) => [o.intervalEnd.slice(11, 16), o.deadline.slice(11, 16), o.outcome])).toEqual([
      ["00:00", "01:00", "met"],
      ["06:00", "07:00", "met-late"],
      ["12:00", "13:00", "failed"],
      ["18:00", "19:00", "missed"],
      ["00:00", "01:00", "pending"],
    ]);
    const earlier = evaluateIntervals(p, runs, { fromMs: utc(2026, 3, 8, 17), toMs: utc(2026, 3, 8, 18), nowMs: utc(2026, 3, 8, 18, 30) });
    expect(earlier.map((o) => o.outcome)).toEqual(["running"]);
  });

  it("matches runs reported with other offsets to the same interval", () => {
    const p = pipeline("p", "0 6 * * *", "2h");
    const runs = [run("p", "2026-03-08T01:00:00-05:00", "success", "2026-03-08T06:10:00Z", "2026-03-08T03:00:00-04:00")];
    // 01:00-05:00 = 06:00Z; 03:00-04:00 = 07:00Z ≤ 08:00 deadline.
    const [o] = evaluateIntervals(p, runs, { fromMs: utc(2026, 3, 8, 5), toMs: utc(2026, 3, 8, 7), nowMs: utc(2026, 3, 8, 9) });
    expect(o?.outcome).toBe("met");
  });
});
