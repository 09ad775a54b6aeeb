/** A fixed incident on the default workspace's aggregate_profit, as events, for the incident domain tests. */
import type { IncidentAlert, IncidentEvent, StartedEvent } from "../../../shared/domain/incidents/incident-events";

/** The incident's id: a ULID as the store makes them. */
export const INCIDENT_ID = "01KC4ZQ7M0AGGPROFIT00000001";

/** aggregate_profit's interval of 2026-12-24 (06:00 UTC tick) has a 2h SLA: deadline 08:00 UTC = 03:00 EST. */
export const LATE_ALERT: IncidentAlert = {
  id: "aggregate_profit/late/2026-12-24T06:00:00.000Z",
  kind: "late",
  intervalEnd: "2026-12-24T06:00:00.000Z",
  reason: "the interval ending 01:00 EST missed its deadline 03:00 EST",
  openedAt: "2026-12-24T08:00:00.000Z",
};

/** The first event: Alex, commander, 03:09 EST, four steps of the runbook. */
export const STARTED: StartedEvent = {
  type: "started",
  v: 1,
  id: INCIDENT_ID,
  at: "2026-12-24T08:09:00.000Z",
  by: "alex",
  pipelineId: "aggregate_profit",
  alerts: [LATE_ALERT],
  runbook: {
    file: "runbooks/aggregate_profit.md",
    sha256: "5f2b6c0d8e1a4b3c9d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c",
    steps: [
      { n: 1, text: "Verify unit-level profit pipeline completion" },
      { n: 2, text: "Check financial system connectivity" },
      { n: 3, text: "Validate aggregation logic" },
      { n: 4, text: "Review recent data quality issues" },
    ],
  },
};

/** A whole incident: steps done, skipped, reopened, a note, an escalation, a dry run, mitigated, resolved. */
export const RESOLVED_EVENTS: IncidentEvent[] = [
  STARTED,
  { type: "step", at: "2026-12-24T08:15:00.000Z", by: "alex", n: 1, outcome: "done", note: "unit_profit finished 05:40 UTC" },
  { type: "step", at: "2026-12-24T08:21:00.000Z", by: "alex", n: 2, outcome: "skipped", reason: "finance VPN is down for everyone; waiting on IT" },
  { type: "note", at: "2026-12-24T08:30:00.000Z", by: "alex", text: "Finance DB refuses connections | since 05:50 UTC" },
  { type: "escalated", at: "2026-12-24T08:32:00.000Z", by: "alex", to: "sarah", name: "Sarah Johnson", role: "secondary", message: "…" },
  { type: "step", at: "2026-12-24T08:40:00.000Z", by: "sarah", n: 2, outcome: "reopened" },
  { type: "step", at: "2026-12-24T08:55:00.000Z", by: "sarah", n: 2, outcome: "done", note: "VPN back at 08:50 UTC" },
  {
    type: "recovery",
    at: "2026-12-24T09:00:00.000Z",
    by: "alex",
    action: "clear-failed-tasks",
    target: "scheduled__2026-12-23T06:00:00+00:00",
    dryRun: true,
    outcome: "succeeded",
    detail: "would clear 2 task instances",
    items: ["load_finance", "aggregate"],
  },
  { type: "state", at: "2026-12-24T09:20:00.000Z", by: "alex", state: "mitigated" },
  {
    type: "resolved",
    at: "2026-12-24T10:05:00.000Z",
    by: "alex",
    summary: "The finance VPN dropped; once it was back the run was cleared and delivered.",
    cause: "infrastructure",
    risks: ["infrastructure-failures"],
    followUps: [{ text: "Alert on VPN loss before the 06:00 UTC run", owner: "mike" }],
  },
];
