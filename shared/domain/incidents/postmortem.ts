/**
 * The post-incident review as Markdown: title, summary, impact (business impact and the intervals
 * missed, how late), the timeline in local and UTC time, the checklist with outcomes and notes,
 * escalations, recovery actions, cause, related risks, follow-ups, and the incident's own figures
 * against the workspace's KPI targets (`response`, `resolution`).
 */
import { durationMs, formatDuration } from "../duration";
import { kpiText } from "../kpis/format-kpi";
import type { Kpi } from "../kpis/kpis";
import type { Workspace } from "../workspace";
import { CAUSE_LABELS } from "./incident-events";
import type { Incident } from "./fold-incident";
import { incidentAlertRecords, incidentTimeline, type AlertRecord } from "./incident-timeline";
import { incidentTimesOf } from "./incident-times";
import { bothTimes, localTime, personName, utcTime } from "./incident-text";

/** The parts of a workspace the postmortem reads. */
export type PostmortemWorkspace = Pick<Workspace, "team" | "manager" | "pipelines" | "kpis" | "risks" | "timezone">;

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

/** A figure as a KPI against a duration target: met when at most the target. */
function figure(fromIso: string, toIso: string | null, target: string): Kpi {
  const targetMs = durationMs(target);
  const value = toIso === null ? null : Date.parse(toIso) - Date.parse(fromIso);
  // One incident's own figure: it counts itself once, and has no daily series.
  return { value, unit: "ms", target: targetMs, met: value === null ? null : value <= targetMs, count: value === null ? 0 : 1, daily: [] };
}

/** The intervals the incident's alerts say were missed, with how late each was delivered (or that it was not). */
function missedIntervals(incident: Incident, alerts: readonly AlertRecord[], ws: PostmortemWorkspace): string[] {
  const pipeline = ws.pipelines.find((p) => p.id === incident.pipelineId);
  if (!pipeline) return [];
  const slaMs = durationMs(pipeline.sla);
  const end = incident.resolution?.at ?? null;
  const seen = new Set<string>();
  return alerts.flatMap((a) => {
    const { intervalEnd } = a;
    if ((a.kind !== "late" && a.kind !== "failed") || intervalEnd === null || seen.has(intervalEnd)) return [];
    seen.add(intervalEnd);
    const deadline = Date.parse(intervalEnd) + slaMs;
    const deadlineIso = new Date(deadline).toISOString();
    const head = `interval ending ${utcTime(intervalEnd)}, deadline ${bothTimes(deadlineIso, ws.timezone)}`;
    if (a.resolvedAt && a.resolution === "recovered") {
      const late = Date.parse(a.resolvedAt) - deadline;
      return [`${head}: ${late > 0 ? `delivered ${formatDuration(late)} late` : "delivered in time after the failure"}, at ${bothTimes(a.resolvedAt, ws.timezone)}`];
    }
    return [end ? `${head}: not delivered when the incident was resolved, ${formatDuration(Date.parse(end) - deadline)} after the deadline` : `${head}: not delivered yet`];
  });
}

