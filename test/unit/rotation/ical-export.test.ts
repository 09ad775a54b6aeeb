import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { shiftsToICalendar } from "../../../shared/domain/rotation/ical-export";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { ScheduleSource, Shift } from "../../../shared/domain/rotation/shift";
import { createZoneClock } from "../../../shared/domain/rotation/zone-clock";
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

/** The UID format, written out independently of the exporter: slot, start in UTC (basic ISO 8601), our domain. */
function expectedUid(slot: string, start: number): string {
  return `${slot}-${DateTime.fromMillis(start, { zone: "utc" }).toFormat("yyyyMMdd'T'HHmmss'Z'")}@oncall-desk`;
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
      expect(events.map((e) => [e.uid, e.start, e.end])).toEqual(shifts.map((s) => [expectedUid(s.slot, s.start), s.start, s.end]));
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

  it("gives each piece of a shift split by an override its own UID, in the pinned format", async () => {
    const ws = await defaultWorkspace();
    const source = { ...ws, overrides: [{ engineer: "sarah", covers: "alex", from: "2026-12-25T11:00", to: "2026-12-25T13:00" }] };
    const { events } = await roundTrip(source, at("2026-12-25T09:00"), at("2026-12-25T17:00"));
    // Christmas day 09:00-17:00 New York (EST, UTC-5) cut at 11:00 and 13:00: three events, three UIDs.
    expect(events.map((e) => [e.uid, /sarah|Sarah/.test(e.summary) ? "sarah" : "alex"])).toEqual([
      ["day-20261225T140000Z@oncall-desk", "alex"],
      ["day-20261225T160000Z@oncall-desk", "sarah"],
      ["day-20261225T180000Z@oncall-desk", "alex"],
    ]);
  });

  it("writes UIDs of summer shifts from their UTC start (EDT, UTC-4)", async () => {
    const { events } = await roundTrip(await defaultWorkspace(), at("2026-07-10T09:00"), at("2026-07-10T17:00"));
    expect(events.map((e) => e.uid)).toEqual(["day-20260710T130000Z@oncall-desk"]);
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

  it("writes a shift in UTC only when its start or end falls in London's repeated hour, not merely near a change", () => {
    // London repeats 01:00-02:00 on 2026-10-25 (BST until 01:00Z, then GMT) and skips 01:00-02:00 on 2026-03-29.
    const shift = (start: number, end: number): Shift => ({ start, end, engineer: "ann", slot: "day", block: 1, reason: "rotation", holiday: null, covers: null });
    const text = shiftsToICalendar(
      [
        shift(Date.UTC(2026, 2, 29, 8), Date.UTC(2026, 2, 29, 16)), // 09:00-17:00 BST, the day of the spring change
        shift(Date.UTC(2026, 9, 24, 23), Date.UTC(2026, 9, 25, 0, 30)), // 00:00-01:30 BST: 01:30 comes twice that night
        shift(Date.UTC(2026, 9, 25, 9), Date.UTC(2026, 9, 25, 17)), // 09:00-17:00 GMT, the day of the autumn change
      ],
      createZoneClock("Europe/London"),
      { name: "x", stamp: 0, team: [{ id: "ann", name: "Ann Lee" }] },
    );
    const events = text.slice(text.indexOf("BEGIN:VEVENT"));
    const times = events.split("\r\n").filter((line) => /^DT(START|END)[;:]/.test(line));
    expect(times).toEqual([
      "DTSTART;TZID=Europe/London:20260329T090000",
      "DTEND;TZID=Europe/London:20260329T170000",
      "DTSTART:20261024T230000Z",
      "DTEND:20261025T003000Z",
      "DTSTART;TZID=Europe/London:20261025T090000",
      "DTEND;TZID=Europe/London:20261025T170000",
    ]);
  });
});
