import { describe, expect, it } from "vitest";
import type { IncidentAlert } from "../../../shared/domain/incidents/incident-events";
import { incidentRun, taskLabel } from "../../../shared/domain/incidents/recovery";
import type { PipelineReading, PipelineRun } from "../../../shared/domain/runs";

const alert = (intervalEnd: string | null, kind: IncidentAlert["kind"] = "failed"): IncidentAlert => ({ id: `p/${kind}/${intervalEnd}`, kind, intervalEnd, reason: "r", openedAt: "2026-03-10T07:00:00.000Z" });
const run = (runId: string, intervalEnd: string, state: PipelineRun["state"], start: string | null): PipelineRun => ({ pipelineId: "p", runId, intervalEnd, state, start, end: null });
const reading = (runs: PipelineRun[]): PipelineReading => ({ pipelineId: "p", ok: true, runs, fetchedAt: "2026-03-10T09:30:00.000Z" });
const incident = (alerts: IncidentAlert[]) => ({ id: "INC", pipelineId: "p", alerts });

const TODAY = "2026-03-10T06:00:00.000Z";
const YESTERDAY = "2026-03-09T06:00:00.000Z";

describe("the run an incident answers", () => {
  it("is the latest failed attempt of the alert's interval (by start), not a run of another interval", () => {
    const runs = [
      run("manual__2", TODAY, "failed", "2026-03-10T08:00:00Z"),
      run("scheduled__1", TODAY, "failed", "2026-03-10T06:05:00Z"),
      run("scheduled__0", YESTERDAY, "failed", "2026-03-09T06:05:00Z"),
    ];
    expect(incidentRun(incident([alert(TODAY)]), reading(runs)).run?.runId).toBe("manual__2");
    expect(incidentRun(incident([alert(YESTERDAY)]), reading(runs)).run?.runId).toBe("scheduled__0");
  });

  it("prefers a failed run of any of its intervals, newest interval first; else the newest interval's latest run", () => {
    const runs = [run("next", "2026-03-11T06:00:00.000Z", "running", "2026-03-11T06:01:00Z"), run("today", TODAY, "failed", "2026-03-10T06:05:00Z"), run("old", YESTERDAY, "failed", null)];
    const both = incident([alert(TODAY), alert("2026-03-11T06:00:00.000Z", "late")]);
    expect(incidentRun(both, reading(runs)).run?.runId).toBe("today");
    expect(incidentRun(both, reading([runs[0]!])).run).toMatchObject({ runId: "next", state: "running" });
    // A retry that is still running does not hide the attempt that failed.
    expect(incidentRun(incident([alert(TODAY)]), reading([run("retry", TODAY, "running", "2026-03-10T09:00:00Z"), runs[1]!])).run?.runId).toBe("today");
  });

  it("says why there is none: no alert with an interval, no reading, a failed reading, no run of the interval", () => {
    const ok = reading([run("old", YESTERDAY, "failed", null)]);
    expect(incidentRun(incident([alert(null, "unknown")]), ok)).toEqual({ run: null, reason: "incident INC answers no alert about an interval of p, so there is no run to act on" });
    expect(incidentRun(incident([alert(TODAY)]), undefined).reason).toBe("the source of p has not been read yet, so its runs are not known");
    const failed: PipelineReading = { pipelineId: "p", ok: false, fetchedAt: "2026-03-10T09:30:00.000Z", error: { sourceId: "af", kind: "timeout", message: "source af did not answer within 10s" } };
    expect(incidentRun(incident([alert(TODAY)]), failed).reason).toBe("the last reading of p failed (source af did not answer within 10s), so its runs are not known");
    expect(incidentRun(incident([alert(TODAY), alert("2026-03-11T06:00:00.000Z")]), ok).reason).toBe(
      "no run of p for the intervals ending 2026-03-11 06:00 UTC, 2026-03-10 06:00 UTC was in the last reading (2026-03-10 09:30 UTC): it has not started, so there is no run to act on",
    );
  });

  it("names mapped task instances with their index", () => {
    expect([taskLabel({ taskId: "load", mapIndex: null }), taskLabel({ taskId: "load", mapIndex: -1 }), taskLabel({ taskId: "load", mapIndex: 2 })]).toEqual(["load", "load", "load[2]"]);
  });
});
