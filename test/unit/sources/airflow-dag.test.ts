import { describe, expect, it } from "vitest";
import { v1DagDefinition, v2DagDefinition } from "../../../main/services/sources/airflow-dag";

/** The definition as we expect it, spelled out so each test states only what differs. */
function expected(overrides: { paused?: boolean | null; schedule?: string | null; scheduleText?: string | null } = {}) {
  return { name: "DAG etl", system: "Airflow", paused: null, schedule: null, scheduleText: null, ...overrides };
}

describe("v1 DAG definition", () => {
  it("takes a cron schedule_interval's value and the timetable description", () => {
    const body = { is_paused: true, schedule_interval: { __type: "CronExpression", value: "0 6 * * *" }, timetable_description: "At 06:00" };
    expect(v1DagDefinition("af2", "etl", body)).toEqual(expected({ paused: true, schedule: "0 6 * * *", scheduleText: "At 06:00" }));
  });

  // Airflow writes a timedelta as Python's str(): "H:MM:SS", with "N day(s), " in front from one day on.
  it.each([
    [{ days: 1, seconds: 0 }, "1 day, 0:00:00"],
    [{ days: 2, seconds: 3 * 3600 + 4 * 60 + 5 }, "2 days, 3:04:05"],
    [{ days: 0, seconds: 30 * 60 }, "0:30:00"],
    [{ seconds: 12 * 3600 + 59 * 60 + 7 }, "12:59:07"],
    [{ days: 1 }, "1 day, 0:00:00"],
    [{}, "0:00:00"],
  ])("writes the TimeDelta %j as %s", (delta, text) => {
    const body = { schedule_interval: { __type: "TimeDelta", ...delta } };
    expect(v1DagDefinition("af2", "etl", body)).toEqual(expected({ schedule: text }));
  });

  it("names a RelativeDelta, or a cron without value, by its type; no schedule is null", () => {
    expect(v1DagDefinition("af2", "etl", { schedule_interval: { __type: "RelativeDelta", months: 1 } }).schedule).toBe("RelativeDelta");
    expect(v1DagDefinition("af2", "etl", { schedule_interval: { __type: "CronExpression" } }).schedule).toBe("CronExpression");
    expect(v1DagDefinition("af2", "etl", { schedule_interval: null, is_paused: false })).toEqual(expected({ paused: false }));
  });

  it("says a malformed DAG document is a DAG, naming the field", () => {
    expect(() => v1DagDefinition("af2", "etl", { is_paused: "yes" })).toThrow(/^source af2 returned an unexpected DAG at is_paused: /);
  });
});

describe("v2 DAG definition", () => {
  it("takes timetable_summary as the schedule", () => {
    const body = { is_paused: false, timetable_summary: "0 6 * * *", timetable_description: "At 06:00" };
    expect(v2DagDefinition("af3", "etl", body)).toEqual(expected({ paused: false, schedule: "0 6 * * *", scheduleText: "At 06:00" }));
  });

  it("says a malformed DAG document is a DAG, naming the field", () => {
    expect(() => v2DagDefinition("af3", "etl", { timetable_summary: 5 })).toThrow(/^source af3 returned an unexpected DAG at timetable_summary: /);
  });
});
