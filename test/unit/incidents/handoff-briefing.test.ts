import { describe, expect, it } from "vitest";
import { foldIncident } from "../../../shared/domain/incidents/fold-incident";
import { handoffBriefing, type BriefingInput } from "../../../shared/domain/incidents/handoff-briefing";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { AlertView } from "../../../shared/domain/status";
import { defaultWorkspace } from "../rotation/fixtures";
import { RESOLVED_EVENTS, STARTED } from "./fixtures";

const base = await defaultWorkspace();
// Sarah away on Dec 2 while Lisa is on her vacation (Dec 1–7): Daily Growth (P1 Lisa, P2 Sarah) has no owner.
const ws = { ...base, time_off: [...base.time_off, { engineer: "sarah", from: "2026-12-02", to: "2026-12-02" }] };
const schedule = compileSchedule(ws);

const alert = (id: string, state: AlertView["state"]): AlertView => ({ id, pipelineId: "aggregate_profit", kind: "late", intervalEnd: null, state, reason: "r", openedAt: "2026-12-02T20:00:00.000Z" });

function briefing(at: string, extra: Partial<BriefingInput> = {}) {
  return handoffBriefing({ pipelines: ws.pipelines, schedule, at: Date.parse(at), alerts: [], incidents: [], notes: [], acknowledgements: [], ...extra });
}

describe("the hand-over briefing", () => {
  it("is for the next shift change: who hands over to whom, the incoming shift and when the app shows it", () => {
    // Block 24 (from 2026-11-23): the day slot is Lisa's, covered by Mike during her vacation; the evening is Alex's.
    expect(briefing("2026-12-02T16:50:00-05:00")).toMatchObject({
      at: "2026-12-02T16:50:00-05:00",
      handoffAt: "2026-12-02T17:00:00-05:00",
      shiftEnd: "2026-12-03T01:00:00-05:00",
      slot: "evening",
      from: "mike",
      to: "alex",
      showFrom: "2026-12-02T16:45:00-05:00",
    });
  });

  it("lists the deadlines within the incoming shift, per pipeline, in time order", () => {
    // 17:00–01:00 EST is 22:00–06:00 UTC: unit_profit's 20:00 and 00:00 UTC ticks (+4h), daily_growth's 18:00 UTC tick (+6h).
    expect(briefing("2026-12-02T16:50:00-05:00")?.deadlines).toEqual([
      { pipeline: "daily_growth", deadline: "2026-12-02T19:00:00-05:00" },
      { pipeline: "unit_profit", deadline: "2026-12-02T19:00:00-05:00" },
      { pipeline: "unit_profit", deadline: "2026-12-02T23:00:00-05:00" },
    ]);
  });

  it("names the pipelines whose owners are both away during the incoming shift", () => {
    expect(briefing("2026-12-02T16:50:00-05:00")?.ownersAway).toEqual([{ pipeline: "daily_growth", primary: "lisa", secondary: "sarah" }]);
    expect(briefing("2026-12-03T16:50:00-05:00")?.ownersAway).toEqual([]);
  });

  it("carries open alerts, unresolved incidents with their unfinished steps, and the outgoing engineer's notes of this shift", () => {
    const open = foldIncident(RESOLVED_EVENTS.slice(0, 3));
    const resolved = foldIncident([{ ...STARTED, id: "other" }, ...RESOLVED_EVENTS.slice(1)]);
    const b = briefing("2026-12-02T16:50:00-05:00", {
      alerts: [alert("a", "open"), alert("b", "snoozed"), alert("c", "resolved")],
      incidents: [open, resolved],
      notes: [
        { at: "2026-12-01T20:00:00.000Z", by: "mike", text: "yesterday's" },
        { at: "2026-12-02T18:00:00.000Z", by: "mike", text: "watch unit_profit" },
        { at: "2026-12-02T18:30:00.000Z", by: "alex", text: "not the outgoing engineer's" },
      ],
    })!;
    expect(b.openAlerts.map((a) => a.id)).toEqual(["a", "b"]);
    expect(b.openIncidents).toEqual([
      {
        id: open.id,
        pipelineId: "aggregate_profit",
        state: "open",
        commander: "alex",
        startedAt: STARTED.at,
        unfinished: [
          { n: 2, text: "Check financial system connectivity", status: "skipped" },
          { n: 3, text: "Validate aggregation logic", status: "todo" },
          { n: 4, text: "Review recent data quality issues", status: "todo" },
        ],
      },
    ]);
    expect(b.notes.map((n) => n.text)).toEqual(["watch unit_profit"]);
  });

  it("records who took the pager for this change only", () => {
    const acknowledgements = [
      { at: "2026-12-02T21:58:00.000Z", by: "alex", handoffAt: "2026-12-02T17:00:00-05:00" },
      { at: "2026-12-01T21:58:00.000Z", by: "alex", handoffAt: "2026-12-01T17:00:00-05:00" },
    ];
    expect(briefing("2026-12-02T16:50:00-05:00", { acknowledgements })?.acknowledged).toEqual(acknowledgements[0]);
    expect(briefing("2026-12-03T16:50:00-05:00", { acknowledgements })?.acknowledged).toBeNull();
  });

  it("stays on a change for 15 minutes after it, then moves to the next", () => {
    expect(briefing("2026-12-02T17:10:00-05:00")?.handoffAt).toBe("2026-12-02T17:00:00-05:00");
    expect(briefing("2026-12-02T17:15:00-05:00")?.handoffAt).toBe("2026-12-03T01:00:00-05:00");
  });

  it("on the night DST ends, the night shift lasts nine hours and its deadlines keep their offsets", () => {
    // Block 22 (from 2026-10-26): Mike has the evening, Lisa the night, which starts at the first 01:00 (EDT).
    const b = briefing("2026-10-31T23:00:00-04:00")!;
    expect(b).toMatchObject({ from: "mike", to: "lisa", handoffAt: "2026-11-01T01:00:00-04:00", shiftEnd: "2026-11-01T09:00:00-05:00" });
    expect(Date.parse(b.shiftEnd) - Date.parse(b.handoffAt)).toBe(9 * 3_600_000);
    // 05:00–14:00 UTC holds the 06, 08, 10 and 12 UTC deadlines; 06:00 UTC is the second 01:00, in EST.
    expect(b.deadlines).toEqual([
      { pipeline: "daily_growth", deadline: "2026-11-01T01:00:00-05:00" },
      { pipeline: "aggregate_profit", deadline: "2026-11-01T03:00:00-05:00" },
      { pipeline: "unit_profit", deadline: "2026-11-01T03:00:00-05:00" },
      { pipeline: "aggregate_engagement", deadline: "2026-11-01T05:00:00-05:00" },
      { pipeline: "aggregate_growth", deadline: "2026-11-01T05:00:00-05:00" },
      { pipeline: "daily_growth", deadline: "2026-11-01T07:00:00-05:00" },
      { pipeline: "unit_profit", deadline: "2026-11-01T07:00:00-05:00" },
    ]);
  });
});
