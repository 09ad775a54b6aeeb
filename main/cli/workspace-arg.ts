/** The `--workspace DIR` every command takes: loading it, and printing its problems the way `validate` does. */
import path from "node:path";
import type { CliIo } from "./command";
import { EMBEDDED_WORKSPACE_DIR, loadWorkspace } from "../services/workspace/load-workspace";
import { formatProblem, type Workspace, type WorkspaceProblem } from "../../shared/domain/workspace";

/** The folder `--workspace` names as the user wrote it (so printed paths are ones they recognise), or the embedded one. */
export function workspaceDir(dirArg: string | undefined): string {
  return dirArg ?? EMBEDDED_WORKSPACE_DIR;
}

/** Prints one `FILE:LINE:COL: path: message` line per problem on stdout, and the count on stderr. */
export function reportProblems(dir: string, problems: readonly WorkspaceProblem[], io: CliIo): void {
  for (const problem of problems) io.out.write(`${formatProblem({ ...problem, file: path.join(dir, problem.file) })}\n`);
  io.err.write(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${dir}\n`);
}

/** Loads `--workspace`; on problems reports them and returns undefined (the command then exits 1). */
export async function loadWorkspaceArg(dirArg: string | undefined, io: CliIo): Promise<Workspace | undefined> {
  const dir = workspaceDir(dirArg);
  const result = await loadWorkspace(path.resolve(dir));
  if (result.ok) return result.workspace;
  reportProblems(dir, result.problems, io);
  return undefined;
}