/** The postmortem of `incident`; `book` is the alert book's records (may be empty: the incident keeps copies of its alerts). */
export function postmortemMarkdown(incident: Incident, ws: PostmortemWorkspace, book: readonly AlertRecord[] = []): string {
  const zone = ws.timezone;
  const name = (id: string | null) => (id === null ? "—" : personName(ws, id));
  const pipeline = ws.pipelines.find((p) => p.id === incident.pipelineId);
  const pipelineName = pipeline?.name ?? incident.pipelineId;
  const alerts = incidentAlertRecords(incident, book);
  const times = incidentTimesOf(incident, book);
  const r = incident.resolution;
  const headline = alerts.map((a) => a.kind).find((k) => k === "failed" || k === "late") ?? alerts[0]?.kind ?? "incident";
  const lines: string[] = [`# Incident ${incident.id}: ${pipelineName} ${headline === "incident" ? "incident" : headline}`, ""];

  lines.push(
    `- **Pipeline**: ${pipelineName} (\`${incident.pipelineId}\`)`,
    `- **State**: ${incident.state}`,
    `- **Commander**: ${name(incident.commander)}`,
    `- **Detected**: ${bothTimes(times.detectedAt, zone)}`,
    `- **Started**: ${bothTimes(incident.startedAt, zone)}`,
    `- **Resolved**: ${r ? `${bothTimes(r.at, zone)} by ${name(r.by)}` : "not yet"}`,
    `- **Runbook**: \`${incident.runbook.file}\` as it was at the start (sha256 \`${incident.runbook.sha256.slice(0, 12)}\`)`,
    "",
    "## Summary",
    "",
    r ? r.summary : "_Not resolved yet._",
    "",
    "## Impact",
    "",
  );
  if (pipeline) lines.push(`- **Pipeline**: ${pipeline.name} (area ${pipeline.area}): ${pipeline.purpose}.`, `- **Business impact**: ${pipeline.impact}.`);
  const missed = missedIntervals(incident, alerts, ws);
  lines.push(`- **Intervals missed**:${missed.length ? "" : " none recorded (no late or failed interval among its alerts)."}`, ...missed.map((m) => `  - ${m}`), "");

  lines.push("## Timeline", "");
  lines.push(...table([`Time (${zone})`, "UTC", "Who", "What"], incidentTimeline(incident, book, ws).map((e) => [localTime(e.at, zone), utcTime(e.at), name(e.by), e.text])), "");

  lines.push("## Checklist", "");
  lines.push(
    ...table(
      ["#", "Step", "Outcome", "By", "When", "Note"],
      incident.steps.map((s) => [
        String(s.n),
        s.text,
        s.status === "done" ? "done" : s.status === "skipped" ? `skipped: ${s.reason}` : "**not done**",
        s.status === "todo" ? "" : name(s.by),
        s.status === "todo" || s.at === null ? "" : localTime(s.at, zone),
        s.note ?? "",
      ]),
    ),
    "",
  );

  lines.push("## Escalations", "");
  lines.push(...(incident.escalations.length ? incident.escalations.map((e) => `- ${bothTimes(e.at, zone)}: ${name(e.by)} escalated to ${e.name}${e.role ? ` (${e.role})` : ""}.`) : ["None."]), "");

  lines.push("## Recovery actions", "");
  lines.push(
    ...(incident.recoveries.length
      ? incident.recoveries.map((a) => `- ${bothTimes(a.at, zone)}: ${name(a.by)}, ${a.dryRun ? "dry run of " : ""}${a.action} on \`${a.target}\`: ${a.outcome} — ${a.detail}${a.items.length ? ` (${a.items.join(", ")})` : ""}`)
      : ["None."]),
    "",
  );

  lines.push("## Cause", "", r ? `${CAUSE_LABELS[r.cause][0]!.toUpperCase()}${CAUSE_LABELS[r.cause].slice(1)}.` : "_Not resolved yet._", "");

  lines.push("## Related risks", "");
  const risks = (r?.risks ?? []).map((id) => ({ id, risk: ws.risks.find((k) => k.id === id) }));
  lines.push(
    ...(risks.length
      ? risks.map(({ id, risk }) =>
          risk ? `- \`${id}\`: ${risk.title} (likelihood ${risk.score.likelihood}, impact ${risk.score.impact}). Response: ${risk.mitigations.response.join("; ") || "none listed"}.` : `- \`${id}\` (no longer in risks.yaml)`,
        )
      : ["None named."]),
    "",
  );

  lines.push("## Follow-ups", "");
  lines.push(...(r?.followUps.length ? table(["Follow-up", "Owner"], r.followUps.map((f) => [f.text, name(f.owner)])) : ["None."]), "");

  lines.push("## Figures against the KPI targets", "");
  const rows: [string, Kpi, string][] = [
    ["Time to acknowledge (first alert → first response)", figure(times.detectedAt, times.acknowledgedAt, ws.kpis.response), "response"],
    ["Time to resolve (detected → resolved)", figure(times.detectedAt, times.resolvedAt, ws.kpis.resolution), "resolution"],
  ];
  lines.push(
    ...table(
      ["Figure", "This incident", "Target", "Met"],
      rows.map(([label, kpi, key]) => {
        const text = kpiText(kpi);
        const why = kpi.value !== null ? text.value : key === "response" ? "— (started without an alert)" : "— (not resolved)";
        return [label, why, `${text.target} (\`${key}\`)`, text.met === null ? "—" : text.met ? "yes" : "no"];
      }),
    ),
    "",
  );
  return lines.join("\n");
}
