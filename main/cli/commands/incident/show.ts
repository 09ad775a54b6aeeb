/** `oncall-desk incident show ID`: the incident's state, checklist with outcomes, timeline and resolution. */
import { UsageError, type CliCommand } from "../../command";
import { parseCommandArgs } from "../../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes } from "../../incident-context";
import { incidentText } from "../../incident-print";
import { writeJson } from "../../rotation-args";
import { viewOf } from "../../../services/incidents/incident-actions";

/** The show sub-command. */
export const incidentShowCommand: CliCommand = {
  name: "show",
  summary: "one incident: state, checklist with who did what and when, timeline, escalations, resolution",
  usage: "incident show ID [--json] [--state DIR] [--workspace DIR]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...INCIDENT_OPTIONS, json: { type: "boolean" } }, true);
    if (positionals.length !== 1) throw new UsageError("name exactly one incident id");
    const cli = await loadIncidentCli("incident show", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident show", io, async () => {
      const view = viewOf(cli.world, await cli.incidents.get(positionals[0]!));
      if (values.json) writeJson(io, view);
      else io.out.write(incidentText(view, cli.world.workspace));
      return 0;
    });
  },
};
