import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { compileSchedule, expandShifts } from "../../../shared/domain/rotation/schedule";
import type { Shift } from "../../../shared/domain/rotation/shift";
import { at, defaultWorkspace, hoursBetween, londonWorkspace, plain } from "./fixtures";

const NY = "America/New_York";

function shiftStartingAt(shifts: Shift[], instant: number): Shift {
  const found = shifts.find((s) => s.start === instant);
  if (!found) throw new Error(`no shift starts at ${new Date(instant).toISOString()}`);
  return found;
}

function expectContiguous(shifts: Shift[]): void {
  for (let i = 1; i < shifts.length; i++) expect(shifts[i]!.start).toBe(shifts[i - 1]!.end);
  for (const s of shifts) expect(s.end).toBeGreaterThan(s.start);
}

describe("shifts across DST", () => {
  it("New York, spring forward 2026-03-08: the night 01:00–09:00 lasts 7 hours, the evening before 8", async () => {
    const shifts = expandShifts(await defaultWorkspace(), at("2026-03-07T00:00"), at("2026-03-09T00:00"));
    const night = shiftStartingAt(shifts, at("2026-03-08T01:00"));
    expect(night.slot).toBe("night");
    expect(night.end).toBe(at("2026-03-08T09:00"));
    expect(hoursBetween(night.start, night.end)).toBe(7);
    const evening = shiftStartingAt(shifts, at("2026-03-07T17:00"));
    expect(evening.end).toBe(night.start);
    expect(hoursBetween(evening.start, evening.end)).toBe(8);
    expectContiguous(shifts);
  });

  it("New York, fall back 2026-11-01: the evening ends at the first 01:00 (EDT) and the night lasts 9 hours", async () => {
    const shifts = expandShifts(await defaultWorkspace(), at("2026-10-31T00:00"), at("2026-11-02T00:00"));
    const firstOneAm = Date.parse("2026-11-01T01:00:00-04:00");
    const night = shiftStartingAt(shifts, firstOneAm);
    expect(night.slot).toBe("night");
    expect(night.end).toBe(Date.parse("2026-11-01T09:00:00-05:00"));
    expect(hoursBetween(night.start, night.end)).toBe(9);
    expect(shiftStartingAt(shifts, Date.parse("2026-10-31T17:00:00-04:00")).end).toBe(firstOneAm);
    expectContiguous(shifts);
  });

  it("Europe/London: 01:00 does not exist on 2026-03-29 (night starts at 02:00 BST, 7h); it happens twice on 2026-10-25 (first one, 9h)", () => {
    const ws = londonWorkspace();
    const spring = expandShifts(ws, Date.parse("2026-03-28T00:00:00Z"), Date.parse("2026-03-30T00:00:00Z"));
    const springNight = spring.find((s) => s.slot === "night" && s.start >= Date.parse("2026-03-29T00:00:00Z"))!;
    expect(springNight.start).toBe(Date.parse("2026-03-29T01:00:00Z")); // = 02:00 BST, right after the gap
    expect(springNight.end).toBe(Date.parse("2026-03-29T08:00:00Z")); // 09:00 BST
    expect(hoursBetween(springNight.start, springNight.end)).toBe(7);
    const autumn = expandShifts(ws, Date.parse("2026-10-24T00:00:00Z"), Date.parse("2026-10-26T00:00:00Z"));
    const autumnNight = autumn.find((s) => s.slot === "night" && s.start >= Date.parse("2026-10-24T23:00:00Z"))!;
    expect(autumnNight.start).toBe(Date.parse("2026-10-25T00:00:00Z")); // 01:00 BST, the first 01:00
    expect(autumnNight.end).toBe(Date.parse("2026-10-25T09:00:00Z")); // 09:00 GMT
    expect(hoursBetween(autumnNight.start, autumnNight.end)).toBe(9);
    expectContiguous(spring);
    expectContiguous(autumn);
  });

  it("the shifts of 2026 cover the year exactly: no gap, no overlap, hours = the year's real hours", async () => {
    const schedule = compileSchedule(await defaultWorkspace());
    const from = DateTime.fromISO("2026-01-01T00:00", { zone: NY });
    const to = from.plus({ years: 1 });
    const shifts = schedule.shifts(from.toMillis(), to.toMillis());
    expectContiguous(shifts);
    expect(shifts[0]!.start).toBeLessThanOrEqual(from.toMillis());
    expect(shifts.at(-1)!.end).toBeGreaterThanOrEqual(to.toMillis());
    const clipped = shifts.reduce((sum, s) => sum + Math.min(s.end, to.toMillis()) - Math.max(s.start, from.toMillis()), 0);
    expect(clipped / 3_600_000).toBe(to.diff(from, "hours").hours);
    expect(to.diff(from, "hours").hours).toBe(365 * 24); // one 23h and one 25h day
  });

  it("keeps 09:00 local across DST for every day shift of the year", async () => {
    const shifts = expandShifts(plain(await defaultWorkspace()), at("2026-01-01T00:00"), at("2027-01-01T00:00"));
    for (const s of shifts.filter((x) => x.slot === "day")) {
      const local = DateTime.fromMillis(s.start, { zone: NY });
      expect(local.toFormat("HH:mm")).toBe("09:00");
      expect(DateTime.fromMillis(s.end, { zone: NY }).toFormat("HH:mm")).toBe("17:00");
    }
  });
});

describe("rotation rule", () => {
  it("gives block b's slot s to order[(b + s) mod n]: three different engineers per block", async () => {
    const ws = plain(await defaultWorkspace());
    const shifts = expandShifts(ws, at("2026-01-05T09:00"), at("2026-12-31T00:00"));
    const byBlock = new Map<number, Map<string, Set<string>>>();
    for (const s of shifts) {
      const slots = byBlock.get(s.block) ?? new Map<string, Set<string>>();
      slots.set(s.slot, (slots.get(s.slot) ?? new Set()).add(s.engineer));
      byBlock.set(s.block, slots);
    }
    const order = ws.rotation.order;
    for (const [block, slots] of byBlock) {
      if (block < 1) continue;
      const holders = ws.rotation.shifts.map((slot, s) => {
        expect(slots.get(slot.name)).toEqual(new Set([order[(block - 1 + s) % order.length]]));
        return order[(block - 1 + s) % order.length];
      });
      expect(new Set(holders).size).toBe(3);
    }
  });

  it("block 1 starts on rotation.start at the first slot's time, every 2 weeks", async () => {
    const shifts = expandShifts(plain(await defaultWorkspace()), at("2026-01-04T00:00"), at("2026-02-03T00:00"));
    const firsts = [1, 2, 3].map((b) => shifts.find((s) => s.block === b)!.start);
    expect(firsts).toEqual([at("2026-01-05T09:00"), at("2026-01-19T09:00"), at("2026-02-02T09:00")]);
  });

  it("answers a range the same whether asked alone or as part of a year", async () => {
    const schedule = compileSchedule(await defaultWorkspace());
    const year = schedule.shifts(at("2026-01-01T00:00"), at("2027-01-01T00:00"));
    for (const [a, b] of [["2026-11-20T00:00", "2026-12-12T00:00"], ["2026-12-24T12:00", "2026-12-25T00:00"], ["2026-12-06T00:00", "2026-12-08T00:00"]] as const) {
      const alone = schedule.shifts(at(a), at(b));
      expect(alone).toEqual(year.filter((s) => s.end > at(a) && s.start < at(b)));
    }
  });
});
