/**
 * `oncall-desk handoff`: the briefing for the next shift change — open alerts (the sources are read
 * once, as `status` does), open incidents and their unfinished steps, the deadlines of the incoming
 * shift, pipelines whose owners are both away, the outgoing engineer's notes. `--note` writes a
 * note for it, `--ack` records "I have the pager", `--share` saves it into the workspace's handoffs/.
 */
import type { CliCommand } from "../command";
import { parseCommandArgs } from "../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes, sharedWorkspaceDir } from "../incident-context";
import { alertStoreFor, cliMonitor } from "../monitor-arg";
import { cliStateDir } from "../state-dir";
import { writeJson } from "../rotation-args";
import { workspaceDir } from "../workspace-arg";
import { briefingAt, handoffFileName } from "../../services/incidents/handoff-actions";
import { shareToWorkspace } from "../../services/incidents/share-to-workspace";
import { handoffMarkdown } from "../../../shared/domain/incidents/handoff-markdown";
import { journalInstant } from "../../../shared/domain/incidents/incident-text";

const OPTIONS = { ...INCIDENT_OPTIONS, json: { type: "boolean" }, note: { type: "string" }, ack: { type: "boolean" }, share: { type: "boolean" } } as const;

/** The handoff command. */
export const handoffCommand: CliCommand = {
  name: "handoff",
  summary: "the hand-over briefing for the next shift change; --note TEXT leaves a note for it, --ack takes the pager",
  usage: "handoff [--at ISO] [--json] [--note TEXT] [--ack] [--share] [--as E] [--state DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, OPTIONS);
    const cli = await loadIncidentCli("handoff", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("handoff", io, async () => {
      const { workspace } = cli.world;
      const at = journalInstant(cli.at.getTime());
      const noteBy = values.note === undefined ? undefined : cli.who();
      if (noteBy !== undefined) {
        if (!workspace.team.some((e) => e.id === noteBy)) return unknownEngineer(noteBy);
        await cli.handoffs.addNote({ at, by: noteBy, text: values.note! });
      }
      // The open alerts are the sources' now: read them once into the alerts kept under the state folder (in memory for --at).
      const monitor = cliMonitor("handoff", workspace, io, alertStoreFor("handoff", io, cli.backDated ? cli.at : undefined, cliStateDir(values.state, workspaceDir(values.workspace), io.env)), cli.backDated ? cli.at : undefined);
      await monitor.readOnce();
      await monitor.stop();
      const world = { ...cli.world, alerts: monitor.book };
      let briefing = await briefingAt(world, cli.incidents, cli.handoffs, cli.at.getTime());
      if (!briefing) {
        io.err.write("oncall-desk handoff: the rotation has no shift change within two days\n");
        return 1;
      }
      if (noteBy !== undefined && noteBy !== briefing.from) io.err.write(`oncall-desk handoff: noted; the briefing shows the notes of the outgoing engineer (${briefing.from}), so this one shows when ${noteBy} hands over\n`);
      if (values.ack) {
        const by = cli.who(briefing.to);
        if (!workspace.team.some((e) => e.id === by)) return unknownEngineer(by);
        await cli.handoffs.acknowledge({ at, by, handoffAt: briefing.handoffAt });
        briefing = (await briefingAt(world, cli.incidents, cli.handoffs, cli.at.getTime()))!;
      }
      const markdown = handoffMarkdown(briefing, workspace);
      if (values.share) io.err.write(`Saved ${await shareToWorkspace(sharedWorkspaceDir(cli), "handoffs", handoffFileName(briefing), markdown)}\n`);
      if (values.json) writeJson(io, briefing);
      else io.out.write(markdown);
      return 0;

      function unknownEngineer(id: string): number {
        io.err.write(`oncall-desk handoff: unknown engineer "${id}" (known: ${workspace.team.map((e) => e.id).join(", ")})\n`);
        return 2;
      }
    });
  },
};
