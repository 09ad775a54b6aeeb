/** `oncall-desk incident export ID`: the postmortem as Markdown, on stdout, to --out FILE, or shared into the workspace's incidents/. */
import { writeFile } from "node:fs/promises";
import { UsageError, type CliCommand } from "../../command";
import { parseCommandArgs } from "../../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes, sharedWorkspaceDir } from "../../incident-context";
import { postmortemMarkdown } from "../../../../shared/domain/incidents/postmortem";
import { incidentSummaryName } from "../../../services/incidents/incident-actions";
import { shareToWorkspace } from "../../../services/incidents/share-to-workspace";

/** The export sub-command. */
export const incidentExportCommand: CliCommand = {
  name: "export",
  summary: "the incident's postmortem as Markdown: stdout, --out FILE, or --share into the workspace's incidents/ folder for git",
  usage: "incident export ID [--out FILE] [--share] [--state DIR] [--workspace DIR]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...INCIDENT_OPTIONS, out: { type: "string" }, share: { type: "boolean" } }, true);
    if (positionals.length !== 1) throw new UsageError("name exactly one incident id");
    const cli = await loadIncidentCli("incident export", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident export", io, async () => {
      const incident = await cli.incidents.get(positionals[0]!);
      const markdown = postmortemMarkdown(incident, cli.world.workspace, cli.world.alerts.list());
      if (values.share) io.err.write(`Saved ${await shareToWorkspace(sharedWorkspaceDir(cli), "incidents", incidentSummaryName(incident), markdown)}\n`);
      if (values.out !== undefined) {
        await writeFile(values.out, markdown, "utf8");
        io.err.write(`Wrote ${values.out}\n`);
      }
      if (!values.share && values.out === undefined) io.out.write(markdown);
      return 0;
    });
  },
};
