/** The checks of a flag that names a folder (--workspace, --state): it exists, it is a folder, and, where that matters, it holds something. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { EMBEDDED_WORKSPACE_DIR } from "../services/workspace/load-workspace";

/** What to tell a user whose folder is missing, is a file, or is empty (no `empty`: an empty folder is fine). */
interface FolderRule {
  missing: (dir: string) => string;
  file: (dir: string) => string;
  empty?: (dir: string) => string;
}

const FOLDER_FLAGS: Record<string, FolderRule> = {
  workspace: {
    missing: () => "give the folder that holds workspace.yaml",
    file: (dir) => (path.basename(dir) === "workspace.yaml" ? `give its folder, ${path.dirname(dir)}` : "give the folder that holds workspace.yaml"),
    empty: () => `a workspace holds workspace.yaml, runbooks/ and risks.yaml (to start one, copy ${EMBEDDED_WORKSPACE_DIR})`,
  },
  // An empty state folder is a fresh one; a missing one is more likely a typo than a wish to start over.
  state: {
    missing: (dir) => `create it first (mkdir -p ${dir}), or leave out --state to use this workspace's own state folder`,
    file: () => "--state names the folder that keeps alerts.json",
  },
};

/** Why `dir`, given to `--flag`, is not a usable folder, or undefined when it is (or `flag` names no folder). */
export function folderArgProblem(flag: string, dir: string): string | undefined {
  const rule = FOLDER_FLAGS[flag];
  if (!rule) return undefined;
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return `--${flag} ${dir}: the folder does not exist; ${rule.missing(dir)}`;
    return `--${flag} ${dir}: cannot be read (${(error as Error).message})`;
  }
  if (!isFolder) return `--${flag} ${dir}: is a file, not a folder; ${rule.file(dir)}`;
  if (rule.empty && readdirSync(dir).length === 0) return `--${flag} ${dir}: the folder is empty; ${rule.empty(dir)}`;
  return undefined;
}
