/** `oncall-desk incident note ID TEXT`: a note on the incident's timeline. */
import { UsageError, type CliCommand } from "../../command";
import { parseCommandArgs } from "../../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes } from "../../incident-context";
import { bothTimes, journalInstant, personName } from "../../../../shared/domain/incidents/incident-text";

/** The note sub-command. */
export const incidentNoteCommand: CliCommand = {
  name: "note",
  summary: "add a note to an incident's timeline",
  usage: "incident note ID TEXT [--as E] [--at ISO] [--state DIR] [--workspace DIR]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, INCIDENT_OPTIONS, true);
    if (positionals.length !== 2) throw new UsageError('name the incident id and the note (quote it: "…")');
    const cli = await loadIncidentCli("incident note", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident note", io, async () => {
      const [id, text] = positionals as [string, string];
      const by = cli.who((await cli.incidents.get(id)).commander);
      await cli.incidents.change(cli.world.workspace, id, { type: "note", at: journalInstant(cli.at.getTime()), by, text });
      const { workspace } = cli.world;
      io.out.write(`Noted on incident ${id} by ${personName(workspace, by)} at ${bothTimes(cli.at.toISOString(), workspace.timezone)}.\n`);
      return 0;
    });
  },
};
