/**
 * The lint's findings word for word: every message, instant and engineer below is written out by
 * hand in the workspace zone (America/New_York), DST night included, so a wrong clock, name or
 * boundary shows up as a failing test.
 */
import { describe, expect, it } from "vitest";
import { lintSchedule, type LintSource } from "../../../shared/domain/rotation/lint-schedule";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { Shift } from "../../../shared/domain/rotation/shift";
import { at, defaultWorkspace, hoursBetween, plain } from "./fixtures";
import { of, reassign, shiftsWith } from "./lint-fixtures";

const GAP_FIX = "Add an override for the gap, or fix the slot times so the slots meet.";

describe("lint messages", () => {
  it("names both gaps of the spring-forward day, the 7-hour night hole and the evening up to the range's end", async () => {
    // Mar 7–9 2026: sarah evening 17:00–01:00, mike night 01:00–09:00 (7h: clocks jump at 02:00), alex day 09:00–17:00.
    const { ws, schedule, shifts } = await shiftsWith("2026-03-06T00:00", "2026-03-11T00:00", (all) =>
      all.filter((s) => s.start !== at("2026-03-08T01:00") && s.start !== at("2026-03-08T17:00")),
    );
    const gaps = of(lintSchedule(ws, schedule, at("2026-03-08T00:00"), at("2026-03-09T00:00"), shifts), "coverage-gap");
    expect(gaps).toEqual([
      { kind: "coverage-gap", severity: "error", start: at("2026-03-08T01:00"), end: at("2026-03-08T09:00"), engineers: [], message: "Nobody is on call from 2026-03-08 01:00 to 2026-03-08 09:00.", suggestion: GAP_FIX },
      { kind: "coverage-gap", severity: "error", start: at("2026-03-08T17:00"), end: at("2026-03-09T00:00"), engineers: [], message: "Nobody is on call from 2026-03-08 17:00 to 2026-03-09 00:00.", suggestion: GAP_FIX },
    ]);
    expect(hoursBetween(gaps[0]!.start, gaps[0]!.end)).toBe(7);
  });

  it("a ghost's back-to-back shifts are one gap; 16 hours in a row with 8 hours' rest either side is fine", async () => {
    // Feb 2–3 2026: mike day 09:00–17:00, lisa evening 17:00–01:00, alex night 01:00–09:00, mike day again.
    const { ws, schedule, shifts } = await shiftsWith("2026-02-01T00:00", "2026-02-04T00:00", (all) =>
      all.map(reassign("2026-02-02T17:00", "mike")).map(reassign("2026-02-03T01:00", "ghost")).map(reassign("2026-02-03T09:00", "ghost")),
    );
    const findings = lintSchedule(ws, schedule, at("2026-02-02T00:00"), at("2026-02-04T00:00"), shifts);
    expect(of(findings, "coverage-gap")).toEqual([
      {
        kind: "coverage-gap",
        severity: "error",
        start: at("2026-02-03T01:00"),
        end: at("2026-02-03T17:00"),
        engineers: ["ghost"],
        message: '"ghost" is on call from 2026-02-03 01:00 to 2026-02-03 17:00 but is not on the team, so nobody answers.',
        suggestion: 'Add "ghost" to the team or correct rotation.order.',
      },
    ]);
    // mike: evening until 01:00, 8h rest, 09:00–01:00 (exactly 16h, day then evening back to back).
    expect(of(findings, "double-booked")).toEqual([]);
    expect(of(findings, "long-stretch")).toEqual([]);
    expect(of(findings, "short-rest")).toEqual([]);
  });

  it("words a double booking and two short rests, half hours included", async () => {
    const extra = (engineer: string, start: string, end: string, base: Shift): Shift => ({ ...base, engineer, slot: "extra", start: at(start), end: at(end) });
    const { ws, schedule, shifts } = await shiftsWith("2026-02-01T00:00", "2026-02-04T00:00", (all) => {
      const day = all.find((s) => s.start === at("2026-02-02T09:00"))!;
      return [...all, extra("mike", "2026-02-02T12:00", "2026-02-02T20:00", day), extra("mike", "2026-02-03T03:30", "2026-02-03T05:00", day)].sort((a, b) => a.start - b.start);
    });
    const findings = lintSchedule(ws, schedule, at("2026-02-02T00:00"), at("2026-02-04T00:00"), shifts);
    expect(of(findings, "double-booked")).toEqual([
      {
        kind: "double-booked",
        severity: "error",
        start: at("2026-02-02T12:00"),
        end: at("2026-02-02T17:00"),
        engineers: ["mike"],
        message: "Mike Rodriguez holds the day and extra slots at once from 2026-02-02 12:00 to 2026-02-02 17:00: one of them is effectively uncovered.",
        suggestion: "Give one of the two slots to someone else with an override.",
      },
    ]);
    const swap = "Swap one of the two shifts with an override so there are at least 8 hours between them.";
    expect(of(findings, "short-rest")).toEqual([
      { kind: "short-rest", severity: "warning", start: at("2026-02-02T20:00"), end: at("2026-02-03T03:30"), engineers: ["mike"], message: "Mike Rodriguez gets only 7.5h of rest between 2026-02-02 20:00 and 2026-02-03 03:30.", suggestion: swap },
      { kind: "short-rest", severity: "warning", start: at("2026-02-03T05:00"), end: at("2026-02-03T09:00"), engineers: ["mike"], message: "Mike Rodriguez gets only 4h of rest between 2026-02-03 05:00 and 2026-02-03 09:00.", suggestion: swap },
    ]);
  });

  it("words the Christmas stretch and its fix", async () => {
    const ws = await defaultWorkspace();
    const [stretch] = of(lintSchedule(ws, compileSchedule(ws), at("2026-12-20T00:00"), at("2026-12-29T00:00")), "long-stretch");
    expect(stretch!.message).toBe("Alex Chen is on call 72h straight, from 2026-12-24 01:00 to 2026-12-27 01:00: Christmas allows only senior and Alex Chen is the only one, for 3 slots a day.");
    expect(stretch!.suggestion).toBe("Add eligible engineers to the Christmas rule (e.g. eligible: [senior, mid]) so its shifts can rotate, or hand part of it over with overrides.");
  });

  it("words slot times that leave an hour uncovered, and a night written past the day's start", async () => {
    const base = plain(await defaultWorkspace());
    const [day, evening, night] = base.rotation.shifts;
    const slotTimes = (shifts: LintSource["rotation"]["shifts"]) => {
      const ws: LintSource = { ...base, rotation: { ...base.rotation, shifts } };
      return of(lintSchedule(ws, compileSchedule(ws), at("2026-02-02T00:00"), at("2026-02-03T00:00")), "slot-times").map((f) => f.message);
    };
    expect(slotTimes([day!, { ...evening!, end: "00:00" }, night!])).toEqual([
      "Slot evening is written to end at 00:00 but night starts at 01:00: 00:00–01:00 would be uncovered every day; the schedule keeps evening on until night starts.",
    ]);
    expect(slotTimes([day!, evening!, { ...night!, end: "10:00" }])).toEqual([
      "Slot night is written to end at 10:00 but day starts at 09:00: two slots would overlap every day; the schedule hands over at 09:00.",
    ]);
    // The last slot in clock order ending early, and a middle slot ending late.
    expect(slotTimes([day!, evening!, { ...night!, end: "08:00" }])).toEqual([
      "Slot night is written to end at 08:00 but day starts at 09:00: 08:00–09:00 would be uncovered every day; the schedule keeps night on until day starts.",
    ]);
    expect(slotTimes([day!, { ...evening!, end: "02:00" }, night!])).toEqual([
      "Slot evening is written to end at 02:00 but night starts at 01:00: two slots would overlap every day; the schedule hands over at 01:00.",
    ]);
    // The first slot listed (the one offsets count from) ending late, and ending at its own start: a 24-hour slot.
    expect(slotTimes([{ ...day!, end: "18:00" }, evening!, night!])).toEqual([
      "Slot day is written to end at 18:00 but evening starts at 17:00: two slots would overlap every day; the schedule hands over at 17:00.",
    ]);
    expect(slotTimes([{ ...day!, end: "09:00" }, evening!, night!])).toEqual([
      "Slot day is written to end at 09:00 but evening starts at 17:00: two slots would overlap every day; the schedule hands over at 17:00.",
    ]);
    // Slots listed out of clock order still meet.
    expect(slotTimes([day!, night!, evening!])).toEqual([]);
    const ws: LintSource = { ...base, rotation: { ...base.rotation, shifts: [day!, { ...evening!, end: "00:00" }, night!] } };
    expect(of(lintSchedule(ws, compileSchedule(ws), at("2026-02-02T00:00"), at("2026-02-03T00:00")), "slot-times")).toMatchObject([
      { severity: "warning", start: at("2026-02-02T00:00"), end: at("2026-02-03T00:00"), engineers: [], suggestion: "Set evening's end to 01:00." },
    ]);
  });

  it("words a misspelt holiday entry, time off on call, and an override that changes nothing", async () => {
    const base = plain(await defaultWorkspace());
    const ws: LintSource = {
      ...base,
      holidays: [{ name: "Founders Day", from: "02-10", to: "02-10", eligible: ["senior", "sneior", "bob"] }],
      time_off: [{ engineer: "lisa", from: "2026-02-12", to: "2026-02-12" }],
      overrides: [
        // Block 3 (Feb 2–15): mike has the day slot, lisa the evening, alex the night.
        { engineer: "lisa", covers: "mike", from: "2026-02-12T10:00", to: "2026-02-12T12:00" },
        { engineer: "mike", covers: "lisa", from: "2026-02-03T10:00", to: "2026-02-03T12:00" },
      ],
    };
    const findings = lintSchedule(ws, compileSchedule(ws), at("2026-02-01T00:00"), at("2026-03-01T00:00"));
    expect(of(findings, "holiday-eligibility")).toEqual([
      {
        kind: "holiday-eligibility",
        severity: "warning",
        start: at("2026-02-10T00:00"),
        end: at("2026-02-11T00:00"),
        engineers: [],
        message: 'Founders Day lists "sneior", "bob" as eligible, which is neither a level nor an engineer.',
        suggestion: "Correct the spelling or remove the entry.",
      },
    ]);
    expect(of(findings, "on-time-off")).toEqual([
      {
        kind: "on-time-off",
        severity: "error",
        start: at("2026-02-12T10:00"),
        end: at("2026-02-12T12:00"),
        engineers: ["lisa"],
        message: "Lisa Wang is on call from 2026-02-12 10:00 to 2026-02-12 12:00 while on time off, and nobody else was available to cover.",
        suggestion: "Add an override giving these shifts to someone, or move the time off.",
      },
    ]);
    expect(of(findings, "override-no-effect")).toEqual([
      {
        kind: "override-no-effect",
        severity: "info",
        start: at("2026-02-03T10:00"),
        end: at("2026-02-03T12:00"),
        engineers: ["mike", "lisa"],
        message: 'The override "Mike Rodriguez covers Lisa Wang" from 2026-02-03 10:00 to 2026-02-03 12:00 changes nothing: Lisa Wang is not on call then.',
        suggestion: "Check the dates, or remove the override.",
      },
    ]);
  });

  it("an override counts only where its own engineer covers its own colleague, touching shifts excluded", async () => {
    const base = plain(await defaultWorkspace());
    // Block 3 (Feb 2–15): mike day 09:00–17:00, lisa evening, alex night; sarah is off.
    const used = [
      { engineer: "lisa", covers: "mike", from: "2026-02-12T09:00", to: "2026-02-12T10:00" },
      { engineer: "lisa", covers: "mike", from: "2026-02-12T16:00", to: "2026-02-12T17:00" },
    ];
    const useless = [
      { engineer: "lisa", covers: "mike", from: "2026-02-12T08:00", to: "2026-02-12T09:00" },
      { engineer: "lisa", covers: "mike", from: "2026-02-12T17:00", to: "2026-02-12T18:00" },
      { engineer: "lisa", covers: "sarah", from: "2026-02-12T16:00", to: "2026-02-12T17:00" },
    ];
    const ws: LintSource = { ...base, overrides: [...used, ...useless] };
    const findings = of(lintSchedule(ws, compileSchedule(ws), at("2026-02-01T00:00"), at("2026-03-01T00:00")), "override-no-effect");
    expect(findings.map((f) => [f.start, f.end, f.engineers])).toEqual([
      [at("2026-02-12T08:00"), at("2026-02-12T09:00"), ["lisa", "mike"]],
      [at("2026-02-12T16:00"), at("2026-02-12T17:00"), ["lisa", "sarah"]],
      [at("2026-02-12T17:00"), at("2026-02-12T18:00"), ["lisa", "mike"]],
    ]);
  });
});
