/** `oncall-desk validate`: checks a workspace and pinpoints every problem as FILE:LINE:COL. */
import path from "node:path";
import type { CliCommand } from "../command";
import { parseCommandArgs, WORKSPACE_OPTION } from "../args";
import { EMBEDDED_WORKSPACE_DIR, loadWorkspace } from "../../services/workspace/load-workspace";
import { formatProblem } from "../../../shared/domain/workspace";

/** The validate command. */
export const validateCommand: CliCommand = {
  name: "validate",
  summary: "check a workspace; one line per problem as FILE:LINE:COL: path: message",
  usage: "validate [--workspace DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, WORKSPACE_OPTION);
    // Problems are printed with the folder as the user wrote it, so editors and terminals can open them.
    const dir = values.workspace ? String(values.workspace) : EMBEDDED_WORKSPACE_DIR;
    const result = await loadWorkspace(path.resolve(dir));
    if (!result.ok) {
      for (const problem of result.problems) io.out.write(`${formatProblem({ ...problem, file: path.join(dir, problem.file) })}\n`);
      io.err.write(`${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in ${dir}\n`);
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
