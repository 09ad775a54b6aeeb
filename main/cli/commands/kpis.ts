/**
 * `oncall-desk kpis`: SLA compliance, uptime, MTTR, freshness (median and p95), MTTA, resolution,
 * completeness and accuracy over the last 7 and 30 days, per pipeline and overall, each against the
 * workspace's target, with the daily trend and the age of the newest data. Reads every source once.
 */
import { DateTime } from "luxon";
import type { CliCommand } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs, parseInstantArg, WORKSPACE_OPTION } from "../args";
import { alertStoreFor, cliMonitor } from "../monitor-arg";
import { cliStateDir } from "../state-dir";
import { createIncidentService } from "../../services/incidents/incident-service";
import { incidentTimes } from "../../../shared/domain/incidents/incident-times";
import { table } from "../rotation-args";
import { loadWorkspaceArg, workspaceDir } from "../workspace-arg";
import { formatDuration } from "../../../shared/domain/duration";
import { KPI_COLUMNS, kpiText } from "../../../shared/domain/kpis/format-kpi";
import type { Kpi, KpiReport } from "../../../shared/domain/kpis/kpis";
import { sparkline } from "../sparkline";

const OPTIONS = { ...WORKSPACE_OPTION, days: { type: "string" }, json: { type: "boolean" }, at: { type: "string" }, state: { type: "string" } } as const;

/** A KPI's value and mark for a table cell ("97.1% ✓"); "—" when it has none (the lines under the table say why). */
function mark(kpi: Kpi): string {
  if (kpi.value === null) return "—";
  const text = kpiText(kpi);
  return `${text.value}${text.met === null ? "" : text.met ? " ✓" : " ✗"}`;
}

/** One table per window: a row per KPI with its target, overall and per pipeline, and the overall daily trend. */
function toText(report: KpiReport, names: Map<string, string>, demo: boolean, zone: string): string {
  const ids = Object.keys(report.pipelines);
  const day = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd HH:mm ZZZZ");
  const title = `KPIs, last ${report.days} days (${day(report.from)} to ${day(report.to)})${demo ? " — demo data is simulated" : ""}`;
  const rows = KPI_COLUMNS.map(([key, label]) => [
    label,
    kpiText(report.overall[key]).target,
    mark(report.overall[key]),
    ...ids.map((id) => mark(report.pipelines[id]![key])),
    sparkline(report.overall[key].daily.map((d) => d.value)),
  ]);
  const age = (ms: number | null) => (ms === null ? "—" : formatDuration(ms));
  rows.push(["age of newest data", "(no target)", age(report.dataAge.overall), ...ids.map((id) => age(report.dataAge.pipelines[id] ?? null)), ""]);
  const notes: string[] = [];
  for (const [key, label] of KPI_COLUMNS) {
    const overall = report.overall[key].unmeasured;
    // Unmeasurable overall means unmeasurable for every pipeline: one line says it.
    if (overall) {
      notes.push(`${label}: ${overall}`);
      continue;
    }
    const byReason = new Map<string, string[]>();
    for (const id of ids) {
      const reason = report.pipelines[id]![key].unmeasured;
      if (reason) byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
    }
    for (const [reason, which] of byReason) notes.push(`${label} of ${which.join(", ")}: ${reason}`);
  }
  for (const [id, c] of Object.entries(report.coverage.pipelines)) {
    if (!c.complete) notes.push(`${names.get(id) ?? id} is counted only from ${day(c.from)}: ${c.note ?? "its source's runs reach back no further"}`);
  }
  const header = ["KPI", "target", "overall", ...ids.map((id) => names.get(id) ?? id), "trend (daily)"];
  return `${title}\n${table(header, rows)}${notes.map((n) => `  ${n}\n`).join("")}`;
}

/** The kpis command. */
export const kpisCommand: CliCommand = {
  name: "kpis",
  summary: "SLA compliance, uptime, MTTR, freshness, MTTA, resolution, completeness, accuracy per pipeline and overall, against the targets, with daily trends",
  usage: "kpis [--days 7|30] [--json] [--at ISO] [--state DIR] [--workspace DIR]",
  details: "Without --days, both the 7- and 30-day windows. MTTA comes from the acknowledgements kept in the state folder (--state DIR, as for status).",
  async run(args, io) {
    const { values } = parseCommandArgs(args, OPTIONS);
    const windows = values.days === undefined ? [7, 30] : [Number(values.days)];
    if (windows.some((d) => !Number.isInteger(d) || d < 1 || d > 30)) throw new UsageError(`--days must be a whole number of days from 1 to 30 (sources are read 30 days back), got "${values.days}"`);
    const ws = await loadWorkspaceArg(values.workspace, io);
    if (!ws) return 1;
    const at = values.at ? parseInstantArg("at", values.at, ws.timezone).toJSDate() : undefined;
    const stateDir = cliStateDir(values.state, workspaceDir(values.workspace), io.env);
    // Reading the sources also syncs the alert book, whose acknowledgements give MTTA.
    const monitor = cliMonitor("kpis", ws, io, alertStoreFor("kpis", io, at, stateDir), at);
    await monitor.readOnce();
    // The incidents kept in the same state folder give the resolution time (and add to response).
    const incidents = createIncidentService({ stateDir, onProblem: (m) => io.err.write(`oncall-desk kpis: ${m}\n`) });
    const times = incidentTimes(await incidents.list(), monitor.book.list());
    const reports = windows.map((days) => monitor.kpis(days, times));
    await monitor.stop();
    if (values.json) {
      io.out.write(`${JSON.stringify({ at: (at ?? new Date()).toISOString(), windows: reports }, null, 2)}\n`);
      return 0;
    }
    const names = new Map(ws.pipelines.map((p) => [p.id, p.name]));
    const demo = ws.sources.some((s) => s.kind === "demo" && ws.pipelines.some((p) => p.source.id === s.id));
    io.out.write(reports.map((r) => toText(r, names, demo, ws.timezone)).join("\n"));
    return 0;
  },
};
