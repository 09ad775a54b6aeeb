/**
 * `oncall-desk incident recover ID`: the recovery actions for the run the incident answers (read from
 * its source now): its link in Airflow or the Spark History Server, and the dry run of clearing its
 * failed tasks; `--clear --yes` clears them for real. Every clear, dry run included, is recorded on
 * the incident's timeline. Exit 1 when there is nothing to act on or Airflow refused or failed.
 */
import { UsageError, type CliCommand, type CliIo } from "../../command";
import { parseCommandArgs, WORKSPACE_OPTION } from "../../args";
import { loadIncidentCli, refusalsAsExitCodes } from "../../incident-context";
import { writeJson } from "../../rotation-args";
import { systemClock } from "../../../services/clock";
import { readRecoveryScene } from "../../../services/recovery/read-recovery-scene";
import { clearFailedTasks, recoveryOptions } from "../../../services/recovery/recovery-service";
import { bothTimes } from "../../../../shared/domain/incidents/incident-text";
import { taskLabel, type ClearOutcome, type RecoveryOptions } from "../../../../shared/domain/incidents/recovery";

const OPTIONS = { ...WORKSPACE_OPTION, state: { type: "string" }, as: { type: "string" }, clear: { type: "boolean" }, yes: { type: "boolean" }, json: { type: "boolean" } } as const;

/** The actions and the clear's outcome for people. */
function recoveryText(options: RecoveryOptions, clear: ClearOutcome | null, zone: string, command: string): string {
  const { run } = options;
  const lines = [`Incident ${options.incidentId} — ${options.pipelineId}${run ? `, run ${run.runId} (${run.state}, interval ending ${bothTimes(run.intervalEnd, zone)})` : ""}`];
  for (const action of options.actions) if ("url" in action) lines.push(`  ${action.label}: ${action.url}`);
  for (const note of options.notes) lines.push(`  ${note}`);
  if (clear) {
    lines.push(`${clear.dryRun ? "Dry run of clearing" : "Cleared"} the failed tasks: ${clear.outcome} — ${clear.detail}`, ...clear.taskInstances.map((t) => `  ${taskLabel(t)}`));
    lines.push("  (recorded on the incident's timeline)");
    if (clear.dryRun && clear.outcome === "succeeded" && clear.taskInstances.length > 0) lines.push(`To clear them: ${command} --clear --yes`);
  }
  return `${lines.join("\n")}\n`;
}

/** The recover sub-command. */
export const incidentRecoverCommand: CliCommand = {
  name: "recover",
  summary: "recovery actions for the incident's run: its link in Airflow or the Spark History Server, and the dry run of clearing its failed tasks (--clear --yes clears them)",
  usage: "incident recover ID [--clear --yes] [--json] [--as E] [--state DIR] [--workspace DIR]",
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (positionals.length !== 1) throw new UsageError("name exactly one incident id");
    if (values.yes && !values.clear) throw new UsageError("--yes confirms --clear; without --clear the command only shows what would be cleared");
    if (values.clear && !values.yes) throw new UsageError("--clear clears the failed tasks in Airflow for real: confirm with --yes (without --clear the command shows what would be cleared)");
    const cli = await loadIncidentCli("incident recover", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident recover", io, async () => {
      const id = positionals[0]!;
      const incident = await cli.incidents.get(id);
      const by = cli.who(incident.commander);
      const { workspace } = cli.world;
      const clock = systemClock();
      const scene = await readRecoveryScene(workspace, incident.pipelineId, { env: io.env, clock, signal: io.signal });
      const options = recoveryOptions(scene, incident);
      const offersClear = options.actions.some((a) => a.kind === "clear-failed-tasks");
      const clear = offersClear
        ? (await clearFailedTasks(cli.incidents, scene, { env: io.env, now: () => clock.now(), signal: io.signal }, { incidentId: id, by, dryRun: !values.clear })).outcome
        : null;
      if (values.json) writeJson(io, { ...options, clear });
      else io.out.write(recoveryText(options, clear, workspace.timezone, `oncall-desk incident recover ${id}`));
      if (options.actions.length === 0) return 1;
      return clear && clear.outcome !== "succeeded" ? 1 : 0;
    });
  },
};
