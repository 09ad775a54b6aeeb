/**
 * `oncall-desk kpis`: SLA compliance, uptime, MTTR, freshness lag and MTTA over the last 7 and 30
 * days, per pipeline and overall, each against the workspace's target. Reads every source once.
 */
import { DateTime } from "luxon";
import type { CliCommand } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs, parseInstantArg, WORKSPACE_OPTION } from "../args";
import { alertStoreFor, cliMonitor } from "../monitor-arg";
import { cliStateDir } from "../state-dir";
import { table } from "../rotation-args";
import { loadWorkspaceArg, workspaceDir } from "../workspace-arg";
import { KPI_COLUMNS, kpiCell } from "../../../shared/domain/kpis/format-kpi";
import type { KpiReport } from "../../../shared/domain/kpis/kpis";

const OPTIONS = { ...WORKSPACE_OPTION, days: { type: "string" }, json: { type: "boolean" }, at: { type: "string" }, state: { type: "string" } } as const;

function toText(report: KpiReport, names: Map<string, string>, demo: boolean, zone: string): string {
  const rows = [
    ["overall", ...KPI_COLUMNS.map(([key]) => kpiCell(report.overall[key]))],
    ...Object.entries(report.pipelines).map(([id, set]) => [names.get(id) ?? id, ...KPI_COLUMNS.map(([key]) => kpiCell(set[key]))]),
  ];
  const day = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd HH:mm ZZZZ");
  const title = `KPIs, last ${report.days} days (${day(report.from)} to ${day(report.to)})${demo ? " — demo data is simulated" : ""}`;
  return `${title}\n${table(["pipeline", ...KPI_COLUMNS.map(([, label]) => label)], rows)}`;
}

/** The kpis command. */
export const kpisCommand: CliCommand = {
  name: "kpis",
  summary: "SLA compliance, uptime, MTTR, freshness lag and MTTA per pipeline and overall, against the targets",
  usage: "kpis [--days 7|30] [--json] [--at ISO] [--state DIR] [--workspace DIR]",
  details: "Without --days, both the 7- and 30-day windows. MTTA comes from the acknowledgements kept in the state folder (--state DIR, as for status).",
  async run(args, io) {
    const { values } = parseCommandArgs(args, OPTIONS);
    const windows = values.days === undefined ? [7, 30] : [Number(values.days)];
    if (windows.some((d) => !Number.isInteger(d) || d < 1 || d > 30)) throw new UsageError(`--days must be a whole number of days from 1 to 30 (sources are read 30 days back), got "${values.days}"`);
    const ws = await loadWorkspaceArg(values.workspace, io);
    if (!ws) return 1;
    const at = values.at ? parseInstantArg("at", values.at, ws.timezone).toJSDate() : undefined;
    // Reading the sources also syncs the alert book, whose acknowledgements give MTTA.
    const monitor = cliMonitor("kpis", ws, io, alertStoreFor("kpis", io, at, cliStateDir(values.state, workspaceDir(values.workspace), io.env)), at);
    await monitor.readOnce();
    const reports = windows.map((days) => monitor.kpis(days));
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
