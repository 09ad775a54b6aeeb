/** `oncall-desk incident escalate ID`: records an escalation (to the next person of the chain, or --to) and prints whom to contact and the message. */
import { UsageError, type CliCommand } from "../../command";
import { parseCommandArgs } from "../../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes } from "../../incident-context";
import { writeJson } from "../../rotation-args";
import { escalateIncident } from "../../../services/incidents/incident-actions";

/** The escalate sub-command. */
export const incidentEscalateCommand: CliCommand = {
  name: "escalate",
  summary: "record an escalation to the next person of the pipeline's chain (or --to) and print their contact and the message to send",
  usage: "incident escalate ID [--to ENGINEER|manager] [--as E] [--at ISO] [--json] [--state DIR] [--workspace DIR]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...INCIDENT_OPTIONS, to: { type: "string" }, json: { type: "boolean" } }, true);
    if (positionals.length !== 1) throw new UsageError("name exactly one incident id");
    const cli = await loadIncidentCli("incident escalate", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident escalate", io, async () => {
      const id = positionals[0]!;
      const by = cli.who((await cli.incidents.get(id)).commander);
      const sent = await escalateIncident(cli.incidents, cli.world, id, { to: values.to, by, at: cli.at });
      if (values.json) {
        writeJson(io, { incident: id, to: sent.to, subject: sent.subject, message: sent.message });
        return 0;
      }
      const { to } = sent;
      const contact = Object.entries(to.contact).map(([kind, value]) => `  ${kind}: ${value}`);
      // The mailto: link carries the whole message; in a terminal the message below is the readable form (--json has the links).
      io.out.write(`${[`Escalated incident ${id} to ${to.name}${to.role ? ` (${to.role})` : ""}. Contact:`, ...contact, "", `Subject: ${sent.subject}`, "", sent.message].join("\n")}\n`);
      return 0;
    });
  },
};
