/**
 * `oncall-desk status`: each pipeline's state, reason, deadline and last run, and the open alerts.
 * Exit codes: 0 all healthy, running or at risk; 2 any late or failed; 3 any unknown (and none late
 * or failed: a certain breach outranks an unverified one, as in Nagios-style checks); 1 workspace invalid.
 */
import { DateTime } from "luxon";
import type { CliCommand, CliIo } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs, parseInstantArg, WORKSPACE_OPTION } from "../args";
import { loadWorkspaceArg, workspaceDir } from "../workspace-arg";
import type { KeyValueStore } from "../../services/alerts/key-value-store";
import { alertStoreFor, cliMonitor } from "../monitor-arg";
import { cliStateDir } from "../state-dir";
import type { Workspace } from "../../../shared/domain/workspace";
import type { StatusSnapshot } from "../../../shared/domain/status";

const OPTIONS = {
  ...WORKSPACE_OPTION,
  once: { type: "boolean" },
  watch: { type: "boolean" },
  json: { type: "boolean" },
  at: { type: "string" },
  state: { type: "string" },
} as const;

/** The exit code of a snapshot (see the file comment for the precedence). */
export function statusExitCode(snapshot: StatusSnapshot): number {
  const states = new Set(snapshot.pipelines.map((p) => p.state));
  if (states.has("late") || states.has("failed")) return 2;
  if (states.has("unknown")) return 3;
  return 0;
}

/** The `--json` document. */
function toJson(s: StatusSnapshot): string {
  const pipelines = s.pipelines.map(({ id, state, reason, deadline, lastRun, source, demo, warnings }) => ({ id, state, reason, deadline, lastRun, source, demo, warnings }));
  return `${JSON.stringify({ at: s.at, pipelines, alerts: s.alerts }, null, 2)}\n`;
}

/** The human form: one block per pipeline, then the open alerts; times in the workspace's zone. */
function toText(s: StatusSnapshot, zone: string): string {
  const short = (iso: string | null) => (iso ? DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd HH:mm ZZZZ") : "—");
  const width = Math.max(...s.pipelines.map((p) => p.id.length), 8);
  const lines = [`Pipelines at ${short(s.at)}${s.pipelines.some((p) => p.demo) ? " (demo data is simulated)" : ""}`];
  for (const p of s.pipelines) {
    const r = p.lastRun;
    const kind = r?.runType && r.runType !== "scheduled" ? `${r.runType} ` : "";
    const run = !r ? "none" : r.end ? `${kind}${r.state}, ended ${short(r.end)}` : `${kind}${r.state}${r.start ? ` since ${short(r.start)}` : ""}`;
    lines.push(`  ${p.state.padEnd(8)} ${p.id.padEnd(width)}  deadline ${short(p.deadline)}  last run ${run}${p.demo ? "  [demo]" : ""}`);
    lines.push(`  ${" ".repeat(8)} ${" ".repeat(width)}  ${p.reason}`);
    for (const w of p.warnings) lines.push(`  ${" ".repeat(8)} ${" ".repeat(width)}  warning (${w.kind}): ${w.text}`);
  }
  lines.push(s.alerts.length ? `Open alerts (${s.alerts.length}):` : "No open alerts.");
  for (const a of s.alerts) lines.push(`  ${a.state.padEnd(12)} ${a.kind.padEnd(8)} ${a.pipelineId.padEnd(width)}  since ${short(a.openedAt)}  ${a.reason}`);
  return `${lines.join("\n")}\n`;
}

/** Reads every source once (each under its own timeout) and evaluates. */
async function once(ws: Workspace, io: CliIo, store: KeyValueStore, at: Date | undefined): Promise<StatusSnapshot> {
  const monitor = cliMonitor("status", ws, io, store, at);
  const snapshot = await monitor.readOnce();
  await monitor.stop();
  return snapshot;
}

/** Resolves at SIGINT, SIGTERM or the abort of `signal`, whichever comes first, and leaves none of its listeners behind. */
function untilStopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      signal?.removeEventListener("abort", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    signal?.addEventListener("abort", stop);
    if (signal?.aborted) stop();
  });
}

/** Polls until SIGINT/SIGTERM (or `io.signal`), printing each changed snapshot; resolves with the last exit code. */
async function watch(ws: Workspace, io: CliIo, store: KeyValueStore, json: boolean): Promise<number> {
  const monitor = cliMonitor("status", ws, io, store);
  const unsubscribe = monitor.status.subscribe((s) => io.out.write(json ? toJson(s) : `${toText(s, ws.timezone)}\n`));
  monitor.start();
  // The timers are unref'd; this keeps the process alive until Ctrl-C.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  await untilStopped(io.signal);
  clearInterval(keepAlive);
  unsubscribe();
  await monitor.stop();
  return statusExitCode(monitor.status.snapshot());
}

/** The status command. */
export const statusCommand: CliCommand = {
  name: "status",
  summary: "pipeline states, deadlines, last runs and open alerts; exit 0 fine, 2 late/failed (outranks 3), 3 unknown",
  usage: "status [--workspace DIR] [--once|--watch] [--json] [--at ISO] [--state DIR]",
  details: `--once (the default) reads every source once; --watch keeps polling and prints each change, deadlines included, until Ctrl-C. --at evaluates another instant and keeps alerts in memory.

Exit codes: 0 every pipeline healthy, running or at risk; 2 any late or failed; 3 any unknown (and none late or failed); 1 the workspace is invalid; 2 a usage mistake.

Alerts and acknowledgements are kept in the state folder: --state DIR as given, else one folder per workspace under the user's config folder (oncall-desk/workspaces/NAME-HASH).`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, OPTIONS);
    if (values.once && values.watch) throw new UsageError("--once and --watch exclude each other");
    if (values.watch && values.at) throw new UsageError("--watch follows the clock; --at evaluates one instant (use it with --once)");
    const ws = await loadWorkspaceArg(values.workspace, io);
    if (!ws) return 1;
    // Like every command, a date or a date-time without an offset is read in the workspace's zone.
    const at = values.at ? parseInstantArg("at", values.at, ws.timezone).toJSDate() : undefined;
    // A hypothetical instant must not raise or resolve real alerts: --at keeps them in memory.
    const store = alertStoreFor("status", io, at, cliStateDir(values.state, workspaceDir(values.workspace), io.env));
    if (values.watch) return watch(ws, io, store, Boolean(values.json));
    const snapshot = await once(ws, io, store, at);
    io.out.write(values.json ? toJson(snapshot) : toText(snapshot, ws.timezone));
    return statusExitCode(snapshot);
  },
};
