/**
 * `oncall-desk check-sources`: compares every pipeline with its source once: does the DAG (or Spark
 * application) exist, is it paused, and does it run on the workspace's schedule?
 * Exit codes: 0 every pipeline matches its source (a paused DAG is reported, not a failure);
 * 1 a schedule differs (drift) or a DAG/application is not found, or the workspace is invalid;
 * 3 a source could not be read and nothing above was found; 2 a usage mistake.
 */
import { DateTime } from "luxon";
import type { CliCommand } from "../command";
import { parseCommandArgs, WORKSPACE_OPTION } from "../args";
import { loadWorkspaceArg } from "../workspace-arg";
import { systemClock } from "../../services/clock";
import { readSourcesOnce } from "../../services/sources/read-sources-once";
import { checkPipelineSource, sourceCheckExitCode, type SourceCheck } from "../../../shared/domain/sla/source-check";

const OPTIONS = { ...WORKSPACE_OPTION, json: { type: "boolean" } } as const;

/** One line per pipeline: result, pipeline, source, then what was found. */
function toText(checks: readonly SourceCheck[], at: Date, zone: string): string {
  const width = Math.max(...checks.map((c) => c.pipelineId.length), 8);
  const sourceWidth = Math.max(...checks.map((c) => c.sourceId.length), 6);
  const lines = [`Pipelines compared with their sources at ${DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd HH:mm ZZZZ")}`];
  for (const c of checks) {
    const [first = "", ...rest] = c.notes;
    lines.push(`  ${c.result.padEnd(10)} ${c.pipelineId.padEnd(width)}  ${c.sourceId.padEnd(sourceWidth)}  ${first}`.trimEnd());
    for (const note of rest) lines.push(`  ${" ".repeat(10)} ${" ".repeat(width)}  ${" ".repeat(sourceWidth)}  ${note}`);
  }
  const code = sourceCheckExitCode(checks);
  lines.push(code === 1 ? "Differences found." : code === 3 ? "Some sources could not be read." : "Every pipeline matches its source.");
  return `${lines.join("\n")}\n`;
}

/** The check-sources command. */
export const checkSourcesCommand: CliCommand = {
  name: "check-sources",
  summary: "compare every pipeline with its source once (DAG exists, paused, same schedule); exit 1 drift or not found, 3 unreadable",
  usage: "check-sources [--workspace DIR] [--json]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, OPTIONS);
    const ws = await loadWorkspaceArg(values.workspace, io);
    if (!ws) return 1;
    const clock = systemClock();
    const at = clock.now();
    const readings = await readSourcesOnce(ws, { env: io.env, clock, signal: io.signal });
    const kinds = new Map(ws.sources.map((s) => [s.id, s.kind]));
    const checks = ws.pipelines.map((p) => checkPipelineSource(p, kinds.get(p.source.id) ?? "demo", readings.get(p.id)));
    io.out.write(values.json ? `${JSON.stringify({ at: at.toISOString(), pipelines: checks }, null, 2)}\n` : toText(checks, at, ws.timezone));
    return sourceCheckExitCode(checks);
  },
};
