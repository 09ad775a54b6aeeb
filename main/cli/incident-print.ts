/** Incidents as the command line prints them for people: a header, the checklist with outcomes, the timeline. */
import type { IncidentStep } from "../../shared/domain/incidents/fold-incident";
import { CAUSE_LABELS } from "../../shared/domain/incidents/incident-events";
import type { IncidentSummary, IncidentView } from "../../shared/domain/incidents/incident-view";
import { bothTimes, localTime, personName } from "../../shared/domain/incidents/incident-text";
import type { Workspace } from "../../shared/domain/workspace";
import { table } from "./rotation-args";

const MARK: Record<IncidentStep["status"], string> = { todo: "[ ]", done: "[x]", skipped: "[-]" };

/** One line per checklist step: `  2. [-] Check … — skipped by Alex Chen 03:21 EST: reason; note: …`. */
export function checklistLines(steps: readonly IncidentStep[], ws: Workspace): string[] {
  return steps.map((s) => {
    const outcome = s.status === "todo" ? "" : ` — ${s.status} by ${personName(ws, s.by!)} ${localTime(s.at!, ws.timezone)}${s.reason ? `: ${s.reason}` : ""}`;
    return `  ${s.n}. ${MARK[s.status]} ${s.text}${outcome}${s.note ? `; note: ${s.note}` : ""}`;
  });
}

/** The heading lines of an incident. */
function headLines(v: IncidentView, ws: Workspace): string[] {
  const pipeline = ws.pipelines.find((p) => p.id === v.pipeline)?.name ?? v.pipeline;
  return [
    `Incident ${v.id} — ${pipeline} (${v.pipeline}), ${v.state}`,
    `Commander ${personName(ws, v.commander)}, started ${bothTimes(v.startedAt, ws.timezone)}`,
    `Runbook ${v.runbook.file} as it was at the start (sha256 ${v.runbook.sha256.slice(0, 12)})`,
  ];
}

/** What `incident start` prints. */
export function startedText(v: IncidentView, ws: Workspace): string {
  const alerts = v.alerts.length ? v.alerts.map((a) => `  ${a.kind}: ${a.reason}`) : ["  none (started without an alert)"];
  return `${[...headLines(v, ws), "Answers the alerts:", ...alerts, "Checklist:", ...checklistLines(v.steps, ws)].join("\n")}\n`;
}

/** What `incident show` prints. */
export function incidentText(v: IncidentView, ws: Workspace): string {
  const timeline = v.timeline.map((e) => `  ${localTime(e.at, ws.timezone)}  ${(e.by === null ? "—" : personName(ws, e.by)).padEnd(16)}  ${e.text}`);
  const lines = [...headLines(v, ws), "Checklist:", ...checklistLines(v.steps, ws), "Timeline:", ...timeline];
  const r = v.resolution;
  if (r) {
    lines.push(`Resolved ${bothTimes(r.at, ws.timezone)} by ${personName(ws, r.by)}, cause: ${CAUSE_LABELS[r.cause]}`, `  ${r.summary}`);
    if (r.risks.length) lines.push(`  Related risks: ${r.risks.join(", ")}`);
    for (const f of r.followUps) lines.push(`  Follow-up (${personName(ws, f.owner)}): ${f.text}`);
  }
  return `${lines.join("\n")}\n`;
}

/** What `incident list` prints. */
export function incidentListText(list: readonly IncidentSummary[], ws: Workspace, all: boolean): string {
  if (list.length === 0) return all ? "No incidents.\n" : "No open incidents (--all lists the resolved ones too).\n";
  const rows = list.map((i) => [i.id, i.pipeline, i.state, personName(ws, i.commander), localTime(i.startedAt, ws.timezone), `${i.steps.done}/${i.steps.total} done${i.steps.skipped ? `, ${i.steps.skipped} skipped` : ""}`]);
  return table(["id", "pipeline", "state", "commander", "started", "checklist"], rows);
}
