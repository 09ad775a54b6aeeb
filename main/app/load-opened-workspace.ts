/**
 * Reads the workspace the app has open. A folder that disappeared (moved, deleted, an unmounted
 * drive) or is not a folder is reported with its path, never replaced by the demo data; while no
 * workspace is chosen the answer says so instead of opening one behind the user's back.
 */
import { stat } from "node:fs/promises";
import type { WorkspaceProblem, WorkspaceResult } from "../../shared/domain/workspace";
import { loadWorkspace } from "../services/workspace/load-workspace";
import type { OpenedWorkspace } from "./workspace-session";

/** A problem about the folder as a whole. */
function folderProblem(message: string): WorkspaceResult {
  const problem: WorkspaceProblem = { file: ".", line: 1, col: 1, path: "", message };
  return { ok: false, problems: [problem] };
}

/** Loads and validates the open workspace. Never throws. */
export async function loadOpenedWorkspace(opened: OpenedWorkspace): Promise<WorkspaceResult> {
  const { dir } = opened;
  if (dir === null) return folderProblem("no workspace is open yet: open your team's workspace folder, create one from the template, or explore with demo data");
  const found = await stat(dir).then(
    (info) => info,
    (error: NodeJS.ErrnoException) => error,
  );
  if (found instanceof Error) {
    const why = found.code === "ENOENT" ? "does not exist (moved, deleted, or on a drive that is not mounted)" : `cannot be read (${found.message})`;
    return folderProblem(`the workspace folder ${dir} ${why}: restore it, or choose another with "Open workspace…"`);
  }
  if (!found.isDirectory()) return folderProblem(`${dir} is a file, not a workspace folder: choose the folder that holds workspace.yaml with "Open workspace…"`);
  return loadWorkspace(dir);
}
