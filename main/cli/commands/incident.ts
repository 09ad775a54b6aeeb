/** `oncall-desk incident …`: start, list, show and work through incidents kept under the state folder (see incident/). */
import { UsageError, type CliCommand } from "../command";
import { incidentEscalateCommand } from "./incident/escalate";
import { incidentExportCommand } from "./incident/export";
import { incidentListCommand } from "./incident/list";
import { incidentNoteCommand } from "./incident/note";
import { incidentRecoverCommand } from "./incident/recover";
import { incidentResolveCommand } from "./incident/resolve";
import { incidentShowCommand } from "./incident/show";
import { incidentStartCommand } from "./incident/start";
import { incidentStepCommand } from "./incident/step";

/** The incident sub-commands, in the order of an incident. */
export const INCIDENT_COMMANDS: CliCommand[] = [
  incidentStartCommand,
  incidentListCommand,
  incidentShowCommand,
  incidentStepCommand,
  incidentNoteCommand,
  incidentEscalateCommand,
  incidentRecoverCommand,
  incidentResolveCommand,
  incidentExportCommand,
];

function usage(): string {
  return INCIDENT_COMMANDS.map((c) => `  oncall-desk ${c.usage}\n      ${c.summary}`).join("\n");
}

/** The incident command: dispatches to its sub-commands; a usage mistake prints the sub-command's own usage. */
export const incidentCommand: CliCommand = {
  name: "incident",
  summary: "incidents: start from a runbook, step through the checklist, escalate, recover, resolve, export (incident help)",
  usage: "incident start|list|show|step|note|escalate|recover|resolve|export …",
  async run(args, io) {
    const [name, ...rest] = args;
    if (!name || name === "help" || name === "--help") {
      io.out.write(`Incidents, kept under the state folder (--state DIR); --as ENGINEER or $OCD_AS says who acts.\n\n${usage()}\n`);
      return name ? 0 : 2;
    }
    const sub = INCIDENT_COMMANDS.find((c) => c.name === name);
    if (!sub) throw new UsageError(`unknown incident command "${name}" (one of ${INCIDENT_COMMANDS.map((c) => c.name).join(", ")})`);
    try {
      return await sub.run(rest, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err.write(`oncall-desk incident ${name}: ${error.message}\nUsage: oncall-desk ${sub.usage}\n`);
      return 2;
    }
  },
};
