import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { cycleAt, fairnessReport } from "../../../shared/domain/rotation/fairness";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { at, defaultWorkspace, plain } from "./fixtures";

const NY = "America/New_York";

/** Night and weekend hours of one span by walking it in 15-minute steps with luxon: the independent oracle. */
function walk(start: number, end: number): { night: number; weekend: number } {
  let night = 0;
  let weekend = 0;
  for (let t = start; t < end; t += 15 * 60_000) {
    const local = DateTime.fromMillis(t, { zone: NY });
    if (local.hour >= 22 || local.hour < 6) night += 0.25;
    if (local.weekday >= 6) weekend += 0.25;
  }
  return { night, weekend };
}

describe("fairness", () => {
  it("over a full cycle without holidays everyone carries the same hours, nights, weekends and shifts", async () => {
    const ws = plain(await defaultWorkspace());
    const schedule = compileSchedule(ws);
    // Blocks 1–4 (a full cycle of 4 engineers): 2026-01-05 09:00 to 2026-03-02 09:00, no DST change inside.
    const report = fairnessReport(schedule, at("2026-01-05T09:00"), at("2026-03-02T09:00"));
    expect(report.engineers.map((e) => e.engineer).sort()).toEqual([...ws.rotation.order].sort());
    const first = report.engineers[0]!;
    for (const e of report.engineers) {
      expect(e.hours).toBe(first.hours);
      expect(e.nightHours).toBe(first.nightHours);
      expect(e.weekendHours).toBe(first.weekendHours);
      expect(e.shifts).toBe(first.shifts);
      expect(e.holidayHours).toBe(0);
    }
    // 56 days × 24 h shared by 4.
    expect(first.hours).toBe((56 * 24) / 4);
    expect(report.spread.hours).toBe(1);
    expect(report.spread.nightHours).toBe(1);
    expect(report.spread.holidayHours).toBeNull();
    // The running balance comes back to zero at the end of the cycle.
    expect(Object.values(report.blocks.at(-1)!.balance).every((b) => Math.abs(b) < 1e-9)).toBe(true);
    expect(report.blocks.map((b) => b.block)).toEqual([1, 2, 3, 4]);
  });

  it("over blocks 1–2 by hand: each engineer's hours, shifts and nights, block hours, balances and the max/min spread", async () => {
    const schedule = compileSchedule(plain(await defaultWorkspace()));
    // Block b (0-based) gives day/evening/night to order[(b + s) mod 4], order alex, sarah, mike, lisa:
    // block 1 (Jan 5–19): alex day, sarah evening, mike night, lisa rests;
    // block 2 (Jan 19–Feb 2): sarah day, mike evening, lisa night, alex rests. 14 days × 8 h = 112 h per slot.
    // Night hours (22:00–06:00): an evening 17–01 holds 3 of them, a night 01–09 holds 5; a day none.
    const report = fairnessReport(schedule, at("2026-01-05T09:00"), at("2026-02-02T09:00"));
    const by = (pick: (e: (typeof report.engineers)[number]) => number) => Object.fromEntries(report.engineers.map((e) => [e.engineer, pick(e)]));
    expect(by((e) => e.hours)).toEqual({ alex: 112, sarah: 224, mike: 224, lisa: 112 });
    expect(by((e) => e.shifts)).toEqual({ alex: 14, sarah: 28, mike: 28, lisa: 14 });
    expect(by((e) => e.nightHours)).toEqual({ alex: 0, sarah: 14 * 3, mike: 14 * 5 + 14 * 3, lisa: 14 * 5 });
    // Every slot holds 16 weekend hours a weekend (the evening: Sat 00–01 from Friday's, 8 on Saturday, 7 on Sunday), 2 weekends a block.
    expect(by((e) => e.weekendHours)).toEqual({ alex: 32, sarah: 64, mike: 64, lisa: 32 });
    expect(report.blocks.map((b) => [b.block, b.hours])).toEqual([
      [1, { alex: 112, sarah: 112, mike: 112, lisa: 0 }],
      [2, { alex: 0, sarah: 112, mike: 112, lisa: 112 }],
    ]);
    // Running totals 112/112/112/0 (mean 84), then 112/224/224/112 (mean 168).
    expect(report.blocks.map((b) => b.balance)).toEqual([
      { alex: 28, sarah: 28, mike: 28, lisa: -84 },
      { alex: -56, sarah: 56, mike: 56, lisa: -56 },
    ]);
    // Most over least loaded: 224 / 112; alex has no night hours, so the night spread is null.
    expect(report.spread).toEqual({ hours: 2, nightHours: null, weekendHours: 2, holidayHours: null });
  });

  it("night and weekend hours agree with a 15-minute walk, across the March DST change", async () => {
    const schedule = compileSchedule(await defaultWorkspace());
    const from = at("2026-03-01T00:00");
    const to = at("2026-03-16T00:00");
    const report = fairnessReport(schedule, from, to);
    for (const e of report.engineers) {
      let night = 0;
      let weekend = 0;
      for (const s of schedule.shifts(from, to).filter((x) => x.engineer === e.engineer)) {
        const w = walk(Math.max(s.start, from), Math.min(s.end, to));
        night += w.night;
        weekend += w.weekend;
      }
      expect(e.nightHours).toBeCloseTo(night, 9);
      expect(e.weekendHours).toBeCloseTo(weekend, 9);
    }
  });

  it("holiday hours: the senior carries Christmas; the running balance carries across blocks", async () => {
    const schedule = compileSchedule(await defaultWorkspace());
    const report = fairnessReport(schedule, at("2026-12-21T00:00"), at("2026-12-28T00:00"));
    const holiday = Object.fromEntries(report.engineers.map((e) => [e.engineer, e.holidayHours]));
    expect(holiday).toEqual({ alex: 72, sarah: 0, mike: 0, lisa: 0 });
    const year = fairnessReport(schedule, at("2026-01-05T09:00"), at("2027-01-04T09:00"));
    let running: Record<string, number> = {};
    for (const block of year.blocks) {
      running = Object.fromEntries(Object.entries(block.hours).map(([id, h]) => [id, (running[id] ?? 0) + h]));
      const mean = Object.values(running).reduce((a, b) => a + b, 0) / 4;
      for (const [id, total] of Object.entries(running)) expect(block.balance[id]).toBeCloseTo(total - mean, 9);
    }
    expect(year.engineers.find((e) => e.engineer === "alex")!.holidayHours).toBeGreaterThanOrEqual(72 + 48);
  });

  it("cycleAt: the 4-block cycle around an instant starts and ends at the 09:00 handoff, the early hours belonging to the day before", async () => {
    const schedule = compileSchedule(await defaultWorkspace());
    // Cycle 1 is blocks 1–4 (2026-01-05 09:00 to 2026-03-02 09:00); cycle 2 runs to 2026-04-27 09:00 across the March DST change.
    expect(cycleAt(schedule, at("2026-01-05T09:00"))).toEqual({ from: at("2026-01-05T09:00"), to: at("2026-03-02T09:00") });
    expect(cycleAt(schedule, at("2026-03-02T08:59"))).toEqual({ from: at("2026-01-05T09:00"), to: at("2026-03-02T09:00") });
    expect(cycleAt(schedule, at("2026-03-10T11:00"))).toEqual({ from: at("2026-03-02T09:00"), to: at("2026-04-27T09:00") });
    const { from, to } = cycleAt(schedule, at("2026-12-20T12:00"));
    expect(new Set(schedule.shifts(from, to).map((s) => Math.floor((s.block - 1) / 4))).size).toBe(1);
  });
});
