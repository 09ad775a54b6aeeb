/** `oncall-desk validate`: checks a workspace and pinpoints every problem as FILE:LINE:COL. */
import path from "node:path";
import type { CliCommand } from "../command";
import { parseCommandArgs, WORKSPACE_OPTION } from "../args";
import { loadWorkspace } from "../../services/workspace/load-workspace";
import { reportProblems, workspaceDir } from "../workspace-arg";

/** The validate command. */
export const validateCommand: CliCommand = {
  name: "validate",
  summary: "check a workspace; one line per problem as FILE:LINE:COL: path: message",
  usage: "validate [--workspace DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, WORKSPACE_OPTION);
    const dir = workspaceDir(values.workspace);
    const result = await loadWorkspace(path.resolve(dir));
    if (!result.ok) {
      reportProblems(dir, result.problems, io);
      return 1;
    }
    const ws = result.workspace;
    io.out.write(
      `ok: ${dir}: ${ws.team.length} engineers, ${ws.pipelines.length} pipelines, ${Object.keys(ws.runbooks).length} runbooks, ` +
        `${ws.risks.length} risks, ${ws.sources.length} source${ws.sources.length === 1 ? "" : "s"}, timezone ${ws.timezone}\n`,
    );
    return 0;
  },
};
