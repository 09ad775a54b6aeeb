/** Where the app keeps a workspace's own state in its user-data folder: one folder per workspace, so two workspaces never share alerts. */
import { createHash } from "node:crypto";
import path from "node:path";

/** `workspaces/<folder name>-<hash of its absolute path>/<name>`: the folder's name keeps it recognisable, the hash keeps two of the same name apart. */
export function workspaceFileName(workspaceDir: string, name: string): string {
  const absolute = path.resolve(workspaceDir);
  const base = path.basename(absolute).replace(/[^A-Za-z0-9._-]/g, "_") || "root";
  return path.posix.join("workspaces", `${base}-${createHash("sha256").update(absolute).digest("hex").slice(0, 12)}`, name);
}
