/** `oncall-desk incident step ID N`: a checklist step done, skipped (with the reason) or reopened, with an optional note. */
import { UsageError, type CliCommand } from "../../command";
import { parseCommandArgs } from "../../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes } from "../../incident-context";
import { checklistLines } from "../../incident-print";
import type { IncidentChange } from "../../../../shared/domain/incidents/incident-events";
import { journalInstant } from "../../../../shared/domain/incidents/incident-text";

/** Reads a 1-based step number. */
export function stepNumber(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`"${text}" is not a step number (steps are numbered from 1, as in the runbook)`);
  return Number(text);
}

/** The step sub-command. */
export const incidentStepCommand: CliCommand = {
  name: "step",
  summary: "mark a checklist step done, skipped (a reason is required) or reopened; --note alone notes the step",
  usage: "incident step ID N (--done | --skip REASON | --reopen) [--note TEXT] [--as E] [--at ISO] [--state DIR] [--workspace DIR]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...INCIDENT_OPTIONS, done: { type: "boolean" }, skip: { type: "string" }, reopen: { type: "boolean" }, note: { type: "string" } }, true);
    if (positionals.length !== 2) throw new UsageError("name the incident id and the step number");
    const n = stepNumber(positionals[1]!);
    const outcomes = [values.done && "done", values.skip !== undefined && "skipped", values.reopen && "reopened"].filter((o): o is "done" | "skipped" | "reopened" => Boolean(o));
    if (outcomes.length > 1) throw new UsageError("give one of --done, --skip REASON and --reopen");
    if (outcomes.length === 0 && values.note === undefined) throw new UsageError("give --done, --skip REASON or --reopen (or --note TEXT to note the step)");
    const cli = await loadIncidentCli("incident step", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident step", io, async () => {
      const id = positionals[0]!;
      const by = cli.who((await cli.incidents.get(id)).commander);
      const at = journalInstant(cli.at.getTime());
      const outcome = outcomes[0];
      const change: IncidentChange = outcome
        ? { type: "step", at, by, n, outcome, ...(values.skip !== undefined ? { reason: values.skip } : {}), ...(values.note !== undefined ? { note: values.note } : {}) }
        : { type: "note", at, by, text: values.note!, step: n };
      const incident = await cli.incidents.change(cli.world.workspace, id, change);
      io.out.write(`${[`Incident ${id}:`, ...checklistLines(incident.steps, cli.world.workspace)].join("\n")}\n`);
      return 0;
    });
  },
};
