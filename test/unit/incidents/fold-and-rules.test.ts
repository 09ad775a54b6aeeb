import { describe, expect, it } from "vitest";
import { changeContext, checkChange, checkStart } from "../../../shared/domain/incidents/check-change";
import { applyEvent, foldIncident, unfinishedSteps } from "../../../shared/domain/incidents/fold-incident";
import { incidentEventSchema, type IncidentChange } from "../../../shared/domain/incidents/incident-events";
import { incidentSummary } from "../../../shared/domain/incidents/incident-view";
import { defaultWorkspace } from "../rotation/fixtures";
import { INCIDENT_ID, RESOLVED_EVENTS, STARTED } from "./fixtures";

const context = changeContext(await defaultWorkspace());
const open = foldIncident([STARTED]);
const at = "2026-12-24T08:30:00.000Z";

describe("folding an incident's events", () => {
  it("starts open with every runbook step to do", () => {
    expect(open).toMatchObject({ id: INCIDENT_ID, pipelineId: "aggregate_profit", commander: "alex", state: "open", resolution: null });
    expect(open.steps.map((s) => [s.n, s.status])).toEqual([[1, "todo"], [2, "todo"], [3, "todo"], [4, "todo"]]);
  });

  it("replays steps, reopening, notes, escalation, recovery, mitigation and resolution in order", () => {
    const incident = foldIncident(RESOLVED_EVENTS);
    expect(incident.state).toBe("resolved");
    expect(incident.steps[0]).toMatchObject({ status: "done", by: "alex", at: "2026-12-24T08:15:00.000Z", note: "unit_profit finished 05:40 UTC", reason: null });
    // Step 2 was skipped, reopened by Sarah and then done: its last outcome wins, and the skip's reason is gone.
    expect(incident.steps[1]).toMatchObject({ status: "done", by: "sarah", at: "2026-12-24T08:55:00.000Z", note: "VPN back at 08:50 UTC", reason: null });
    expect(unfinishedSteps(incident).map((s) => s.n)).toEqual([3, 4]);
    expect(incident.notes.map((n) => [n.step, n.text])).toEqual([
      [1, "unit_profit finished 05:40 UTC"],
      [null, "Finance DB refuses connections | since 05:50 UTC"],
      [2, "VPN back at 08:50 UTC"],
    ]);
    expect(incident.escalations.map((e) => e.to)).toEqual(["sarah"]);
    expect(incident.recoveries).toHaveLength(1);
    expect(incident.resolution).toMatchObject({ cause: "infrastructure", risks: ["infrastructure-failures"], at: "2026-12-24T10:05:00.000Z" });
    expect(incident.updatedAt).toBe("2026-12-24T10:05:00.000Z");
    expect(incidentSummary(incident).steps).toEqual({ total: 4, done: 2, skipped: 0 });
  });

  it("keeps the skip's reason while a step is skipped", () => {
    const skipped = foldIncident(RESOLVED_EVENTS.slice(0, 3));
    expect(skipped.steps[1]).toMatchObject({ status: "skipped", reason: "finance VPN is down for everyone; waiting on IT" });
    expect(unfinishedSteps(skipped).map((s) => [s.n, s.status])).toEqual([[2, "skipped"], [3, "todo"], [4, "todo"]]);
  });

  it("never changes the incident it is given", () => {
    const before = JSON.stringify(open);
    applyEvent(open, { type: "step", at, by: "alex", n: 1, outcome: "done" });
    expect(JSON.stringify(open)).toBe(before);
  });

  it("refuses a journal that does not begin with the start", () => {
    expect(() => foldIncident([RESOLVED_EVENTS[1]!])).toThrow(/first event is "step"/);
    expect(() => foldIncident([])).toThrow(/no events/);
  });

  it("every fixture event satisfies the journal's schema", () => {
    for (const event of RESOLVED_EVENTS) expect(incidentEventSchema.safeParse(event).success).toBe(true);
    expect(incidentEventSchema.safeParse({ ...STARTED, runbook: { ...STARTED.runbook, steps: [] } }).success).toBe(false);
  });
});

