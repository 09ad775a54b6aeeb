/** Where the app keeps a workspace's own state in its user-data folder: one folder per workspace, so two workspaces never share alerts or incidents. */
import path from "node:path";
import { workspaceStateKey } from "../services/state/workspace-state-key";

/** `workspaces/<folder name>-<hash of its absolute path>`, relative to the user-data folder: the same key the command line uses under its config folder. */
export function workspaceStateFolder(workspaceDir: string): string {
  return path.posix.join("workspaces", workspaceStateKey(workspaceDir));
}

/** `workspaces/<key>/<name>`: a file of the workspace's state folder, relative to the user-data folder. */
export function workspaceFileName(workspaceDir: string, name: string): string {
  return path.posix.join(workspaceStateFolder(workspaceDir), name);
}
