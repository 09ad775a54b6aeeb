import { describe, expect, it } from "vitest";
import { foldIncident, applyEvent } from "../../../shared/domain/incidents/fold-incident";
import { contactLinks, escalationEvent, incidentEscalation } from "../../../shared/domain/incidents/incident-escalation";
import { situationFromAlerts } from "../../../shared/domain/incidents/incident-situation";
import { incidentTimeline, type AlertRecord } from "../../../shared/domain/incidents/incident-timeline";
import { incidentTimes } from "../../../shared/domain/incidents/incident-times";
import { escalationChain } from "../../../shared/domain/rotation/escalation-chain";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { defaultWorkspace } from "../rotation/fixtures";
import { LATE_ALERT, RESOLVED_EVENTS, STARTED } from "./fixtures";

const ws = await defaultWorkspace();
const schedule = compileSchedule(ws);
const pipeline = ws.pipelines.find((p) => p.id === "aggregate_profit")!;

/** The alert as the book holds it later: acknowledged by Alex at 08:05, cleared by a success at 09:50. */
const BOOK: AlertRecord[] = [{ ...LATE_ALERT, acknowledgedAt: "2026-12-24T08:05:00.000Z", acknowledgedBy: "alex", resolvedAt: "2026-12-24T09:50:00.000Z", resolution: "recovered" }];

describe("the timeline", () => {
  it("merges the alert book's instants with the journal's events, in time order, with who", () => {
    const timeline = incidentTimeline(foldIncident(RESOLVED_EVENTS), BOOK, ws);
    expect(timeline.map((e) => [e.at.slice(11, 16), e.kind, e.by])).toEqual([
      ["08:00", "alert-raised", null],
      ["08:05", "alert-acknowledged", "alex"],
      ["08:09", "started", "alex"],
      ["08:15", "step-done", "alex"],
      ["08:21", "step-skipped", "alex"],
      ["08:30", "note", "alex"],
      ["08:32", "escalated", "alex"],
      ["08:40", "step-reopened", "sarah"],
      ["08:55", "step-done", "sarah"],
      ["09:00", "recovery", "alex"],
      ["09:20", "state", "alex"],
      ["09:50", "alert-cleared", null],
      ["10:05", "resolved", "alex"],
    ]);
    expect(timeline.find((e) => e.kind === "step-skipped")?.text).toBe("step 2 (Check financial system connectivity) skipped: finance VPN is down for everyone; waiting on IT");
    expect(timeline.find((e) => e.kind === "alert-cleared")?.text).toBe("late alert cleared by a success");
    expect(timeline.find((e) => e.kind === "escalated")?.text).toBe("escalated to Sarah Johnson (secondary)");
  });

  it("falls back to the copy of the alert taken at the start when the book no longer has it, and shows a snooze", () => {
    const timeline = incidentTimeline(foldIncident([STARTED]), [], ws);
    expect(timeline.map((e) => e.kind)).toEqual(["alert-raised", "started"]);
    const snoozed = incidentTimeline(foldIncident([STARTED]), [{ ...LATE_ALERT, snoozedUntil: "2026-12-24T09:00:00.000Z" }], ws);
    expect(snoozed.map((e) => e.kind)).toEqual(["alert-raised", "started", "alert-snoozed"]);
  });
});

describe("times for the KPIs", () => {
  it("detected at the alert, answered at the first acknowledgement or the start, resolved at the resolution", () => {
    const resolved = foldIncident(RESOLVED_EVENTS);
    expect(incidentTimes([resolved], BOOK)).toEqual([
      { id: resolved.id, pipelineId: "aggregate_profit", detectedAt: LATE_ALERT.openedAt, startedAt: STARTED.at, acknowledgedAt: "2026-12-24T08:05:00.000Z", resolvedAt: "2026-12-24T10:05:00.000Z" },
    ]);
    // Without the book's acknowledgement, starting the incident is the first response.
    expect(incidentTimes([resolved])[0]!.acknowledgedAt).toBe(STARTED.at);
    const noAlert = foldIncident([{ ...STARTED, alerts: [] }]);
    expect(incidentTimes([noAlert])[0]).toMatchObject({ detectedAt: STARTED.at, acknowledgedAt: null, resolvedAt: null });
  });
});

