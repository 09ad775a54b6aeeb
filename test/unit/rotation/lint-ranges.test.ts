/**
 * Where the lint's findings begin and end: shifts and findings that only touch the range, runs of
 * shifts that touch or not, owners' time off back to back, the order of findings that start
 * together, and which overrides count as used. Block 3 of the default rotation (Feb 2–15 2026):
 * mike day 09:00–17:00, lisa evening 17:00–01:00, alex night 01:00–09:00; sarah is off.
 */
import { describe, expect, it } from "vitest";
import { lintSchedule, type Finding, type LintSource } from "../../../shared/domain/rotation/lint-schedule";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { at, defaultWorkspace, plain } from "./fixtures";
import { of, reassign, shiftsWith } from "./lint-fixtures";

const spans = (findings: Finding[]) => findings.map((f) => [f.engineers, f.start, f.end]);

function lint(ws: LintSource, from: string, to: string): Finding[] {
  return lintSchedule(ws, compileSchedule(ws), at(from), at(to));
}

describe("lint ranges", () => {
  it("a ghost's run merges only shifts of the same ghost that touch", async () => {
    const { ws, schedule, shifts } = await shiftsWith("2026-02-01T00:00", "2026-02-05T00:00", (all) =>
      all.map(reassign("2026-02-03T01:00", "ghost")).map(reassign("2026-02-03T09:00", "phantom")),
    );
    expect(spans(of(lintSchedule(ws, schedule, at("2026-02-02T00:00"), at("2026-02-05T00:00"), shifts), "coverage-gap"))).toEqual([
      [["ghost"], at("2026-02-03T01:00"), at("2026-02-03T09:00")],
      [["phantom"], at("2026-02-03T09:00"), at("2026-02-03T17:00")],
    ]);
    // The night and the evening of Feb 3, with mike's day (on the team) between them.
    const apart = await shiftsWith("2026-02-01T00:00", "2026-02-05T00:00", (all) => all.map(reassign("2026-02-03T01:00", "ghost")).map(reassign("2026-02-03T17:00", "ghost")));
    expect(spans(of(lintSchedule(apart.ws, apart.schedule, at("2026-02-02T00:00"), at("2026-02-05T00:00"), apart.shifts), "coverage-gap"))).toEqual([
      [["ghost"], at("2026-02-03T01:00"), at("2026-02-03T09:00")],
      [["ghost"], at("2026-02-03T17:00"), at("2026-02-04T01:00")],
    ]);
  });

  it("a shift that only touches the range's start or end is left out of it", async () => {
    const { ws, schedule, shifts } = await shiftsWith("2026-02-01T00:00", "2026-02-05T00:00", (all) =>
      all.map(reassign("2026-02-03T01:00", "ghost")).map(reassign("2026-02-03T09:00", "ghost")),
    );
    const ghosts = (from: string, to: string) => spans(of(lintSchedule(ws, schedule, at(from), at(to), shifts), "coverage-gap"));
    expect(ghosts("2026-02-03T09:00", "2026-02-04T00:00")).toEqual([[["ghost"], at("2026-02-03T09:00"), at("2026-02-03T17:00")]]);
    expect(ghosts("2026-02-02T00:00", "2026-02-03T09:00")).toEqual([[["ghost"], at("2026-02-03T01:00"), at("2026-02-03T09:00")]]);
  });

  it("words both owners away, and leaves out a stretch that only touches the range or has no length", async () => {
    const base = plain(await defaultWorkspace());
    // unit_profit is the only pipeline owned by sarah (P1) and mike (P2).
    const both: LintSource = {
      ...base,
      time_off: [
        { engineer: "sarah", from: "2026-02-20", to: "2026-02-21" },
        { engineer: "mike", from: "2026-02-20", to: "2026-02-21" },
      ],
    };
    expect(of(lint(both, "2026-02-01T00:00", "2026-03-01T00:00"), "owners-away")).toEqual([
      {
        kind: "owners-away",
        severity: "warning",
        start: at("2026-02-20T00:00"),
        end: at("2026-02-22T00:00"),
        engineers: ["sarah", "mike"],
        message: "Both owners of Unit-level Profit are away from 2026-02-20 00:00 to 2026-02-22 00:00 (P1 Sarah Johnson, P2 Mike Rodriguez): its alerts go straight to the on-call engineer.",
        suggestion: "Move one of the two time offs, or brief the on-call engineer on its runbook beforehand.",
      },
    ]);
    expect(of(lint(both, "2026-02-22T00:00", "2026-03-01T00:00"), "owners-away")).toEqual([]);
    expect(of(lint(both, "2026-02-01T00:00", "2026-02-20T00:00"), "owners-away")).toEqual([]);
    // Back to back: sarah is back at midnight when mike leaves.
    const handOver: LintSource = {
      ...base,
      time_off: [
        { engineer: "sarah", from: "2026-02-20", to: "2026-02-20" },
        { engineer: "mike", from: "2026-02-21", to: "2026-02-21" },
      ],
    };
    expect(of(lint(handOver, "2026-02-01T00:00", "2026-03-01T00:00"), "owners-away")).toEqual([]);
  });

  it("of findings that start together, errors come first", async () => {
    const base = plain(await defaultWorkspace());
    // The warning (a misspelt entry) is found before the error (alex, the only one eligible, is away).
    const ws: LintSource = {
      ...base,
      holidays: [{ name: "Founders Day", from: "02-10", to: "02-11", eligible: ["senior", "sneior"] }],
      time_off: [{ engineer: "alex", from: "2026-02-10", to: "2026-02-10" }],
    };
    const atMidnight = lint(ws, "2026-02-01T00:00", "2026-03-01T00:00").filter((f) => f.start === at("2026-02-10T00:00"));
    expect(atMidnight.map((f) => [f.kind, f.severity, f.end])).toEqual([
      ["holiday-eligibility", "error", at("2026-02-11T00:00")],
      ["holiday-eligibility", "warning", at("2026-02-12T00:00")],
    ]);
  });

  it("an override is used only by its own override shifts: not by another override's, nor by a time-off cover", async () => {
    const base = plain(await defaultWorkspace());
    const ws: LintSource = {
      ...base,
      // lisa is away on Feb 12, so sarah (off this block) covers her evenings as time-off cover.
      time_off: [{ engineer: "lisa", from: "2026-02-12", to: "2026-02-12" }],
      overrides: [
        { engineer: "sarah", covers: "lisa", from: "2026-02-12T18:00", to: "2026-02-12T20:00" },
        // The first takes mike's hours; the second finds lisa, not mike, on call then.
        { engineer: "lisa", covers: "mike", from: "2026-02-13T10:00", to: "2026-02-13T12:00" },
        { engineer: "sarah", covers: "mike", from: "2026-02-13T10:00", to: "2026-02-13T12:00" },
      ],
    };
    expect(spans(of(lint(ws, "2026-02-01T00:00", "2026-03-01T00:00"), "override-no-effect"))).toEqual([
      [["sarah", "lisa"], at("2026-02-12T18:00"), at("2026-02-12T20:00")],
      [["sarah", "mike"], at("2026-02-13T10:00"), at("2026-02-13T12:00")],
    ]);
  });
});
