import { describe, expect, it } from "vitest";
import { attributeRun, type RunPlacement } from "../../../shared/domain/sla/attribute-run";
import { scheduleFor } from "../../../shared/domain/sla/schedule";
import { sameSchedule } from "../../../shared/domain/sla/schedule-drift";

// Daily at 06:00 UTC.
const daily = scheduleFor("0 6 * * *");
const iso = (ms: number) => new Date(ms).toISOString();
const place = (run: Partial<RunPlacement> & Pick<RunPlacement, "runType">) => {
  const a = attributeRun({ runId: "r", ...run }, daily);
  return "intervalEndMs" in a ? iso(a.intervalEndMs) : a.note;
};

describe("attributing runs to intervals of the workspace's schedule", () => {
  it("scheduled: the data interval's end; else run_after when it is a tick; else a note", () => {
    expect(place({ runType: "scheduled", dataIntervalStart: "2026-03-09T06:00:00+00:00", dataIntervalEnd: "2026-03-10T06:00:00+00:00" })).toBe("2026-03-10T06:00:00.000Z");
    expect(place({ runType: "scheduled", runAfter: "2026-03-10T06:00:00Z" })).toBe("2026-03-10T06:00:00.000Z");
    expect(place({ runType: "scheduled", runAfter: "2026-03-10T06:07:00Z" })).toBe("a scheduled run with no data interval whose run_after is not a tick of the workspace's schedule");
    expect(place({ runType: "scheduled" })).toBe("a scheduled run with no data interval and no run_after");
  });

  it("manual (Airflow 3, no logical date, no interval): the newest interval available at or before run_after", () => {
    expect(place({ runType: "manual", runAfter: "2026-03-10T09:13:00Z", dataIntervalStart: null, dataIntervalEnd: null })).toBe("2026-03-10T06:00:00.000Z");
    // Before today's tick: it redoes yesterday's interval.
    expect(place({ runType: "manual", runAfter: "2026-03-10T05:59:59Z" })).toBe("2026-03-09T06:00:00.000Z");
  });

  it("manual and triggered with an empty interval at the trigger time (trigger timetable): by the trigger time, not as an interval of their own", () => {
    expect(place({ runType: "manual", dataIntervalStart: "2026-03-10T08:00:00Z", dataIntervalEnd: "2026-03-10T08:00:00Z", runAfter: "2026-03-10T08:00:00Z" })).toBe("2026-03-10T06:00:00.000Z");
    expect(place({ runType: "triggered", dataIntervalStart: "2026-03-10T08:00:00Z", dataIntervalEnd: "2026-03-10T08:00:00Z" })).toBe("2026-03-10T06:00:00.000Z");
  });

  it("manual with a real data interval (Airflow 2 infers one): that interval", () => {
    expect(place({ runType: "manual", dataIntervalStart: "2026-03-08T06:00:00+00:00", dataIntervalEnd: "2026-03-09T06:00:00+00:00", runAfter: "2026-03-10T08:00:00+00:00" })).toBe("2026-03-09T06:00:00.000Z");
  });

  it("backfill: the old interval it delivers", () => {
    expect(place({ runType: "backfill", dataIntervalStart: "2026-02-01T06:00:00Z", dataIntervalEnd: "2026-02-02T06:00:00Z", runAfter: "2026-03-10T10:00:00Z" })).toBe("2026-02-02T06:00:00.000Z");
    expect(place({ runType: "backfill", runAfter: "2026-02-02T06:00:00Z" })).toBe("2026-02-02T06:00:00.000Z");
  });

  it("backfill without a data interval: its run_after as it is (not the tick before, as for a manual run), else a note", () => {
    expect(place({ runType: "backfill", runAfter: "2026-02-02T09:30:00Z" })).toBe("2026-02-02T09:30:00.000Z");
    expect(place({ runType: "backfill" })).toBe("a backfill run with no data interval and no run_after");
  });

  it("a run with nothing to place it by, or before the schedule's first tick, gets a note instead of an interval", () => {
    expect(place({ runType: "manual" })).toBe("a manual run with no data interval and no run_after");
    const noTicks = { ticksBetween: () => [], atOrBefore: () => null, after: () => null };
    const once = attributeRun({ runId: "m", runType: "manual", runAfter: "2020-01-01T00:00:00Z" }, noTicks);
    expect(once).toEqual({ note: "a manual run triggered before the workspace's schedule has any interval" });
  });
});

describe("comparing a source's schedule with the workspace's cron", () => {
  it("accepts the same ticks written differently, and Airflow's presets", () => {
    expect(sameSchedule("0 6 * * *", "0 6 * * *")).toBe(true);
    expect(sameSchedule("0 6 * * *", " 0  6 * * 0-6 ")).toBe(true);
    expect(sameSchedule("0 0 * * *", "@daily")).toBe(true);
    expect(sameSchedule("0 */4 * * *", "0 0,4,8,12,16,20 * * *")).toBe(true);
  });

  it("rejects other ticks, weekday or month restrictions, and schedules that are not cron", () => {
    expect(sameSchedule("0 6 * * *", "0 7 * * *")).toBe(false);
    expect(sameSchedule("0 6 * * *", "0 6 * * 1-5")).toBe(false);
    expect(sameSchedule("* * * * *", "* * * 1-11 *")).toBe(false);
    expect(sameSchedule("0 6 * * *", "None")).toBe(false);
    expect(sameSchedule("0 6 * * *", "Asset")).toBe(false);
    expect(sameSchedule("0 6 * * *", "1 day, 0:00:00")).toBe(false);
    expect(sameSchedule("0 6 * * *", null)).toBe(false);
  });
});