describe("escalating an incident", () => {
  const situation = situationFromAlerts(pipeline, [LATE_ALERT]);
  const panel = (events = [STARTED] as Parameters<typeof foldIncident>[0], now = "2026-12-24T08:10:00Z") =>
    incidentEscalation({ incident: foldIncident(events), chain: escalationChain(ws, schedule, "aggregate_profit", Date.parse(now)), situation, now: Date.parse(now), zone: ws.timezone, people: ws });

  it("takes the situation from the alerts: state, reason and the interval's deadline", () => {
    expect(situation).toEqual({ pipelineName: "Aggregate Profit", state: "late", reason: LATE_ALERT.reason, deadline: "2026-12-24T08:00:00.000Z" });
    expect(situationFromAlerts(pipeline, [])).toMatchObject({ state: "under investigation", deadline: null });
  });

  it("names the next person after the commander, due once ack_timeout has passed since the alert", () => {
    const before = panel();
    // Christmas Eve: Alex (senior) is on call, so the chain is Alex (P1), Sarah (P2), the manager.
    expect(before.contacts.map((c) => [c.id, c.step, c.next])).toEqual([["alex", "primary", false], ["sarah", "secondary", true], ["em", "manager", false]]);
    expect(before.since).toEqual({ at: LATE_ALERT.openedAt, what: "alert" });
    expect(before.next).toEqual({ id: "sarah", name: "Sarah Johnson", dueAt: "2026-12-24T08:15:00.000Z", due: false });
    expect(panel([STARTED], "2026-12-24T08:15:00Z").next?.due).toBe(true);
  });

  it("after an escalation, the timeout runs from it and the next person is the one after", () => {
    const events = [STARTED, { type: "escalated", at: "2026-12-24T08:32:00.000Z", by: "alex", to: "sarah", name: "Sarah Johnson", role: "secondary", message: "" }] as Parameters<typeof foldIncident>[0];
    const after = panel(events, "2026-12-24T08:40:00Z");
    expect(after.contacts.find((c) => c.id === "sarah")?.escalatedAt).toBe("2026-12-24T08:32:00.000Z");
    expect(after.since.what).toBe("escalation");
    expect(after.next).toEqual({ id: "em", name: "Engineering Manager", dueAt: "2026-12-24T08:47:00.000Z", due: false });
    expect(panel(events, "2026-12-24T08:47:00Z").next?.due).toBe(true);
  });

  it("prefills a message with pipeline, state and reason, deadline, steps done and skipped, and the incident id", () => {
    const incident = RESOLVED_EVENTS.slice(0, 3);
    const { message, subject } = panel(incident);
    expect(subject).toBe(`[incident ${STARTED.id}] Aggregate Profit is late: help needed`);
    expect(message).toBe(
      [
        `Aggregate Profit (aggregate_profit) is late: ${LATE_ALERT.reason}`,
        "Deadline: 2026-12-24 03:00 EST (08:00 UTC)",
        `Incident ${STARTED.id}, open, commander Alex Chen since 2026-12-24 03:09 EST (08:09 UTC).`,
        "Steps done:\n  1. Verify unit-level profit pipeline completion",
        "Steps skipped:\n  2. Check financial system connectivity (skipped: finance VPN is down for everyone; waiting on IT)",
        "Steps not done yet:\n  3. Validate aggregation logic\n  4. Review recent data quality issues",
        "Please acknowledge by replying to Alex Chen.",
      ].join("\n"),
    );
  });

  it("gives mailto: and tel: links that carry the message", () => {
    const sarah = panel().contacts.find((c) => c.id === "sarah")!;
    const mail = new URL(sarah.links.mailto!);
    expect(mail.protocol).toBe("mailto:");
    expect(mail.pathname).toBe("sarah.johnson@example.com");
    expect(mail.searchParams.get("subject")).toBe(panel().subject);
    expect(mail.searchParams.get("body")).toBe(panel().message.replace(/\n/g, "\r\n"));
    expect(sarah.links.tel).toBe("tel:+15550102");
    expect(contactLinks({}, "s", "b")).toEqual({ mailto: null, tel: null });
  });

  it("records an escalation to the next person by default, or to whom the user names", () => {
    const p = panel();
    expect(escalationEvent(p, ws, "alex", "2026-12-24T08:20:00.000Z")).toEqual({ type: "escalated", at: "2026-12-24T08:20:00.000Z", by: "alex", to: "sarah", name: "Sarah Johnson", role: "secondary", message: p.message });
    expect(escalationEvent(p, ws, "alex", "2026-12-24T08:20:00.000Z", "mike")).toMatchObject({ to: "mike", name: "Mike Rodriguez", role: null });
    // Everyone asked: nobody left.
    let incident = foldIncident([STARTED]);
    for (const to of ["sarah", "em"]) incident = applyEvent(incident, { type: "escalated", at: "2026-12-24T08:30:00.000Z", by: "alex", to, name: to, role: null, message: "" });
    const done = incidentEscalation({ incident, chain: escalationChain(ws, schedule, "aggregate_profit", Date.parse("2026-12-24T09:00:00Z")), situation, now: Date.parse("2026-12-24T09:00:00Z"), zone: ws.timezone, people: ws });
    expect(done.next).toBeNull();
    expect(escalationEvent(done, ws, "alex", "2026-12-24T09:00:00.000Z")).toBeNull();
  });
});