describe("the rules a change must follow", () => {
  const check = (change: IncidentChange, incident = open) => checkChange(incident, change, context);

  it("accepts the changes of the fixed incident one by one", () => {
    let incident = open;
    for (const event of RESOLVED_EVENTS.slice(1)) {
      expect(check(event as IncidentChange, incident)).toBeNull();
      incident = applyEvent(incident, event);
    }
  });

  it("refuses any change to a resolved incident, with the reason", () => {
    const resolved = foldIncident(RESOLVED_EVENTS);
    for (const change of [
      { type: "note", at: "2026-12-24T11:00:00.000Z", by: "alex", text: "one more thing" },
      { type: "step", at: "2026-12-24T11:00:00.000Z", by: "alex", n: 3, outcome: "done" },
      { type: "state", at: "2026-12-24T11:00:00.000Z", by: "alex", state: "open" },
    ] as IncidentChange[]) {
      expect(check(change, resolved)).toEqual({ code: "resolved", message: `incident ${INCIDENT_ID} was resolved at 2026-12-24T10:05:00.000Z by alex: a resolved incident cannot change` });
    }
  });

  it("refuses an unknown step number, for outcomes and notes", () => {
    expect(check({ type: "step", at, by: "alex", n: 5, outcome: "done" })).toEqual({ code: "unknown-step", message: `incident ${INCIDENT_ID} has no step 5 (its checklist has steps 1 to 4)` });
    expect(check({ type: "note", at, by: "alex", text: "x", step: 9 })?.code).toBe("unknown-step");
  });

  it("needs a reason to skip", () => {
    expect(check({ type: "step", at, by: "alex", n: 2, outcome: "skipped" })).toEqual({ code: "reason-required", message: "skipping step 2 needs a reason" });
    expect(check({ type: "step", at, by: "alex", n: 2, outcome: "skipped", reason: "   " })?.code).toBe("reason-required");
    expect(check({ type: "step", at, by: "alex", n: 2, outcome: "skipped", reason: "not our system" })).toBeNull();
  });

  it("refuses to do a step twice or reopen one that is still to do", () => {
    const done = applyEvent(open, { type: "step", at, by: "alex", n: 1, outcome: "done" });
    expect(check({ type: "step", at, by: "sarah", n: 1, outcome: "done" }, done)?.message).toBe(`step 1 is already done (by alex at ${at}): reopen it first`);
    expect(check({ type: "step", at, by: "alex", n: 3, outcome: "reopened" })?.message).toMatch(/step 3 is not done or skipped/);
  });

  it("refuses people who are not the workspace's, as actors, escalation targets and follow-up owners", () => {
    expect(check({ type: "note", at, by: "alx", text: "x" })).toEqual({ code: "unknown-engineer", message: 'unknown engineer "alx" (known: alex, sarah, mike, lisa, em)' });
    expect(check({ type: "escalated", at, by: "alex", to: "bob", name: "bob", role: null, message: "" })?.code).toBe("unknown-engineer");
    expect(check({ type: "escalated", at, by: "alex", to: "em", name: "Engineering Manager", role: "manager", message: "" })).toBeNull();
    expect(check({ type: "resolved", at, by: "alex", summary: "s", cause: "other", risks: [], followUps: [{ text: "t", owner: "nobody" }] })?.code).toBe("unknown-engineer");
  });

  it("refuses risk ids that risks.yaml does not hold", () => {
    const change: IncidentChange = { type: "resolved", at, by: "alex", summary: "s", cause: "data-source", risks: ["data-source-failures", "vpn-outage"], followUps: [] };
    expect(check(change)).toMatchObject({ code: "unknown-risk", message: expect.stringMatching(/^unknown risk "vpn-outage" \(known: data-source-failures, /) });
  });

  it("refuses a state the incident already has, and a change dated before the start", () => {
    expect(check({ type: "state", at, by: "alex", state: "open" })?.message).toBe(`incident ${INCIDENT_ID} is already open`);
    expect(check({ type: "note", at: "2026-12-24T03:00:00-05:00", by: "alex", text: "x" })?.message).toMatch(/is before the incident started/);
  });

  it("checks the start: a known commander", () => {
    expect(checkStart(STARTED, context)).toBeNull();
    expect(checkStart({ ...STARTED, by: "zed" }, context)?.code).toBe("unknown-engineer");
  });
});
