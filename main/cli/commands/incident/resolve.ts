/** `oncall-desk incident resolve ID`: the end of an incident, with a summary, a cause category, related risks and follow-ups. */
import { UsageError, type CliCommand } from "../../command";
import { parseCommandArgs } from "../../args";
import { INCIDENT_OPTIONS, loadIncidentCli, refusalsAsExitCodes } from "../../incident-context";
import { CAUSE_CATEGORIES, CAUSE_LABELS, type CauseCategory, type FollowUp } from "../../../../shared/domain/incidents/incident-events";
import { unfinishedSteps } from "../../../../shared/domain/incidents/fold-incident";
import { journalInstant } from "../../../../shared/domain/incidents/incident-text";

/** Reads a cause as its id or its label ("data-source", "data source", "team/process"). */
export function causeArg(text: string): CauseCategory {
  const key = text.trim().toLowerCase().replace(/[\s/_]+/g, "-");
  const cause = CAUSE_CATEGORIES.find((c) => c === key);
  if (!cause) throw new UsageError(`unknown cause "${text}" (one of ${CAUSE_CATEGORIES.map((c) => `${c} (${CAUSE_LABELS[c]})`).join(", ")})`);
  return cause;
}

/** Reads `--follow-up OWNER:TEXT`. */
export function followUpArg(text: string): FollowUp {
  const at = text.indexOf(":");
  if (at < 1 || text.slice(at + 1).trim() === "") throw new UsageError(`--follow-up "${text}" is not OWNER:TEXT (e.g. "mike:Alert on VPN loss")`);
  return { owner: text.slice(0, at).trim(), text: text.slice(at + 1).trim() };
}

/** The resolve sub-command. */
export const incidentResolveCommand: CliCommand = {
  name: "resolve",
  summary: "resolve an incident (unfinished steps are allowed and listed as not done); nothing changes it afterwards",
  usage: "incident resolve ID --summary TEXT --cause CATEGORY [--risk ID]... [--follow-up OWNER:TEXT]... [--as E] [--at ISO] [--state DIR] [--workspace DIR]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { ...INCIDENT_OPTIONS, summary: { type: "string" }, cause: { type: "string" }, risk: { type: "string", multiple: true }, "follow-up": { type: "string", multiple: true } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError("name exactly one incident id");
    if (!values.summary?.trim()) throw new UsageError("--summary TEXT is required: what happened, in a sentence or two");
    if (values.cause === undefined) throw new UsageError(`--cause is required (one of ${CAUSE_CATEGORIES.join(", ")})`);
    const cause = causeArg(values.cause);
    const followUps = (values["follow-up"] ?? []).map(followUpArg);
    const cli = await loadIncidentCli("incident resolve", values, io);
    if (!cli) return 1;
    return refusalsAsExitCodes("incident resolve", io, async () => {
      const id = positionals[0]!;
      const by = cli.who((await cli.incidents.get(id)).commander);
      const incident = await cli.incidents.change(cli.world.workspace, id, { type: "resolved", at: journalInstant(cli.at.getTime()), by, summary: values.summary!.trim(), cause, risks: values.risk ?? [], followUps });
      const open = unfinishedSteps(incident);
      io.out.write(`Resolved incident ${id} (cause: ${CAUSE_LABELS[cause]}).${open.length ? ` Not done: ${open.map((s) => `step ${s.n}${s.status === "skipped" ? " (skipped)" : ""}`).join(", ")}.` : ""}\n`);
      return 0;
    });
  },
};
