/** `oncall-desk incident list`: the open incidents (or all), oldest first. */
import type { CliCommand } from "../../command";
import { parseCommandArgs } from "../../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes } from "../../incident-context";
import { incidentListText } from "../../incident-print";
import { writeJson } from "../../rotation-args";
import { incidentSummary } from "../../../../shared/domain/incidents/incident-view";

/** The list sub-command. */
export const incidentListCommand: CliCommand = {
  name: "list",
  summary: "the incidents not yet resolved (--all: every one), oldest first",
  usage: "incident list [--all] [--json] [--state DIR] [--workspace DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...INCIDENT_OPTIONS, all: { type: "boolean" }, json: { type: "boolean" } });
    const cli = await loadIncidentCli("incident list", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident list", io, async () => {
      const list = (await cli.incidents.list()).filter((i) => values.all || i.state !== "resolved").map(incidentSummary);
      if (values.json) writeJson(io, list);
      else io.out.write(incidentListText(list, cli.world.workspace, values.all ?? false));
      return 0;
    });
  },
};
