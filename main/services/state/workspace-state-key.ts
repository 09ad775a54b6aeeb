/**
 * The name of a workspace's own state folder (alerts, incidents, hand-over notes), the same for the
 * app (under its user-data folder) and the command line (under the config folder), so two
 * workspaces never share state.
 */
import { createHash } from "node:crypto";
import path from "node:path";

/** `<folder name>-<first 12 hex of sha256(absolute path)>`: the name keeps it recognisable, the hash keeps two folders of the same name apart. */
export function workspaceStateKey(workspaceDir: string): string {
  const absolute = path.resolve(workspaceDir);
  const base = path.basename(absolute).replace(/[^A-Za-z0-9._-]/g, "_") || "root";
  return `${base}-${createHash("sha256").update(absolute).digest("hex").slice(0, 12)}`;
}
