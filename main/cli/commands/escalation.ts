/** `oncall-desk escalation PIPELINE`: whom to page, in order, for a pipeline at an instant. */
import { UsageError, type CliCommand } from "../command";
import { parseCommandArgs } from "../args";
import { humanTime, instantArg, loadRotationContext, writeJson } from "../rotation-args";
import { WORKSPACE_OPTION } from "../args";
import { escalationChain } from "../../../shared/domain/rotation/escalation-chain";
import { formatDuration } from "../../../shared/domain/duration";

/** The escalation command. */
export const escalationCommand: CliCommand = {
  name: "escalation",
  summary: "the escalation chain of a pipeline now (or --at): each contact, availability and when to page",
  usage: "escalation PIPELINE [--at ISO] [--json] [--workspace DIR]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...WORKSPACE_OPTION, at: { type: "string" }, json: { type: "boolean" } }, true);
    if (positionals.length !== 1) throw new UsageError("name exactly one pipeline");
    const context = await loadRotationContext(values.workspace, io);
    if (!context) return 1;
    const { schedule, workspace } = context;
    const pipelineId = positionals[0]!;
    if (!workspace.pipelines.some((p) => p.id === pipelineId)) {
      throw new UsageError(`unknown pipeline "${pipelineId}" (known: ${workspace.pipelines.map((p) => p.id).join(", ")})`);
    }
    const chain = escalationChain(workspace, schedule, pipelineId, instantArg("at", values.at, workspace.timezone, Date.now()));
    if (values.json) {
      writeJson(io, { ...chain, at: schedule.clock.format(chain.at) });
      return 0;
    }
    const lines = [`Escalation for ${pipelineId} at ${humanTime(chain.at, workspace.timezone)} (acknowledgement timeout ${formatDuration(chain.ackTimeoutMs)}):`];
    for (const c of chain.contacts) {
      const how = Object.entries(c.contact).map(([k, v]) => `${k} ${v}`).join(", ");
      lines.push(
        c.page === null
          ? `  -  ${c.step.padEnd(9)} ${c.name} (${c.id}) — skipped: ${c.unavailable}`
          : `  ${c.page}. ${c.step.padEnd(9)} ${c.name} (${c.id}) — page at +${formatDuration(c.pageAfterMs!)} — ${how}`,
      );
    }
    io.out.write(`${lines.join("\n")}\n`);
    return 0;
  },
};
