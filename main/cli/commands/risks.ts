/**
 * `oncall-desk risks`: the risk register with scores, levels and review dates, and the live signals
 * bearing on each risk. Offline by default (workspace, rotation, runbook dates); `--with-status`
 * reads every source once for source-down and sla-below-target.
 */
import type { CliCommand } from "../command";
import { parseCommandArgs, WORKSPACE_OPTION } from "../args";
import { alertStoreFor, cliMonitor } from "../monitor-arg";
import { humanTime, instantArg, loadRotationContext, table, writeJson } from "../rotation-args";
import { cliStateDir } from "../state-dir";
import { workspaceDir } from "../workspace-arg";
import { sortRisks } from "../../../shared/domain/risks/risk-filters";
import type { RisksView } from "../../../shared/domain/risks/risks-view";
import { currentRisks } from "../../services/risks/current-risks";

const OPTIONS = { ...WORKSPACE_OPTION, at: { type: "string" }, json: { type: "boolean" }, "with-status": { type: "boolean" }, state: { type: "string" } } as const;

/** The `--json` document: `{at, risks: [...], signals: [...]}`. */
function toJson(view: RisksView) {
  return {
    at: view.at,
    risks: view.risks.map((r) => ({
      id: r.id,
      title: r.title,
      category: r.category,
      likelihood: r.likelihood,
      impact: r.impact,
      score: r.score,
      level: r.level,
      owner: r.owner,
      pipelines: r.pipelines,
      lastReviewed: r.lastReviewed,
      reviewOverdue: r.reviewOverdue,
      signals: r.signals,
    })),
    signals: view.signals,
  };
}

/** The signals, then the register by score. */
function toText(view: RisksView, demo: boolean): string {
  const atMs = Date.parse(view.at);
  const lines = [`Risk register at ${humanTime(atMs, view.zone)}: ${view.risks.length} risks, ${view.signals.length} live signal${view.signals.length === 1 ? "" : "s"}${demo ? " (demo data is simulated)" : ""}`];
  for (const s of view.signals) lines.push(`  ! ${s.kind.padEnd(21)} ${s.text}`);
  if (!view.withStatus) lines.push("  (sources not read: add --with-status for source-down and sla-below-target)");
  const rows = sortRisks(view.risks, "score").map((r) => [
    String(r.score),
    r.level,
    `${r.likelihood}×${r.impact}`,
    r.category,
    r.owner,
    `${r.lastReviewed}${r.reviewOverdue ? " OVERDUE" : ""}`,
    r.signals.length ? String(r.signals.length) : "",
    r.title,
  ]);
  lines.push("", table(["score", "level", "L×I", "category", "owner", `reviewed (every ${view.thresholds.reviewIntervalDays}d)`, "signals", "risk"], rows).trimEnd());
  return `${lines.join("\n")}\n`;
}

/** The risks command. */
export const risksCommand: CliCommand = {
  name: "risks",
  summary: "the risk register with scores, levels, review dates and live signals (owners away, silos, stale runbooks, holiday stretches; sources and SLA with --with-status)",
  usage: "risks [--at ISO] [--json] [--with-status] [--state DIR] [--workspace DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, OPTIONS);
    const context = await loadRotationContext(values.workspace, io);
    if (!context) return 1;
    const { workspace, schedule } = context;
    const given = values.at === undefined ? undefined : new Date(instantArg("at", values.at, workspace.timezone, NaN));
    const now = given ?? new Date();
    const dir = workspaceDir(values.workspace);
    let view: RisksView;
    if (values["with-status"]) {
      // Outages are dated by the alert book under --state, as `status` keeps it; --at keeps alerts in memory.
      const monitor = cliMonitor("risks", workspace, io, alertStoreFor("risks", io, given, cliStateDir(values.state, dir, io.env)), given);
      await monitor.readOnce();
      view = await currentRisks({ workspace, schedule, workspaceDir: dir, now, monitor });
      await monitor.stop();
    } else {
      view = await currentRisks({ workspace, schedule, workspaceDir: dir, now });
    }
    if (values.json) {
      writeJson(io, toJson(view));
      return 0;
    }
    const demo = Boolean(values["with-status"]) && workspace.sources.some((s) => s.kind === "demo" && workspace.pipelines.some((p) => p.source.id === s.id));
    io.out.write(toText(view, demo));
    return 0;
  },
};
