/**
 * The lint on holidays word for word: when a long stretch is blamed on a holiday rule (and when
 * not), what it suggests, and the eligible list's findings. Block 3 of the default rotation
 * (Feb 2–15 2026): mike day 09:00–17:00, lisa evening 17:00–01:00, alex night 01:00–09:00; sarah is off.
 */
import { describe, expect, it } from "vitest";
import { lintSchedule, type Finding, type LintSource } from "../../../shared/domain/rotation/lint-schedule";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { at, defaultWorkspace, plain } from "./fixtures";
import { of } from "./lint-fixtures";

function lint(ws: LintSource, from: string, to: string): Finding[] {
  return lintSchedule(ws, compileSchedule(ws), at(from), at(to));
}

const SPLIT = "Split the stretch with an override, or add engineers to the rotation.";
const widen = (rule: string, list: string) => `Add eligible engineers to the ${rule} rule (e.g. eligible: [${list}]) so its shifts can rotate, or hand part of it over with overrides.`;

describe("lint on holidays", () => {
  it("a stretch of exactly 24 hours is a warning, blamed on no rule when none is short of engineers", async () => {
    const base = await defaultWorkspace();
    // mike: his day on Feb 3, then lisa's evening and alex's night, then lisa takes his Feb 4 day.
    const overrides = [
      { engineer: "mike", covers: "lisa", from: "2026-02-03T17:00", to: "2026-02-04T01:00" },
      { engineer: "mike", covers: "alex", from: "2026-02-04T01:00", to: "2026-02-04T09:00" },
      { engineer: "lisa", covers: "mike", from: "2026-02-04T09:00", to: "2026-02-04T17:00" },
    ];
    const expected = {
      kind: "long-stretch",
      severity: "warning",
      start: at("2026-02-03T09:00"),
      end: at("2026-02-04T09:00"),
      engineers: ["mike"],
      message: "Mike Rodriguez is on call 24h straight, from 2026-02-03 09:00 to 2026-02-04 09:00.",
      suggestion: SPLIT,
    };
    // No holiday on these days (Christmas, with one eligible engineer, is the first rule listed)...
    const ordinary: LintSource = { ...plain(base), holidays: base.holidays, overrides };
    expect(of(lint(ordinary, "2026-02-02T00:00", "2026-02-06T00:00"), "long-stretch")).toEqual([expected]);
    // ...and a holiday on Feb 3 whose rule lets exactly as many engineers as slots be on call.
    const enough: LintSource = { ...ordinary, holidays: [{ name: "Founders Day", from: "02-03", to: "02-03", eligible: ["mid", "junior"] }] };
    const [stretch, ...others] = of(lint(enough, "2026-02-02T00:00", "2026-02-06T00:00"), "long-stretch");
    expect(others).toEqual([]);
    expect(stretch).toEqual(expected);
    expect(stretch).not.toHaveProperty("holiday");
  });

  it("blames a rule with two eligible for three slots, and suggests a level it leaves out", async () => {
    const base = plain(await defaultWorkspace());
    // sarah and mike are eligible; with sarah away on Feb 10 mike holds all of that day.
    const ws: LintSource = {
      ...base,
      holidays: [{ name: "Founders Day", from: "02-10", to: "02-11", eligible: ["mid", "sarah"] }],
      time_off: [{ engineer: "sarah", from: "2026-02-10", to: "2026-02-10" }],
    };
    expect(of(lint(ws, "2026-02-09T00:00", "2026-02-13T00:00"), "long-stretch")).toEqual([
      {
        kind: "long-stretch",
        severity: "warning",
        start: at("2026-02-10T01:00"),
        end: at("2026-02-11T01:00"),
        engineers: ["mike"],
        message: "Mike Rodriguez is on call 24h straight, from 2026-02-10 01:00 to 2026-02-11 01:00: Founders Day allows only mid, sarah and only 2 engineers qualify, for 3 slots a day.",
        // alex, the first engineer the rule leaves out, is senior.
        suggestion: widen("Founders Day", "mid, sarah, senior"),
        holiday: "Founders Day",
      },
    ]);
  });

  it("blames no rule that already lets the whole team be on call, however small the team", async () => {
    const base = plain(await defaultWorkspace());
    // Two engineers for three slots: alex holds night and day, sarah the evening; alex takes its first hour.
    const ws: LintSource = {
      ...base,
      team: base.team.filter((e) => e.id === "alex" || e.id === "sarah"),
      rotation: { ...base.rotation, order: ["alex", "sarah"] },
      holidays: [{ name: "Founders Day", from: "02-10", to: "02-10", eligible: ["senior", "mid"] }],
      overrides: [{ engineer: "alex", covers: "sarah", from: "2026-02-10T17:00", to: "2026-02-10T18:00" }],
    };
    expect(of(lint(ws, "2026-02-09T00:00", "2026-02-12T00:00"), "long-stretch")).toEqual([
      {
        kind: "long-stretch",
        severity: "warning",
        start: at("2026-02-10T01:00"),
        end: at("2026-02-10T18:00"),
        engineers: ["alex"],
        message: "Alex Chen is on call 17h straight, from 2026-02-10 01:00 to 2026-02-10 18:00.",
        suggestion: SPLIT,
      },
    ]);
  });

  it("blames the rule when only the stretch's first shift starts on the holiday", async () => {
    const base = plain(await defaultWorkspace());
    // alex, the only senior, gets all of Feb 10; sarah takes its night and day back from him, and
    // alex runs on from the holiday evening into his own night and an hour of mike's day.
    const ws: LintSource = {
      ...base,
      holidays: [{ name: "Founders Day", from: "02-10", to: "02-10", eligible: ["senior"] }],
      overrides: [
        { engineer: "sarah", covers: "alex", from: "2026-02-10T01:00", to: "2026-02-10T17:00" },
        { engineer: "alex", covers: "mike", from: "2026-02-11T09:00", to: "2026-02-11T10:00" },
      ],
    };
    expect(of(lint(ws, "2026-02-09T00:00", "2026-02-13T00:00"), "long-stretch")).toEqual([
      {
        kind: "long-stretch",
        severity: "warning",
        start: at("2026-02-10T17:00"),
        end: at("2026-02-11T10:00"),
        engineers: ["alex"],
        message: "Alex Chen is on call 17h straight, from 2026-02-10 17:00 to 2026-02-11 10:00: Founders Day allows only senior and Alex Chen is the only one, for 3 slots a day.",
        suggestion: widen("Founders Day", "senior, mid"),
        holiday: "Founders Day",
      },
    ]);
  });

  it("levels and team ids are known entries; a list with neither is an error, word for word", async () => {
    const base = plain(await defaultWorkspace());
    const ws: LintSource = {
      ...base,
      holidays: [
        { name: "Founders Day", from: "02-10", to: "02-10", eligible: ["junior", "mid", "alex"] },
        { name: "Staff Day", from: "02-20", to: "02-20", eligible: ["staff", "intern"] },
      ],
    };
    expect(of(lint(ws, "2026-02-01T00:00", "2026-03-01T00:00"), "holiday-eligibility")).toEqual([
      {
        kind: "holiday-eligibility",
        severity: "error",
        start: at("2026-02-20T00:00"),
        end: at("2026-02-21T00:00"),
        engineers: [],
        message: "Nobody on the team is eligible for Staff Day (eligible: staff, intern), so its shifts stay with the plain rotation.",
        suggestion: "List a level or engineer id that exists in Staff Day's eligible list.",
      },
    ]);
  });

  it("everyone eligible away is an error only on the days all of them are away", async () => {
    const base = plain(await defaultWorkspace());
    const ws: LintSource = {
      ...base,
      holidays: [{ name: "Founders Day", from: "02-10", to: "02-11", eligible: ["mid"] }],
      // Both mids away on Feb 10; on Feb 11 mike is back.
      time_off: [
        { engineer: "sarah", from: "2026-02-10", to: "2026-02-11" },
        { engineer: "mike", from: "2026-02-10", to: "2026-02-10" },
      ],
    };
    expect(of(lint(ws, "2026-02-01T00:00", "2026-03-01T00:00"), "holiday-eligibility")).toEqual([
      {
        kind: "holiday-eligibility",
        severity: "error",
        start: at("2026-02-10T00:00"),
        end: at("2026-02-11T00:00"),
        engineers: ["sarah", "mike"],
        message: "Everyone eligible for Founders Day (sarah, mike) is away on 2026-02-10 (from 2026-02-10 00:00), so its shifts go to engineers the rule excludes.",
        suggestion: "Move a time off, or widen Founders Day's eligible list.",
      },
    ]);
  });
});
