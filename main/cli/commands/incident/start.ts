/** `oncall-desk incident start PIPELINE`: a new incident answering the pipeline's open alerts, with the runbook's checklist as it is now. */
import { UsageError, type CliCommand } from "../../command";
import { parseCommandArgs } from "../../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes } from "../../incident-context";
import { startedText } from "../../incident-print";
import { writeJson } from "../../rotation-args";
import { startIncident, viewOf } from "../../../services/incidents/incident-actions";

/** The start sub-command. */
export const incidentStartCommand: CliCommand = {
  name: "start",
  summary: "start an incident: the pipeline's unresolved alerts (acknowledged as you), you as commander, the runbook's checklist",
  usage: "incident start PIPELINE [--as ENGINEER] [--at ISO] [--state DIR] [--json] [--workspace DIR]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...INCIDENT_OPTIONS, json: { type: "boolean" } }, true);
    if (positionals.length !== 1) throw new UsageError("name exactly one pipeline");
    const cli = await loadIncidentCli("incident start", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident start", io, async () => {
      const incident = await startIncident(cli.incidents, cli.world, { pipelineId: positionals[0]!, by: cli.who(), at: cli.at, acknowledge: !cli.backDated });
      const view = viewOf(cli.world, incident);
      if (values.json) writeJson(io, { id: view.id, pipeline: view.pipeline, commander: view.commander, startedAt: view.startedAt, steps: view.steps.map(({ n, text, status }) => ({ n, text, status })) });
      else io.out.write(startedText(view, cli.world.workspace));
      return 0;
    });
  },
};
