import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { shiftsToICalendar, shiftUid } from "../../../shared/domain/rotation/ical-export";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { ScheduleSource } from "../../../shared/domain/rotation/shift";
import { at, defaultWorkspace, londonWorkspace } from "./fixtures";

/** Parses an ICS document with ical.js, registering its VTIMEZONEs, into plain events. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, start: e.startDate.toJSDate().getTime(), end: e.endDate.toJSDate().getTime(), summary: e.summary, stamp: v.getFirstPropertyValue("dtstamp") as ICAL.Time };
    }),
  };
}

async function roundTrip(source: ScheduleSource, from: number, to: number) {
  const schedule = compileSchedule(source);
  const shifts = schedule.shifts(from, to);
  const text = shiftsToICalendar(shifts, schedule.clock, { name: "On call", stamp: Date.UTC(2026, 0, 2, 3, 4, 5), team: source.team });
  return { shifts, text, ...parse(text) };
}

describe("iCal export", () => {
  it("parsed back with ical.js, equals the shifts, across both New York DST changes, Christmas and an override", async () => {
    for (const [a, b] of [["2026-03-06T00:00", "2026-03-10T00:00"], ["2026-10-30T00:00", "2026-11-03T00:00"], ["2026-12-09T00:00", "2026-12-28T00:00"]] as const) {
      const { shifts, events, text } = await roundTrip(await defaultWorkspace(), at(a), at(b));
      expect(events.map((e) => [e.uid, e.start, e.end])).toEqual(shifts.map((s) => [shiftUid(s), s.start, s.end]));
      for (const [i, s] of shifts.entries()) {
        expect(events[i]!.summary).toContain(s.slot);
        expect(events[i]!.summary).toContain(s.reason === "holiday" ? `holiday: ${s.holiday}` : s.reason);
      }
      expect(text).toContain("TZID:America/New_York");
      expect(text).toMatch(/DTSTART;TZID=America\/New_York:/);
    }
  });

  it("parsed back equals the shifts in Europe/London across both 2026 changes", async () => {
    const ws = londonWorkspace();
    for (const [a, b] of [["2026-03-27T00:00:00Z", "2026-03-31T00:00:00Z"], ["2026-10-23T00:00:00Z", "2026-10-27T00:00:00Z"]] as const) {
      const { shifts, events, text } = await roundTrip(ws, Date.parse(a), Date.parse(b));
      expect(events.map((e) => [e.start, e.end])).toEqual(shifts.map((s) => [s.start, s.end]));
      expect(text).toContain("TZID:Europe/London");
    }
  });

  it("keeps UIDs stable across exports made at different times, and writes DTSTAMP in UTC", async () => {
    const ws = await defaultWorkspace();
    const schedule = compileSchedule(ws);
    const shifts = schedule.shifts(at("2026-12-01T00:00"), at("2026-12-05T00:00"));
    const first = parse(shiftsToICalendar(shifts, schedule.clock, { name: "x", stamp: Date.UTC(2026, 0, 1), team: ws.team }));
    const later = parse(shiftsToICalendar(shifts, schedule.clock, { name: "x", stamp: Date.UTC(2026, 5, 1), team: ws.team }));
    expect(later.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
    expect(new Set(first.events.map((e) => e.uid)).size).toBe(first.events.length);
    expect(first.events[0]!.stamp.toJSDate().getTime()).toBe(Date.UTC(2026, 0, 1));
    expect(first.events[0]!.stamp.zone).toBe(ICAL.Timezone.utcTimezone);
  });

  it("keeps a shift's UID when time off hands it to someone else, so subscribers see an update", async () => {
    const ws = await defaultWorkspace();
    const before = compileSchedule({ ...ws, time_off: [] });
    const after = compileSchedule(ws); // lisa is away 2026-12-01..07
    const range = [at("2026-12-02T00:00"), at("2026-12-04T00:00")] as const;
    const export1 = parse(shiftsToICalendar(before.shifts(...range), before.clock, { name: "x", stamp: 0, team: ws.team }));
    const export2 = parse(shiftsToICalendar(after.shifts(...range), after.clock, { name: "x", stamp: 0, team: ws.team }));
    const reassigned = export2.events.filter((e, i) => e.summary !== export1.events[i]!.summary);
    expect(reassigned.length).toBeGreaterThan(0);
    expect(export2.events.map((e) => e.uid)).toEqual(export1.events.map((e) => e.uid));
    expect(export1.events.some((e) => /Lisa Wang/.test(e.summary))).toBe(true);
    expect(export2.events.some((e) => /Lisa Wang/.test(e.summary))).toBe(false);
  });
});
