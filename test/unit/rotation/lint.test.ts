import { describe, expect, it } from "vitest";
import { lintSchedule, type Finding, type LintSource } from "../../../shared/domain/rotation/lint-schedule";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { Shift } from "../../../shared/domain/rotation/shift";
import { at, defaultWorkspace, hoursBetween, plain } from "./fixtures";

function lint(ws: LintSource, from: string, to: string, shifts?: Shift[]): Finding[] {
  return lintSchedule(ws, compileSchedule(ws), at(from), at(to), shifts);
}

const of = (findings: Finding[], kind: Finding["kind"]) => findings.filter((f) => f.kind === kind);

describe("lint", () => {
  it("says plainly that the Christmas rule puts alex on call 72 hours straight, and how to fix it", async () => {
    const findings = lint(await defaultWorkspace(), "2026-12-20T00:00", "2026-12-29T00:00");
    const [stretch, ...others] = of(findings, "long-stretch");
    expect(others).toEqual([]);
    expect(stretch).toMatchObject({ severity: "error", engineers: ["alex"], start: at("2026-12-24T01:00"), end: at("2026-12-27T01:00"), holiday: "Christmas" });
    expect(hoursBetween(stretch!.start, stretch!.end)).toBe(72);
    expect(stretch!.message).toMatch(/72h straight/);
    expect(stretch!.message).toMatch(/Christmas/);
    expect(stretch!.message).toMatch(/only one/);
    expect(stretch!.suggestion).toMatch(/Add eligible engineers to the Christmas rule/);
  });

  it("finds nothing wrong in an ordinary month of the default workspace", async () => {
    expect(lint(await defaultWorkspace(), "2026-02-01T00:00", "2026-03-01T00:00")).toEqual([]);
  });

  it("a rotation member who is not on the team is a coverage gap", async () => {
    const ws = await defaultWorkspace();
    const findings = lint({ ...plain(ws), rotation: { ...ws.rotation, order: ["alex", "sarah", "mike", "ghost"] } }, "2026-01-05T00:00", "2026-02-01T00:00");
    const gaps = of(findings, "coverage-gap");
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.severity === "error" && g.engineers[0] === "ghost")).toBe(true);
  });

  it("a hole between shifts is a coverage gap, and one engineer in two overlapping slots is double-booked", async () => {
    const ws = plain(await defaultWorkspace());
    const schedule = compileSchedule(ws);
    const shifts = schedule.shifts(at("2026-02-01T00:00"), at("2026-02-03T00:00"));
    const holed = shifts.filter((s) => s.start !== at("2026-02-02T09:00"));
    const gaps = of(lintSchedule(ws, schedule, at("2026-02-01T00:00"), at("2026-02-03T00:00"), holed), "coverage-gap");
    expect(gaps).toMatchObject([{ severity: "error", start: at("2026-02-02T09:00"), end: at("2026-02-02T17:00") }]);
    const day = shifts.find((s) => s.start === at("2026-02-02T09:00"))!;
    const doubled = [...shifts, { ...day, slot: "extra", start: at("2026-02-02T12:00"), end: at("2026-02-02T20:00") }].sort((a, b) => a.start - b.start);
    const double = of(lintSchedule(ws, schedule, at("2026-02-01T00:00"), at("2026-02-03T00:00"), doubled), "double-booked");
    expect(double).toMatchObject([{ severity: "error", engineers: [day.engineer], start: at("2026-02-02T12:00"), end: at("2026-02-02T17:00") }]);
  });

  it("less than 8 hours' rest, and more than 16 hours in a row", async () => {
    const ws = plain(await defaultWorkspace());
    // Block 1: alex day, sarah evening, mike night.
    const findings = lint(
      {
        ...ws,
        overrides: [
          { engineer: "alex", covers: "mike", from: "2026-01-06T03:00", to: "2026-01-06T05:00" },
          { engineer: "alex", covers: "sarah", from: "2026-01-07T17:00", to: "2026-01-08T01:00" },
          { engineer: "alex", covers: "mike", from: "2026-01-08T01:00", to: "2026-01-08T03:00" },
        ],
      },
      "2026-01-05T00:00",
      "2026-01-12T00:00",
    );
    // Splitting mike's night leaves him 2h off in the middle; alex gets 4h between the 03:00–05:00
    // cover and his day shift, and 6h between the 18h stretch and the next day shift.
    expect(of(findings, "short-rest")).toMatchObject([
      { severity: "warning", engineers: ["mike"], start: at("2026-01-06T03:00"), end: at("2026-01-06T05:00") },
      { severity: "warning", engineers: ["alex"], start: at("2026-01-06T05:00"), end: at("2026-01-06T09:00") },
      { severity: "warning", engineers: ["alex"], start: at("2026-01-08T03:00"), end: at("2026-01-08T09:00") },
    ]);
    expect(of(findings, "long-stretch")).toMatchObject([{ severity: "warning", engineers: ["alex"], start: at("2026-01-07T09:00"), end: at("2026-01-08T03:00") }]);
    // Overrides, not a holiday rule, made this stretch.
    expect(of(findings, "long-stretch")[0]!.holiday).toBeUndefined();
  });

  it("shifts given to someone on time off, a holiday nobody is eligible for, both owners away, slot times that do not meet, a useless override", async () => {
    const base = await defaultWorkspace();
    const ws: LintSource = {
      ...plain(base),
      rotation: { ...base.rotation, shifts: [base.rotation.shifts[0]!, { ...base.rotation.shifts[1]!, end: "02:00" }, base.rotation.shifts[2]!] },
      holidays: [{ name: "Founders Day", from: "02-10", to: "02-10", eligible: ["staff"] }],
      time_off: [
        { engineer: "lisa", from: "2026-02-12", to: "2026-02-12" },
        { engineer: "sarah", from: "2026-02-20", to: "2026-02-21" },
        { engineer: "mike", from: "2026-02-21", to: "2026-02-22" },
      ],
      overrides: [
        // Block 3 (Feb 2–15): mike has the day slot, lisa the evening, alex the night.
        { engineer: "lisa", covers: "mike", from: "2026-02-12T10:00", to: "2026-02-12T12:00" },
        { engineer: "mike", covers: "lisa", from: "2026-02-03T10:00", to: "2026-02-03T12:00" },
      ],
    };
    const findings = lint(ws, "2026-02-01T00:00", "2026-03-01T00:00");
    expect(of(findings, "on-time-off")).toMatchObject([{ severity: "error", engineers: ["lisa"], start: at("2026-02-12T10:00"), end: at("2026-02-12T12:00") }]);
    expect(of(findings, "holiday-eligibility")).toMatchObject([{ severity: "error", start: at("2026-02-10T00:00"), end: at("2026-02-11T00:00") }]);
    const unitProfit = base.pipelines.find((p) => p.id === "unit_profit")!;
    expect(unitProfit.owners).toEqual({ primary: "sarah", secondary: "mike" });
    expect(of(findings, "owners-away")).toMatchObject([{ severity: "warning", engineers: ["sarah", "mike"], start: at("2026-02-21T00:00"), end: at("2026-02-22T00:00") }]);
    expect(of(findings, "slot-times")).toMatchObject([{ severity: "warning" }]);
    expect(of(findings, "slot-times")[0]!.message).toMatch(/evening.*02:00.*night starts at 01:00/);
    // At 10:00 on Feb 3 mike himself holds the day slot, so "mike covers lisa" then changes nothing.
    expect(of(findings, "override-no-effect")).toMatchObject([{ severity: "info", engineers: ["mike", "lisa"] }]);
  });

  it("everyone eligible for a holiday away is an error; nobody on the rotation available leaves the shift and flags it", async () => {
    const base = plain(await defaultWorkspace());
    const everyone = base.rotation.order.map((engineer) => ({ engineer, from: "2026-02-10", to: "2026-02-10" }));
    const findings = lint({ ...base, holidays: [{ name: "Founders Day", from: "02-10", to: "02-10", eligible: ["senior"] }], time_off: everyone }, "2026-02-01T00:00", "2026-03-01T00:00");
    expect(of(findings, "holiday-eligibility")).toMatchObject([{ severity: "error", engineers: ["alex"] }]);
    const away = of(findings, "on-time-off");
    expect(away.length).toBeGreaterThan(0);
    expect(away.every((f) => f.severity === "error" && f.start < at("2026-02-11T00:00") && f.end > at("2026-02-10T00:00"))).toBe(true);
  });
});
